import type { ReloadOutcome } from '../app/knowledge-reloader.js';
import { packLines, refLines } from '../discord/embed-parts.js';
import { fitPayload, truncateText } from '../discord/fit.js';
import { EMBED_DESCRIPTION_MAX } from '../discord/limits.js';
import { escapeText, escapeUserText, inlineCode, markdownLink } from '../discord/markdown.js';
import { ephemeral, type MessagePayload } from '../discord/message-payload.js';
import { renderNotice } from '../discord/render-notice.js';
import { messagesFor } from '../i18n/messages.js';
import { messageLink } from '../interactions/share-memory.js';
import { formatProblem, rootCausesFirst } from '../knowledge/problem.js';
import { DiscordErrorCode, type DiscordFailure } from './discord-actions.js';
import type { PinReport, PinStatus } from './pin-status.js';
import type { PostOutcome } from './post-explainer.js';
import type { RemoveOutcome } from './remove-explainer.js';

// Replies to moderators are in English for now; the explainers they post may be in any language.
const m = messagesFor('en');
const channel = (id: string) => `<#${id}>`;
const title = (text: string) => `**${escapeText(truncateText(text, 150))}**`;

export const STATUS_LABELS: Record<PinStatus, string> = {
  current: 'current',
  stale: 'update pending',
  withdrawn: 'topic withdrawn from the knowledge base',
  orphaned: 'message or channel deleted; no longer updated',
};

const why = (failure: DiscordFailure) =>
  failure.code === undefined ? `HTTP ${failure.status ?? '?'}` : `Discord error ${failure.code}`;

function failedText(outcome: Extract<PostOutcome, { kind: 'failed' }>, where: string): string {
  const { failure, step } = outcome;
  if (failure.code === DiscordErrorCode.UnknownChannel) return `I cannot find ${where}.`;
  if (failure.code === DiscordErrorCode.MissingAccess) {
    return `I cannot see ${where} (Missing Access). Give my role View Channel there and try again.`;
  }
  if (failure.code === DiscordErrorCode.MissingPermissions) {
    return `Discord refused: I lack a permission in ${where}. Check the channel's permission overwrites for my role.`;
  }
  if (step === 'pin') {
    return `I posted the explainer but could not pin it (${why(failure)}), so I deleted it again. Please try again.`;
  }
  return `Discord did not accept that (${why(failure)}). Please try again in a moment.`;
}

/** The private reply to `/explainer post`. */
export function postReply(outcome: PostOutcome, channelId: string): MessagePayload {
  const where = channel(channelId);
  switch (outcome.kind) {
    case 'posted':
      return renderNotice(
        `Pinned ${title(outcome.title)} in ${where}: ${messageLink(outcome.pin.guildId, outcome.pin.channelId, outcome.pin.messageId)}\nI will edit it in place whenever its sources or wording change.`,
      );
    case 'already-pinned':
      return renderNotice(
        `${title(outcome.title)} is already pinned in ${where}: ${messageLink(outcome.pin.guildId, outcome.pin.channelId, outcome.pin.messageId)}\nIt is kept current; there is no need to post it again.`,
      );
    case 'unknown-topic': {
      const lines = refLines(m, outcome.suggestions.slice(0, 5));
      return renderNotice(
        [
          `No topic called “${escapeUserText(outcome.typed, 100)}” in the knowledge base.`,
          ...(lines.length > 0 ? [`Perhaps one of these:\n${lines.join('\n')}`] : []),
          'Start typing in the topic option and pick one from the list.',
        ].join('\n\n'),
      );
    }
    case 'missing-permissions':
      return renderNotice(
        `I cannot post and pin in ${where}: my role is missing ${outcome.missing.map((name) => `**${name}**`).join(', ')} there. Grant ${outcome.missing.length === 1 ? 'it' : 'them'} in the channel's or the server's settings and try again.`,
      );
    case 'pin-limit':
      return renderNotice(
        `${where} already has 250 pinned messages, Discord's limit, so I could not pin the explainer (and did not leave it posted). Unpin an older message there and try again.`,
      );
    case 'failed':
      return renderNotice(failedText(outcome, where));
  }
}

/** The private reply to `/explainer remove`. */
export function removeReply(outcome: RemoveOutcome): MessagePayload {
  switch (outcome.kind) {
    case 'removed':
      return renderNotice(
        outcome.wasGone
          ? `Forgot the explainer that was in ${channel(outcome.pin.channelId)}: its message was already deleted.`
          : `Unpinned and forgot the explainer in ${channel(outcome.pin.channelId)}. The message stays in the channel but will no longer be updated; delete it if you like.`,
      );
    case 'not-found':
      return renderNotice(
        `No pinned explainer in this server matches “${escapeUserText(outcome.typed, 100)}”. See ${inlineCode('/explainer list')}.`,
      );
    case 'ambiguous':
      return renderNotice(
        `That topic is pinned in several channels: ${outcome.pins.map((pin) => channel(pin.channelId)).join(', ')}. Run the command in the one you mean, or pick the message from the list.`,
      );
    case 'failed':
      return renderNotice(
        `I could not unpin it (${why(outcome.failure)}); it is still tracked. Check that my role has Pin Messages in ${channel(outcome.pin.channelId)}.`,
      );
  }
}

function pinLine(pin: PinReport): string {
  const dates = `posted ${pin.postedAt.slice(0, 10)}${pin.refreshedAt ? `, updated ${pin.refreshedAt.slice(0, 10)}` : ''}`;
  return `• ${title(pin.title)} in ${channel(pin.channelId)} · ${markdownLink('message', pin.link)} · ${STATUS_LABELS[pin.status]} · ${dates}`;
}

/** The private reply to `/explainer list`: every tracked explainer in this server. */
export function pinListReply(pins: readonly PinReport[]): MessagePayload {
  if (pins.length === 0) {
    return renderNotice(
      `No pinned explainers in this server yet. Post one with ${inlineCode('/explainer post')}.`,
    );
  }
  const description = packLines(
    m,
    pins.map(pinLine),
    EMBED_DESCRIPTION_MAX - 100,
    inlineCode('npm run cli -- pins --json'),
  );
  return fitPayload(
    ephemeral({
      embeds: [{ title: `Pinned explainers in this server (${pins.length})`, description }],
    }),
  );
}

/** The private reply to `/explainer reload`: what is served now, or why the reload was refused. */
export function reloadReply(outcome: ReloadOutcome, tracked: number): MessagePayload {
  if (outcome.ok) {
    const same = outcome.version === outcome.previousVersion;
    return renderNotice(
      [
        same
          ? `The knowledge is unchanged (version ${inlineCode(outcome.version)}).`
          : `Knowledge reloaded: version ${inlineCode(outcome.version)} (was ${inlineCode(outcome.previousVersion)}).`,
        `Checking ${tracked} pinned explainer${tracked === 1 ? '' : 's'}; those whose content changed are being edited now.`,
        ...(outcome.warnings > 0
          ? [`${outcome.warnings} warning(s): run ${inlineCode('npm run kb:check')}.`]
          : []),
      ].join('\n'),
    );
  }
  const errors = rootCausesFirst(outcome.problems.filter((p) => p.severity === 'error'));
  const shown = errors.slice(0, 8).map((p) => formatProblem(p).replace(/`/g, 'ʼ'));
  return renderNotice(
    [
      `Reload refused: the knowledge has ${errors.length} error(s). Still serving version ${inlineCode(outcome.servingVersion)}; nothing changed for users.`,
      `\`\`\`\n${shown.join('\n')}${errors.length > shown.length ? `\n… and ${errors.length - shown.length} more (npm run kb:check)` : ''}\n\`\`\``,
    ].join('\n'),
  );
}

/** Why a command cannot run here, for people. */
export const explainerNotices = {
  guildOnly: () => renderNotice('Pinned explainers live in servers: run this in a server channel.'),
  notAdded: () =>
    renderNotice(
      'Pinned explainers need this bot added to the server itself, not only to your account: ask a server admin to invite it (its README says how).',
    ),
  usage: () =>
    renderNotice(
      `Use ${inlineCode('/explainer post')}, ${inlineCode('/explainer list')} or ${inlineCode('/explainer remove')}.`,
    ),
  notModerator: () =>
    renderNotice('Only members with **Pin Messages** can manage pinned explainers.'),
  notAdmin: () =>
    renderNotice(
      'Only the people who run this bot (BOT_ADMIN_IDS) can reload its knowledge. Ask them, or wait: it reloads on its own when they update it.',
    ),
  unavailable: () =>
    renderNotice(
      'Pinned explainers are not available here: this bot runs without storage or without a Discord connection.',
    ),
};
