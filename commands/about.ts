import { ApplicationCommandType } from 'discord-api-types/v10';
import type { SlashCommand } from '../src/commands/command.js';
import { COLOR_SOURCED, footerText } from '../src/discord/embed-parts.js';
import { fitPayload } from '../src/discord/fit.js';
import { inlineCode } from '../src/discord/markdown.js';
import { ephemeral } from '../src/discord/message-payload.js';

const SLASH_COMMANDS = ['/ask', '/explain', '/define', '/jurisdiction', '/sources', '/about'];

export default {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: 'about',
    description:
      'What this bot is, how current its knowledge is, what it stores, and how to fix it.',
  },
  execute(_interaction, { engine, config }) {
    const { knowledge } = engine;
    const corrections = config.correctionsUrl
      ? `Open an issue at ${config.correctionsUrl} naming the entry (its id is under every answer) and the source that says otherwise.`
      : 'Open an issue in the project’s repository (see its README), naming the entry (its id is under every answer) and the source that says otherwise.';
    return fitPayload(
      ephemeral({
        embeds: [
          {
            color: COLOR_SOURCED,
            title: 'About this bot',
            description:
              'Plain-language, cited answers about US “sanctuary” immigration policies: ICE detainers, ' +
              'information sharing under 8 U.S.C. § 1373, and state and local laws such as Connecticut’s ' +
              'Trust Act. Every answer quotes a curated knowledge base and links its public sources. ' +
              'It is general information, not legal advice: for your own situation, talk to an immigration lawyer.',
            fields: [
              {
                name: 'Knowledge',
                value: `Version ${inlineCode(knowledge.version)}, last reviewed ${knowledge.reviewed}: ${knowledge.entries.length} entries citing ${knowledge.sources.size} sources. Each answer shows the date it is true as of.`,
              },
              {
                name: 'What it stores',
                value:
                  'Nothing personal. Your questions are answered and forgotten: no message history, ' +
                  'no user ids, no server ids are saved. Replies are private to you unless you press ' +
                  '“Share to channel”. To keep things fair it remembers, in memory only and for a few ' +
                  'seconds, a salted hash of your user id (a cooldown), and for a few minutes which ' +
                  'answer was shared in which channel (so it is not posted twice).',
              },
              {
                name: 'Commands',
                value: `${SLASH_COMMANDS.map(inlineCode).join(' · ')}, and “Find sources” on any message (Apps menu).`,
              },
              { name: 'Suggest a correction', value: corrections },
            ],
            footer: { text: footerText(knowledge.version) },
          },
        ],
      }),
    );
  },
} satisfies SlashCommand;
