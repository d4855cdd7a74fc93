import { ApplicationCommandType } from 'discord-api-types/v10';
import type { SlashCommand } from '../src/commands/command.js';
import { COLOR_SOURCED, footerText } from '../src/discord/embed-parts.js';
import { fitPayload } from '../src/discord/fit.js';
import { inlineCode } from '../src/discord/markdown.js';
import { ephemeral } from '../src/discord/message-payload.js';
import { everywhere } from '../src/commands/install-contexts.js';

const SLASH_COMMANDS = ['/ask', '/explain', '/define', '/jurisdiction', '/sources', '/about'];

export default {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: 'about',
    ...everywhere(),
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
                  'Nothing personal. No message history, and no user id or server id is saved with ' +
                  'anything you ask. Replies are private to you unless you press “Share to channel”. ' +
                  'For its curators it keeps counts only: which topics were asked about each day, and ' +
                  'how often an answer was marked helpful or not. ' +
                  (config.noGapLog
                    ? 'Questions are not kept. '
                    : 'A question it could not answer is kept as text (numbers, emails and links removed) with the day, so the gap can be filled. ') +
                  'In memory only: a salted hash of your user id for a few seconds (a cooldown), and ' +
                  'for a few minutes which answer was shared in which channel.',
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
