import { ApplicationCommandOptionType, ApplicationCommandType } from 'discord-api-types/v10';
import type { SlashCommand } from '../src/commands/command.js';
import { TOPIC_MAX, topicReply } from '../src/commands/topic-reply.js';
import { rankEntryChoices } from '../src/interactions/autocomplete.js';
import { focusedOption, stringOption } from '../src/interactions/options.js';
import { recordTopicRequest } from '../src/store/record-usage.js';
import { everywhere } from '../src/commands/install-contexts.js';

const GLOSSARY = ['glossary'] as const;

export default {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: 'define',
    ...everywhere(),
    description: 'Look up a term: detainer, administrative warrant, 287(g)… Only you see it.',
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: 'term',
        description: 'Start typing a term and pick one from the glossary',
        required: true,
        autocomplete: true,
        max_length: TOPIC_MAX,
      },
    ],
  },
  execute(interaction, ctx) {
    const typed = stringOption(interaction, 'term') ?? '';
    return topicReply(ctx.engine, typed, 'term', GLOSSARY, (id) => recordTopicRequest(ctx, id));
  },
  autocomplete(interaction, { engine }) {
    return rankEntryChoices(engine, focusedOption(interaction)?.value ?? '', { kinds: GLOSSARY });
  },
} satisfies SlashCommand;
