import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIButtonComponentWithURL,
  type APIComponentInMessageActionRow,
  type APIMessageTopLevelComponent,
} from 'discord-api-types/v10';
import { entryPageUrl } from '../answer/entry-page.js';
import { passageLanguage } from '../knowledge/language-view.js';
import { messagesFor } from '../i18n/messages.js';
import { ACTION_ROWS_MAX, BUTTON_LABEL_MAX, BUTTON_URL_MAX, ROW_COMPONENTS_MAX } from './limits.js';
import type { MessagePayload } from './message-payload.js';

/**
 * The page an entry's words came from: its translation's when the passage shown is translated
 * (`entry-id#es-3`), else the original's. Undefined without a public site (PUBLIC_SITE_URL).
 */
export function entryPageLink(
  siteUrl: string | undefined,
  entryId: string,
  passageId: string,
): { url: string; label: string } | undefined {
  const language = passageLanguage(passageId);
  const url = entryPageUrl(siteUrl, entryId, language);
  // Discord refuses a link button whose URL is over 512 characters or not http(s).
  if (!url || url.length > BUTTON_URL_MAX || !/^https?:\/\//.test(url)) return undefined;
  return { url, label: messagesFor(language).buttons.readFull.slice(0, BUTTON_LABEL_MAX) };
}

/**
 * A payload with a link button to the entry's web page: in the first row of buttons when it has
 * room (Discord allows five to a row), else in a row of its own when the message has room for one.
 * A link button has a URL and no custom_id: Discord opens it without telling the bot.
 */
export function withPageLink(
  payload: MessagePayload,
  link: { url: string; label: string } | undefined,
): MessagePayload {
  if (!link) return payload;
  const button: APIButtonComponentWithURL = {
    type: ComponentType.Button,
    style: ButtonStyle.Link,
    label: link.label,
    url: link.url,
  };
  const rows = [...(payload.components ?? [])] as APIMessageTopLevelComponent[];
  const buttonRow = rows.findIndex(
    (row) =>
      row.type === ComponentType.ActionRow &&
      row.components.every((c) => c.type === ComponentType.Button) &&
      row.components.length < ROW_COMPONENTS_MAX,
  );
  if (buttonRow >= 0) {
    const row = rows[buttonRow] as APIActionRowComponent<APIComponentInMessageActionRow>;
    rows[buttonRow] = { ...row, components: [...row.components, button] };
  } else if (rows.length < ACTION_ROWS_MAX) {
    rows.push({ type: ComponentType.ActionRow, components: [button] });
  } else {
    return payload;
  }
  return { ...payload, components: rows };
}
