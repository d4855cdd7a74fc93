import { ComponentType, type APIMessageTopLevelComponent } from 'discord-api-types/v10';
import type { MessagePayload } from './message-payload.js';

/** A Markdown link shows its label; escapes and emphasis marks show nothing. */
const unmarked = (markdown: string) =>
  markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\\([\\*_~`|>#[\]()<@-])/g, '$1')
    .replace(/\*\*|__|~~|`/g, '')
    .replace(/^> /gm, '');

function componentText(component: APIMessageTopLevelComponent): string[] {
  if (component.type !== ComponentType.ActionRow) return [];
  return component.components.flatMap((child) => {
    if (child.type === ComponentType.Button)
      return 'label' in child && child.label ? [child.label] : [];
    if (child.type === ComponentType.StringSelect) return [child.placeholder ?? ''];
    return [];
  });
}

/**
 * The text a reader sees of a message, as Discord shows it: content, embed author, title,
 * description, fields and footer, button labels and menu placeholders; link targets and Markdown
 * marks are not seen.
 */
export function visibleText(payload: MessagePayload): string {
  const embeds = (payload.embeds ?? []).flatMap((embed) => [
    embed.author?.name ?? '',
    embed.title ?? '',
    embed.description ?? '',
    ...(embed.fields ?? []).flatMap((f) => [f.name, f.value]),
    embed.footer?.text ?? '',
  ]);
  const components = (payload.components ?? []).flatMap(componentText);
  return [payload.content ?? '', ...embeds, ...components].map(unmarked).filter(Boolean).join('\n');
}

export const visibleLength = (payload: MessagePayload): number => visibleText(payload).length;
