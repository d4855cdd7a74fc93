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

const GLOSSARY = ['glossary'] as const;

export default {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: 'define',
    ...everywhere(),
    description: 'Look up a term: detainer, administrative warrant, 287(g)… Only you see it.',
    ...inSpanish(
      commands.define,
      'Busque un término: detainer, orden administrativa, 287(g)… Solo usted lo ve.',
    ),
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: 'term',
        description: 'Start typing a term and pick one from the glossary',
        ...inSpanish(options.term, 'Escriba parte de un término y elija uno del glosario'),
        required: true,
        autocomplete: true,
        max_length: TOPIC_MAX,
      },
    ],
  },
  execute(interaction, ctx) {
    const typed = stringOption(interaction, 'term') ?? '';
    return topicReply(ctx.engine, readerOf(interaction), typed, 'term', GLOSSARY, (id) =>
      recordTopicRequest(ctx, id),
    );
  },
  autocomplete(interaction, { engine }) {
    const { language } = readerOf(interaction);
    return rankEntryChoices(engine, focusedOption(interaction)?.value ?? '', {
      kinds: GLOSSARY,
      language,
    });
  },
} satisfies SlashCommand;
