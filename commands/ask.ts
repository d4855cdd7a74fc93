import { ApplicationCommandOptionType, ApplicationCommandType } from 'discord-api-types/v10';
import type { SlashCommand } from '../src/commands/command.js';
import { renderAnswer } from '../src/discord/render-answer.js';
import { cutInput } from '../src/interactions/cut-input.js';
import { stringOption } from '../src/interactions/options.js';
import { recordAnswerUsage } from '../src/store/record-usage.js';
import { everywhere } from '../src/commands/install-contexts.js';

/** Long enough for a real question; short enough to search well and to echo safely. */
export const QUESTION_MAX = 300;

export default {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: 'ask',
    ...everywhere(),
    description:
      'Ask about sanctuary policies and get a cited, plain-language answer. Only you see it.',
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: 'question',
        description: 'Your question, e.g. "What is an ICE detainer?"',
        required: true,
        max_length: QUESTION_MAX,
      },
    ],
  },
  execute(interaction, ctx) {
    const question = cutInput(stringOption(interaction, 'question') ?? '', QUESTION_MAX);
    const answer = ctx.engine.ask(question);
    // Counts for curators: the topic that answered, or the unanswered question (no user, no server).
    recordAnswerUsage(ctx, answer);
    return renderAnswer(answer, { ephemeral: true, siteUrl: ctx.config.publicSiteUrl });
  },
} satisfies SlashCommand;
