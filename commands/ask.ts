import { ApplicationCommandOptionType, ApplicationCommandType } from 'discord-api-types/v10';
import type { SlashCommand } from '../src/commands/command.js';
import { renderAnswer } from '../src/discord/render-answer.js';
import { cutInput } from '../src/interactions/cut-input.js';
import { stringOption } from '../src/interactions/options.js';
import { recordAnswerUsage } from '../src/store/record-usage.js';
import { everywhere } from '../src/commands/install-contexts.js';
import { inSpanish } from '../src/commands/localize.js';
import { messagesEs } from '../src/i18n/messages-es.js';
import { privateFor, readerOf } from '../src/interactions/reader.js';

const { commands, options } = messagesEs;

/** Long enough for a real question; short enough to search well and to echo safely. */
export const QUESTION_MAX = 300;

export default {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: 'ask',
    ...everywhere(),
    description:
      'Ask about sanctuary policies and get a cited, plain-language answer. Only you see it.',
    ...inSpanish(
      commands.ask,
      'Pregunte sobre políticas santuario y reciba una respuesta sencilla con fuentes. Solo usted la ve.',
    ),
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: 'question',
        description: 'Your question, e.g. "What is an ICE detainer?"',
        ...inSpanish(options.question, 'Su pregunta, por ejemplo: "¿Qué es un detainer de ICE?"'),
        required: true,
        max_length: QUESTION_MAX,
      },
    ],
  },
  execute(interaction, ctx) {
    const question = cutInput(stringOption(interaction, 'question') ?? '', QUESTION_MAX);
    const reader = readerOf(interaction);
    const answer = ctx.engine.ask(question, reader.locale ? { locale: reader.locale } : {});
    // Counts for curators: the topic that answered, or the unanswered question (no user, no server).
    recordAnswerUsage(ctx, answer);
    return renderAnswer(answer, { ...privateFor(reader), siteUrl: ctx.config.publicSiteUrl });
  },
} satisfies SlashCommand;
