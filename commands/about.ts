import { ApplicationCommandType } from 'discord-api-types/v10';
import type { SlashCommand } from '../src/commands/command.js';
import { COLOR_SOURCED, footerText } from '../src/discord/embed-parts.js';
import { fitPayload } from '../src/discord/fit.js';
import { inlineCode } from '../src/discord/markdown.js';
import { ephemeral } from '../src/discord/message-payload.js';
import { everywhere } from '../src/commands/install-contexts.js';
import { inSpanish } from '../src/commands/localize.js';
import { messagesEs } from '../src/i18n/messages-es.js';
import { messagesForReader } from '../src/interactions/reader.js';

const SLASH_COMMANDS = ['ask', 'explain', 'define', 'jurisdiction', 'sources', 'about'] as const;

export default {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: 'about',
    ...everywhere(),
    description:
      'What this bot is, how current its knowledge is, what it stores, and how to fix it.',
    ...inSpanish(
      messagesEs.commands.about,
      'Qué es este bot, qué tan al día está, qué guarda y cómo corregirlo.',
    ),
  },
  execute(interaction, { engine, config }) {
    const { knowledge } = engine;
    const m = messagesForReader(interaction);
    const { about } = m;
    const commands = SLASH_COMMANDS.map((name) => inlineCode(`/${m.commands[name]}`)).join(' · ');
    return fitPayload(
      ephemeral({
        embeds: [
          {
            color: COLOR_SOURCED,
            title: about.title,
            description: `${about.description}\n\n${about.languages}`,
            fields: [
              {
                name: about.knowledgeName,
                value: about.knowledge(
                  inlineCode(knowledge.version),
                  knowledge.reviewed,
                  knowledge.entries.length,
                  knowledge.sources.size,
                ),
              },
              { name: about.storesName, value: about.stores(!config.noGapLog) },
              {
                name: about.commandsName,
                value: about.commandList(commands, m.commands.findSources),
              },
              {
                name: about.correctionsName,
                value: config.correctionsUrl
                  ? about.correctionsAt(config.correctionsUrl)
                  : about.corrections,
              },
            ],
            footer: { text: footerText(m, knowledge.version) },
          },
        ],
      }),
    );
  },
} satisfies SlashCommand;
