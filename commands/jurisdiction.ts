import { ApplicationCommandOptionType, ApplicationCommandType } from 'discord-api-types/v10';
import type { SlashCommand } from '../src/commands/command.js';
import { TOPIC_MAX, suggestEntries } from '../src/commands/topic-reply.js';
import { renderEntry } from '../src/discord/render-entry.js';
import { unknownTopicNotice } from '../src/discord/render-notice.js';
import { rankEntryChoices } from '../src/interactions/autocomplete.js';
import { cutInput } from '../src/interactions/cut-input.js';
import { focusedOption, stringOption } from '../src/interactions/options.js';
import { recordTopicRequest } from '../src/store/record-usage.js';
import { everywhere } from '../src/commands/install-contexts.js';

const PLACES = ['jurisdiction'] as const;

export default {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: 'jurisdiction',
    ...everywhere(),
    description:
      'What the sources say about a state, county or city’s policy, dated. Only you see it.',
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: 'place',
        description: 'Start typing a place, e.g. Connecticut or New Haven, and pick one',
        required: true,
        autocomplete: true,
        max_length: TOPIC_MAX,
      },
    ],
  },
  execute(interaction, ctx) {
    const { engine } = ctx;
    const place = cutInput(stringOption(interaction, 'place') ?? '', TOPIC_MAX);
    const entry = engine.find(place);
    if (entry) {
      recordTopicRequest(ctx, entry.id);
      return renderEntry(engine.view(entry), { ephemeral: true });
    }
    // A place nobody has written up: answering with a neighbour's policy would mislead, so name
    // the places that mention it (or all covered places) and let the person choose.
    const nearby = suggestEntries(engine, place, PLACES);
    return unknownTopicNotice(
      place,
      'place',
      nearby.length > 0 ? nearby : suggestEntries(engine, '', PLACES),
    );
  },
  autocomplete(interaction, { engine }) {
    return rankEntryChoices(engine, focusedOption(interaction)?.value ?? '', { kinds: PLACES });
  },
} satisfies SlashCommand;
