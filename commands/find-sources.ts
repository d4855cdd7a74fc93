import { ApplicationCommandType } from 'discord-api-types/v10';
import type { MessageCommand } from '../src/commands/command.js';
import { serversThatAddedTheBot } from '../src/commands/install-contexts.js';
import { renderAnswer } from '../src/discord/render-answer.js';
import { renderNotice } from '../src/discord/render-notice.js';
import { cutInput } from '../src/interactions/cut-input.js';
import { inSpanish } from '../src/commands/localize.js';
import { messagesEs } from '../src/i18n/messages-es.js';
import { messagesFor } from '../src/i18n/messages.js';
import { privateFor, readerOf } from '../src/interactions/reader.js';

/** A message can run to 4,000 characters; its first few sentences say what it claims. */
const SEARCHED_MAX = 500;

export default {
  // Servers that added the bot, as before user installs: not among the commands offered in DMs.
  data: {
    type: ApplicationCommandType.Message,
    name: 'Find sources',
    // A menu entry's name may hold spaces and capitals; it has no description to translate.
    ...inSpanish(messagesEs.commands.findSources),
    ...serversThatAddedTheBot(),
  },
  /**
   * Searches the selected message's text and replies privately: a quiet way to check a claim
   * without calling anyone out in public.
   */
  execute(interaction, { engine }) {
    const { target_id: targetId, resolved } = interaction.data;
    const text = resolved.messages[targetId]?.content?.trim() ?? '';
    const reader = readerOf(interaction);
    if (!text) return renderNotice(messagesFor(reader.language).notices.noMessageText);
    const answer = engine.ask(cutInput(text, SEARCHED_MAX), {
      ...(reader.locale ? { locale: reader.locale } : {}),
    });
    return renderAnswer(answer, privateFor(reader));
  },
} satisfies MessageCommand;
