import { ApplicationCommandOptionType, ApplicationCommandType } from 'discord-api-types/v10';
import type { SlashCommand } from '../src/commands/command.js';
import { TOPIC_MAX, topicReply } from '../src/commands/topic-reply.js';
import { rankEntryChoices } from '../src/interactions/autocomplete.js';
import { focusedOption, stringOption } from '../src/interactions/options.js';
import { recordTopicRequest } from '../src/store/record-usage.js';
import { everywhere } from '../src/commands/install-contexts.js';

export default {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: 'explain',
    ...everywhere(),
    description:
      'Read a curated explainer, e.g. detainers vs. information sharing. Only you see it.',
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: 'topic',
        description: 'Start typing a topic and pick one, or type your own words to search',
        required: true,
        autocomplete: true,
        max_length: TOPIC_MAX,
      },
    ],
  },
  execute(interaction, ctx) {
    const typed = stringOption(interaction, 'topic') ?? '';
    return topicReply(ctx.engine, typed, 'topic', undefined, (id) => recordTopicRequest(ctx, id));
  },
  autocomplete(interaction, { engine }) {
    return rankEntryChoices(engine, focusedOption(interaction)?.value ?? '');
  },
} satisfies SlashCommand;
