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

/** Without a topic: what the knowledge base rests on, by kind, and how to see one topic's sources. */
function sourcesOverview(engine: AnswerEngine): MessagePayload {
  const counts = new Map<string, number>();
  for (const source of engine.knowledge.sources.values()) {
    counts.set(source.kind, (counts.get(source.kind) ?? 0) + 1);
  }
  const lines = [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([kind, count]) => `• ${kindLabel(kind)}: ${count}`);
  return fitPayload(
    ephemeral({
      embeds: [
        {
          color: COLOR_SOURCED,
          title: `The ${engine.knowledge.sources.size} sources behind this bot`,
          description: [
            'Every answer quotes its sources and numbers them [1], [2]…, with links, kinds and dates.',
            lines.join('\n'),
            `See the sources behind one topic, e.g. ${sourcesCommand(FLAGSHIP_EXPLAINER)}`,
          ].join('\n\n'),
          footer: { text: footerText(engine.knowledge.version) },
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
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: 'topic',
        description: 'A topic (pick one) or a question; leave empty for an overview',
        required: false,
        autocomplete: true,
        max_length: TOPIC_MAX,
      },
    ],
  },
  execute(interaction, { engine }) {
    const topic = cutInput(stringOption(interaction, 'topic') ?? '', TOPIC_MAX);
    if (!topic.trim()) return sourcesOverview(engine);
    const entry = engine.find(topic);
    if (entry) return renderSources(engine.view(entry), { ephemeral: true });
    const answer = engine.ask(topic);
    if (answer.status === 'answered') return renderSources(answer, { ephemeral: true });
    const suggestions = suggestEntries(engine, topic);
    return unknownTopicNotice(
      topic,
      'topic',
      suggestions.length > 0 ? suggestions : answer.suggestions,
    );
  },
  autocomplete(interaction, { engine }) {
    return rankEntryChoices(engine, focusedOption(interaction)?.value ?? '');
  },
} satisfies SlashCommand;
