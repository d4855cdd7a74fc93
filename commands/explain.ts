import { ApplicationCommandOptionType, ApplicationCommandType } from 'discord-api-types/v10';
import type { SlashCommand } from '../src/commands/command.js';
import { TOPIC_MAX, topicReply } from '../src/commands/topic-reply.js';
import { rankEntryChoices } from '../src/interactions/autocomplete.js';
import { focusedOption, stringOption } from '../src/interactions/options.js';
import { recordTopicRequest } from '../src/store/record-usage.js';
import { everywhere } from '../src/commands/install-contexts.js';
import { inSpanish } from '../src/commands/localize.js';
import { messagesEs } from '../src/i18n/messages-es.js';
import { readerOf } from '../src/interactions/reader.js';

const { commands, options } = messagesEs;

export default {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: 'explain',
    ...everywhere(),
    description:
      'Read a curated explainer, e.g. detainers vs. information sharing. Only you see it.',
    ...inSpanish(
      commands.explain,
      'Lea una explicación revisada, p. ej. detainers frente a compartir información. Solo usted la ve.',
    ),
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: 'topic',
        description: 'Start typing a topic and pick one, or type your own words to search',
        ...inSpanish(
          options.topic,
          'Escriba parte de un tema y elija uno, o escriba sus propias palabras para buscar',
        ),
        required: true,
        autocomplete: true,
        max_length: TOPIC_MAX,
      },
    ],
  },
  execute(interaction, ctx) {
    const typed = stringOption(interaction, 'topic') ?? '';
    return topicReply(ctx.engine, readerOf(interaction), typed, 'topic', undefined, (id) =>
      recordTopicRequest(ctx, id),
    );
  },
  autocomplete(interaction, { engine }) {
    const { language } = readerOf(interaction);
    return rankEntryChoices(engine, focusedOption(interaction)?.value ?? '', { language });
  },
} satisfies SlashCommand;
