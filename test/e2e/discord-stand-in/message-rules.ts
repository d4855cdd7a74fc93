import { ButtonStyle, ComponentType, MessageFlags } from 'discord-api-types/v10';
import type {
  APIEmbed,
  APIInteractionResponseCallbackData,
  APIMessageTopLevelComponent,
} from 'discord-api-types/v10';
import { formError, isBlank, lengthOf, type FormError } from './form-errors.js';

/**
 * The rules Discord applies to a message that its OpenAPI schema does not state, written out
 * from Discord's documentation rather than imported from src/discord/limits.ts: the stand-in is
 * an independent referee, so a wrong limit in the bot cannot also be wrong here. They run on a
 * body the schema has already accepted, so every field has its documented type.
 */
const MAX = {
  /** Discord rejects a message whose embeds hold more than 6000 characters in total. */
  embedTotal: 6000,
  /** Without the Components V2 flag a message holds at most five action rows. */
  actionRows: 5,
} as const;

/**
 * Which flags a request may set (docs: resources/message "Create Message", interactions
 * "Interaction Callback Data Structure", resources/webhook "Edit Webhook Message"). An edit may
 * not change whether a message is ephemeral: that is fixed when it is created.
 */
const ALLOWED_FLAGS = {
  create:
    MessageFlags.SuppressEmbeds |
    MessageFlags.SuppressNotifications |
    MessageFlags.IsVoiceMessage |
    MessageFlags.IsComponentsV2,
  interaction:
    MessageFlags.Ephemeral |
    MessageFlags.SuppressEmbeds |
    MessageFlags.SuppressNotifications |
    MessageFlags.IsVoiceMessage |
    MessageFlags.IsComponentsV2,
  edit: MessageFlags.SuppressEmbeds | MessageFlags.IsComponentsV2,
} as const;

/** A channel message, an interaction's reply or follow-up, or an edit of either. */
export type MessageKind = keyof typeof ALLOWED_FLAGS;

type Path = FormError['path'];
type MessageBody = APIInteractionResponseCallbackData;

const SELECT_TYPES: ReadonlySet<number> = new Set([
  ComponentType.StringSelect,
  ComponentType.UserSelect,
  ComponentType.RoleSelect,
  ComponentType.MentionableSelect,
  ComponentType.ChannelSelect,
]);

/** Flags outside what `kind` may set. */
export function checkFlags(flags: number | null | undefined, kind: MessageKind, at: Path) {
  const extra = (flags ?? 0) & ~ALLOWED_FLAGS[kind];
  return extra === 0
    ? []
    : [
        formError.invalid(
          [...at, 'flags'],
          'MESSAGE_FLAGS_INVALID',
          `Flags ${extra} may not be set on this kind of message (allowed: ${ALLOWED_FLAGS[kind]}).`,
        ),
      ];
}

function checkAllowedMentions(body: MessageBody, at: Path): FormError[] {
  const mentions = body.allowed_mentions;
  // Discord accepts a message without it; the bot promises mentions off on every message.
  if (!mentions) return [formError.required([...at, 'allowed_mentions'])];
  const errors: FormError[] = [];
  for (const kind of ['users', 'roles'] as const) {
    if ((mentions.parse as string[] | undefined)?.includes(kind) && mentions[kind]?.length) {
      errors.push(
        formError.invalid(
          [...at, 'allowed_mentions', kind],
          'MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE',
          `parse:["${kind}"] and ${kind}: [ids] are mutually exclusive.`,
        ),
      );
    }
  }
  return errors;
}

/** Discord counts these parts of an embed towards the 6000-character total. */
const embedLength = (embed: APIEmbed) =>
  [
    embed.title,
    embed.description,
    embed.footer?.text,
    embed.author?.name,
    ...(embed.fields ?? []).flatMap((field) => [field.name, field.value]),
  ].reduce((sum, part) => sum + lengthOf(part ?? ''), 0);

const hasSomethingToShow = (embed: APIEmbed) =>
  Boolean(
    embed.title ||
    embed.description ||
    embed.fields?.length ||
    embed.author ||
    embed.footer ||
    embed.image ||
    embed.thumbnail ||
    embed.video,
  );

function checkEmbeds(embeds: readonly APIEmbed[], at: Path): FormError[] {
  const errors: FormError[] = [];
  embeds.forEach((embed, index) => {
    const here = [...at, 'embeds', index];
    if (!hasSomethingToShow(embed)) {
      errors.push(formError.invalid(here, 'EMBED_EMPTY', 'An embed needs something to show.'));
    }
    if (embed.footer && isBlank(embed.footer.text)) {
      errors.push(formError.required([...here, 'footer', 'text']));
    }
    if (embed.author && isBlank(embed.author.name)) {
      errors.push(formError.required([...here, 'author', 'name']));
    }
    (embed.fields ?? []).forEach((field, f) => {
      for (const key of ['name', 'value'] as const) {
        if (isBlank(field[key])) errors.push(formError.required([...here, 'fields', f, key]));
      }
    });
  });
  if (embeds.reduce((sum, embed) => sum + embedLength(embed), 0) > MAX.embedTotal) {
    errors.push(
      formError.invalid(
        [...at, 'embeds'],
        'MAX_EMBED_SIZE_EXCEEDED',
        `Embed size exceeds maximum size of ${MAX.embedTotal}`,
      ),
    );
  }
  return errors;
}

type RowComponent = Record<string, unknown> & { type: number };

/** A button's documented shape: what each style needs and must not have. */
function checkButton(button: RowComponent, here: Path): FormError[] {
  const errors: FormError[] = [];
  const has = (key: string) => button[key] !== undefined && button[key] !== null;
  const refuse = (key: string, why: string) =>
    errors.push(formError.invalid([...here, key], 'BUTTON_COMPONENT_INVALID', why));
  switch (button.style) {
    case ButtonStyle.Link:
      if (!has('url')) errors.push(formError.required([...here, 'url']));
      if (has('custom_id')) refuse('custom_id', 'A link button cannot have a custom_id.');
      break;
    case ButtonStyle.Premium:
      if (!has('sku_id')) errors.push(formError.required([...here, 'sku_id']));
      for (const key of ['custom_id', 'label', 'url', 'emoji']) {
        if (has(key)) refuse(key, `A premium button cannot have a ${key}.`);
      }
      return errors;
    default:
      if (!has('custom_id')) errors.push(formError.required([...here, 'custom_id']));
      if (has('url')) refuse('url', 'Only a link button can have a url.');
  }
  if (isBlank(button.label) && !has('emoji')) {
    refuse('label', 'A button needs a label or an emoji.');
  }
  return errors;
}

function checkComponents(
  components: readonly APIMessageTopLevelComponent[],
  flags: number,
  at: Path,
): FormError[] {
  const errors: FormError[] = [];
  const v2 = (flags & MessageFlags.IsComponentsV2) !== 0;
  const customIds = new Set<string>();
  components.forEach((component, r) => {
    const here = [...at, 'components', r];
    if (component.type !== ComponentType.ActionRow) {
      if (!v2) {
        errors.push(
          formError.invalid(
            [...here, 'type'],
            'COMPONENT_LAYOUT_REQUIRES_V2',
            'This component needs the IS_COMPONENTS_V2 message flag.',
          ),
        );
      }
      return;
    }
    const row = component.components as unknown as RowComponent[];
    row.forEach((child, c) => {
      const at = [...here, 'components', c];
      if (SELECT_TYPES.has(child.type) && row.length > 1) {
        errors.push(
          formError.invalid(
            at,
            'COMPONENT_LAYOUT_WIDTH_EXCEEDED',
            'A select menu must be alone in its action row.',
          ),
        );
      }
      if (child.type === ComponentType.Button) errors.push(...checkButton(child, at));
      const customId = child.custom_id;
      if (typeof customId !== 'string') return;
      if (customIds.has(customId)) {
        errors.push(
          formError.invalid(
            [...at, 'custom_id'],
            'COMPONENT_CUSTOM_ID_DUPLICATED',
            'Component custom id cannot be duplicated',
          ),
        );
      }
      customIds.add(customId);
    });
  });
  if (!v2 && components.length > MAX.actionRows) {
    errors.push(formError.tooLong([...at, 'components'], MAX.actionRows));
  }
  return errors;
}

/**
 * What Discord refuses in a message body beyond its schema: flags the request may not set,
 * mentions, embeds (blank text, nothing to show, 6000 characters in all) and components
 * (layout, button shapes, duplicate custom ids). `at` places the errors, e.g. under `data`.
 */
export function checkMessage(body: MessageBody, kind: MessageKind, at: Path = []): FormError[] {
  const flags = body.flags ?? 0;
  const errors = [...checkFlags(flags, kind, at), ...checkAllowedMentions(body, at)];
  if ((flags & MessageFlags.IsComponentsV2) !== 0) {
    for (const key of ['content', 'embeds'] as const) {
      if (body[key] !== undefined && body[key] !== null) {
        errors.push(
          formError.invalid(
            [...at, key],
            'MESSAGE_COMPONENTS_V2_EXCLUSIVE',
            `A Components V2 message cannot have ${key}.`,
          ),
        );
      }
    }
  }
  errors.push(...checkEmbeds(body.embeds ?? [], at));
  errors.push(...checkComponents(body.components ?? [], flags, at));
  return errors;
}

/** Whether a new message would have nothing to show (Discord answers 50006). */
export function isEmptyMessage(body: MessageBody, fileCount: number): boolean {
  const hasContent = (body.content ?? '').trim().length > 0;
  return (
    !hasContent && !body.embeds?.length && !body.components?.length && !body.poll && fileCount === 0
  );
}
