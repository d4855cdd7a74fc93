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
import { inSpanish } from '../src/commands/localize.js';
import { messagesEs } from '../src/i18n/messages-es.js';
import { messagesFor } from '../src/i18n/messages.js';
import { privateFor, readerOf } from '../src/interactions/reader.js';

const { commands, options } = messagesEs;

const PLACES = ['jurisdiction'] as const;

export default {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: 'jurisdiction',
    ...everywhere(),
    description:
      'What the sources say about a state, county or city’s policy, dated. Only you see it.',
    ...inSpanish(
      commands.jurisdiction,
      'Lo que dicen las fuentes sobre la política de un estado, condado o ciudad. Solo usted lo ve.',
    ),
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: 'place',
        description: 'Start typing a place, e.g. Connecticut or New Haven, and pick one',
        ...inSpanish(
          options.place,
          'Escriba parte de un lugar, p. ej. Connecticut o New Haven, y elija uno',
        ),
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
    const reader = readerOf(interaction);
    if (entry) {
      recordTopicRequest(ctx, entry.id);
      return renderEntry(engine.view(entry, reader.language), privateFor(reader));
    }
    // A place nobody has written up: answering with a neighbour's policy would mislead, so name
    // the places that mention it (or all covered places) and let the person choose.
    const { language } = reader;
    const nearby = suggestEntries(engine, place, PLACES, language);
    return unknownTopicNotice(
      messagesFor(language),
      place,
      'place',
      nearby.length > 0 ? nearby : suggestEntries(engine, '', PLACES, language),
    );
  },
  autocomplete(interaction, { engine }) {
    const { language } = readerOf(interaction);
    return rankEntryChoices(engine, focusedOption(interaction)?.value ?? '', {
      kinds: PLACES,
      language,
    });
  },
} satisfies SlashCommand;
