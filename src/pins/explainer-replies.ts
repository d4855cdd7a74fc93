import type { ReloadOutcome } from '../app/knowledge-reloader.js';
import { explainerCode, packLines, refLines } from '../discord/embed-parts.js';
import { fitPayload, truncateText } from '../discord/fit.js';
import { EMBED_DESCRIPTION_MAX } from '../discord/limits.js';
import { escapeText, escapeUserText, inlineCode, markdownLink } from '../discord/markdown.js';
import { ephemeral, type MessagePayload } from '../discord/message-payload.js';
import { renderNotice } from '../discord/render-notice.js';
import type { Messages } from '../i18n/messages.js';
import { messageLink } from '../interactions/share-memory.js';
import { formatProblem, rootCausesFirst } from '../knowledge/problem.js';
import { DiscordErrorCode, type DiscordFailure } from './discord-actions.js';
import type { PinReport, PinStatus } from './pin-status.js';
import type { PostOutcome } from './post-explainer.js';
import type { RemoveOutcome } from './remove-explainer.js';

const channel = (id: string) => `<#${id}>`;
const title = (text: string) => `**${escapeText(truncateText(text, 150))}**`;

/** A pinned explainer's state, as a moderator's list and autocomplete name it. */
export const statusLabel = (m: Messages, status: PinStatus): string => m.moderation.status[status];

const why = (m: Messages, failure: DiscordFailure) =>
  failure.code === undefined
    ? `HTTP ${failure.status ?? '?'}`
    : m.moderation.discordError(failure.code);

function failedText(
  m: Messages,
  outcome: Extract<PostOutcome, { kind: 'failed' }>,
  where: string,
): string {
  const { failure, step } = outcome;
  const say = m.moderation;
  if (failure.code === DiscordErrorCode.UnknownChannel) return say.cannotFind(where);
  if (failure.code === DiscordErrorCode.MissingAccess) return say.missingAccess(where);
  if (failure.code === DiscordErrorCode.MissingPermissions) return say.missingPermission(where);
  if (step === 'pin') return say.pinFailed(why(m, failure));
  return say.notAccepted(why(m, failure));
}

/** The private reply to `/explainer post`, in the moderator's language. */
export function postReply(m: Messages, outcome: PostOutcome, channelId: string): MessagePayload {
  const say = m.moderation;
  const where = channel(channelId);
  switch (outcome.kind) {
    case 'posted':
    case 'already-pinned': {
      const { guildId, channelId: pinnedIn, messageId } = outcome.pin;
      const link = messageLink(guildId, pinnedIn, messageId);
      const wording = outcome.kind === 'posted' ? say.posted : say.alreadyPinned;
      return renderNotice(wording(title(outcome.title), where, link));
    }
    case 'unknown-topic': {
      const lines = refLines(m, outcome.suggestions.slice(0, 5));
      return renderNotice(
        [
          say.unknownTopic(escapeUserText(outcome.typed, 100)),
          ...(lines.length > 0 ? [`${say.perhaps}\n${lines.join('\n')}`] : []),
          say.pickTopic,
        ].join('\n\n'),
      );
    }
    case 'missing-permissions':
      return renderNotice(
        say.missingPermissions(
          where,
          outcome.missing.map((name) => `**${name}**`).join(', '),
          outcome.missing.length,
        ),
      );
    case 'pin-limit':
      return renderNotice(say.pinLimit(where));
    case 'failed':
      return renderNotice(failedText(m, outcome, where));
  }
}

/** The private reply to `/explainer remove`. */
export function removeReply(m: Messages, outcome: RemoveOutcome): MessagePayload {
  const say = m.moderation;
  switch (outcome.kind) {
    case 'removed': {
      const where = channel(outcome.pin.channelId);
      return renderNotice(outcome.wasGone ? say.forgotGone(where) : say.removed(where));
    }
    case 'not-found':
      return renderNotice(
        say.notFound(escapeUserText(outcome.typed, 100), explainerCode(m, 'list')),
      );
    case 'ambiguous':
      return renderNotice(
        say.ambiguous(outcome.pins.map((pin) => channel(pin.channelId)).join(', ')),
      );
    case 'failed':
      return renderNotice(say.unpinFailed(why(m, outcome.failure), channel(outcome.pin.channelId)));
  }
}

function pinLine(m: Messages, pin: PinReport): string {
  const say = m.moderation;
  const dates = [
    say.postedOn(pin.postedAt.slice(0, 10)),
    ...(pin.refreshedAt ? [say.updatedOn(pin.refreshedAt.slice(0, 10))] : []),
  ].join(', ');
  return say.pinLine(
    title(pin.title),
    channel(pin.channelId),
    markdownLink(say.message, pin.link),
    statusLabel(m, pin.status),
    dates,
  );
}

/** The private reply to `/explainer list`: every tracked explainer in this server. */
export function pinListReply(m: Messages, pins: readonly PinReport[]): MessagePayload {
  if (pins.length === 0) {
    return renderNotice(m.moderation.noPins(explainerCode(m, 'post')));
  }
  const description = packLines(
    m,
    pins.map((pin) => pinLine(m, pin)),
    EMBED_DESCRIPTION_MAX - 100,
    inlineCode('npm run cli -- pins --json'),
  );
  return fitPayload(
    ephemeral({ embeds: [{ title: m.moderation.listTitle(pins.length), description }] }),
  );
}

/** The private reply to `/explainer reload`: what is served now, or why the reload was refused. */
export function reloadReply(m: Messages, outcome: ReloadOutcome, tracked: number): MessagePayload {
  const say = m.moderation;
  if (outcome.ok) {
    const version = inlineCode(outcome.version);
    return renderNotice(
      [
        outcome.version === outcome.previousVersion
          ? say.unchanged(version)
          : say.reloaded(version, inlineCode(outcome.previousVersion)),
        say.checking(tracked),
        ...(outcome.warnings > 0
          ? [say.warnings(outcome.warnings, inlineCode('npm run kb:check'))]
          : []),
      ].join('\n'),
    );
  }
  const errors = rootCausesFirst(outcome.problems.filter((p) => p.severity === 'error'));
  const shown = errors.slice(0, 8).map((p) => formatProblem(p).replace(/`/g, 'ʼ'));
  const more = errors.length > shown.length ? `\n${say.andMore(errors.length - shown.length)}` : '';
  return renderNotice(
    [
      say.refused(errors.length, inlineCode(outcome.servingVersion)),
      `\`\`\`\n${shown.join('\n')}${more}\n\`\`\``,
    ].join('\n'),
  );
}

/** Why a command cannot run here, for people, in the moderator's language. */
export const explainerNotices = (m: Messages) => {
  const say = m.moderation;
  return {
    guildOnly: () => renderNotice(say.guildOnly),
    notAdded: () => renderNotice(say.notAdded),
    usage: () =>
      renderNotice(
        say.usage(explainerCode(m, 'post'), explainerCode(m, 'list'), explainerCode(m, 'remove')),
      ),
    notModerator: () => renderNotice(say.notModerator),
    notAdmin: () => renderNotice(say.notAdmin),
    unavailable: () => renderNotice(say.unavailable),
  };
};
