import { ApplicationCommandOptionType, ApplicationCommandType } from 'discord-api-types/v10';
import type { AnswerEngine } from '../src/app/answer-engine.js';
import { FLAGSHIP_EXPLAINER } from '../src/answer/entry-refs.js';
import type { SlashCommand } from '../src/commands/command.js';
import { TOPIC_MAX, suggestEntries } from '../src/commands/topic-reply.js';
import {
  COLOR_SOURCED,
  footerText,
  kindLabel,
  sourcesCommand,
} from '../src/discord/embed-parts.js';
import { fitPayload } from '../src/discord/fit.js';
import { ephemeral, type MessagePayload } from '../src/discord/message-payload.js';
import { unknownTopicNotice } from '../src/discord/render-notice.js';
import { renderSources } from '../src/discord/render-sources.js';
import { rankEntryChoices } from '../src/interactions/autocomplete.js';
import { cutInput } from '../src/interactions/cut-input.js';
import { focusedOption, stringOption } from '../src/interactions/options.js';
import { everywhere } from '../src/commands/install-contexts.js';
import { inSpanish } from '../src/commands/localize.js';
import { messagesEs } from '../src/i18n/messages-es.js';
import { messagesFor, type Messages } from '../src/i18n/messages.js';
import { privateFor, readerOf } from '../src/interactions/reader.js';

/** Without a topic: what the knowledge base rests on, by kind, and how to see one topic's sources. */
function sourcesOverview(engine: AnswerEngine, m: Messages): MessagePayload {
  const counts = new Map<string, number>();
  for (const source of engine.knowledge.sources.values()) {
    counts.set(source.kind, (counts.get(source.kind) ?? 0) + 1);
  }
  const lines = [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([kind, count]) => `• ${kindLabel(m, kind)}: ${count}`);
  return fitPayload(
    ephemeral({
      embeds: [
        {
          color: COLOR_SOURCED,
          title: m.sources.overviewTitle(engine.knowledge.sources.size),
          description: [
            m.sources.overviewIntro,
            lines.join('\n'),
            m.sources.overviewOne(sourcesCommand(m, FLAGSHIP_EXPLAINER)),
          ].join('\n\n'),
          footer: { text: footerText(m, engine.knowledge.version) },
        },
      ],
    }),
  );
}

export default {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: 'sources',
    ...everywhere(),
    description:
      'The sources behind a topic or question, with links, kinds and dates. Only you see it.',
    ...inSpanish(
      messagesEs.commands.sources,
      'Las fuentes detrás de un tema o pregunta, con enlaces, tipos y fechas. Solo usted las ve.',
    ),
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: 'topic',
        description: 'A topic (pick one) or a question; leave empty for an overview',
        ...inSpanish(
          messagesEs.options.topic,
          'Un tema (elija uno) o una pregunta; déjelo vacío para ver un resumen',
        ),
        required: false,
        autocomplete: true,
        max_length: TOPIC_MAX,
      },
    ],
  },
  execute(interaction, { engine }) {
    const topic = cutInput(stringOption(interaction, 'topic') ?? '', TOPIC_MAX);
    const reader = readerOf(interaction);
    if (!topic.trim()) return sourcesOverview(engine, messagesFor(reader.language));
    const entry = engine.find(topic);
    if (entry) return renderSources(engine.view(entry, reader.language), privateFor(reader));
    const answer = engine.ask(topic, reader.locale ? { locale: reader.locale } : {});
    if (answer.status === 'answered') return renderSources(answer, privateFor(reader));
    const suggestions = suggestEntries(engine, topic, undefined, answer.language);
    return unknownTopicNotice(
      messagesFor(answer.language, reader.language),
      topic,
      'topic',
      suggestions.length > 0 ? suggestions : answer.suggestions,
    );
  },
  autocomplete(interaction, { engine }) {
    const { language } = readerOf(interaction);
    return rankEntryChoices(engine, focusedOption(interaction)?.value ?? '', { language });
  },
} satisfies SlashCommand;
