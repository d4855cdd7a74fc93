/**
 * Conformance with Discord's own OpenAPI description of its API and its documented rules, as
 * the local stand-in judges them: every command definition the bot registers, and the replies it
 * gives to every entry, to realistic and hostile questions, to autocomplete and to button
 * presses, in servers and in DMs, including how each would complete a deferral.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ComponentType,
  InteractionContextType,
  InteractionResponseType,
  type APIInteraction,
  type APIInteractionResponse,
  type APIMessage,
} from 'discord-api-types/v10';
import type { MessagePayload } from '../../src/discord/message-payload.js';
import {
  buildAutocompleteInteraction,
  buildButtonInteraction,
  buildMessageCommandInteraction,
  buildSlashInteraction,
  type Actor,
} from '../../src/interactions/build-interaction.js';
import { deferralFor, deliveryAfter } from '../../src/interactions/deferral.js';
import { handleInteraction } from '../../src/interactions/handle-interaction.js';
import { explainerAutocomplete, explainerCommand } from '../pins/explainer-interactions.js';
import {
  refereeCommands,
  refereeResponse,
  refereeWebhookMessage,
} from '../e2e/discord-stand-in/index.js';
import { realCommands, testContext } from '../interactions/context.js';
import { openTestStore } from '../store/temp-store.js';
import { repoRoot } from '../support/run-cli.js';

const PLACES: Actor[] = [
  {},
  { guildId: null, context: InteractionContextType.BotDM },
  { guildId: null, context: InteractionContextType.PrivateChannel },
];

const lines = (file: string) =>
  readFileSync(`${repoRoot}/${file}`, 'utf8').split('\n').filter(Boolean);
const QUESTIONS = [
  ...lines('test/search/paraphrases.jsonl').map((line) => (JSON.parse(line) as { q: string }).q),
  ...lines('test/search/unanswerable.txt'),
  '',
  '@everyone <@1> <@&2> [a link](https://example.com) **bold** `code` > quote',
  'does the jail hold people for ICE? '.repeat(200),
];

const customIdsOf = (message: MessagePayload) =>
  (message.components ?? []).flatMap((row) =>
    row.type === ComponentType.ActionRow
      ? row.components.flatMap((c) => ('custom_id' in c ? [c.custom_id] : []))
      : [],
  );

/** Everything wrong with one exchange: the response itself, and how a deferral would finish. */
function problemsOf(interaction: APIInteraction, response: APIInteractionResponse) {
  const problems = refereeResponse(interaction, response);
  const deferral = deferralFor(interaction);
  if (deferral && response.type !== InteractionResponseType.ApplicationCommandAutocompleteResult) {
    problems.push(...refereeResponse(interaction, deferral));
    const { via, body } = deliveryAfter(deferral, response);
    problems.push(...refereeWebhookMessage(interaction, via, body));
  }
  return problems;
}

describe('conformance with Discord’s OpenAPI description and documented rules', () => {
  it('holds for every command definition the bot registers', async () => {
    expect(refereeCommands((await realCommands()).json())).toEqual([]);
  });

  // About 2,500 replies in two languages, each validated against the whole description.
  it(
    'holds for every reply, button press and autocomplete answer the bot gives',
    { timeout: 90_000 },
    async () => {
      const store = openTestStore();
      const { ctx } = await testContext();
      Object.assign(ctx, { store });
      const engine = ctx.engine;
      let checked = 0;
      const judge = async (interaction: APIInteraction) => {
        const response = await handleInteraction(interaction, ctx);
        checked += 1;
        expect({
          interaction: interaction.data,
          problems: problemsOf(interaction, response),
        }).toEqual({
          interaction: interaction.data,
          problems: [],
        });
        return response;
      };
      /** Presses every button of a reply, on the reply itself, as Discord sends the press. */
      const pressAll = async (reply: APIInteractionResponse, actor: Actor) => {
        if (reply.type !== InteractionResponseType.ChannelMessageWithSource) return;
        for (const customId of customIdsOf(reply.data)) {
          await judge(
            buildButtonInteraction(customId, actor, {
              components: reply.data.components as APIMessage['components'],
            }),
          );
        }
      };

      for (const actor of PLACES) {
        for (const entry of engine.knowledge.entries) {
          const command =
            entry.kind === 'glossary'
              ? ['define', 'term']
              : entry.kind === 'jurisdiction'
                ? ['jurisdiction', 'place']
                : ['explain', 'topic'];
          const [name = '', option = ''] = command;
          await pressAll(
            await judge(buildSlashInteraction(name, { [option]: entry.id }, actor)),
            actor,
          );
          await pressAll(
            await judge(buildSlashInteraction('sources', { topic: entry.id }, actor)),
            actor,
          );
        }
        for (const question of QUESTIONS) {
          await pressAll(await judge(buildSlashInteraction('ask', { question }, actor)), actor);
        }
        for (const [name, option] of [
          ['explain', 'topic'],
          ['define', 'term'],
          ['jurisdiction', 'place'],
          ['sources', 'topic'],
        ] as const) {
          for (const typed of ['', 'det', 'connecticut', '@everyone '.repeat(20)]) {
            await judge(buildAutocompleteInteraction(name, option, typed, actor));
          }
        }
        await judge(buildSlashInteraction('about', {}, actor));
        await judge(buildSlashInteraction('sources', {}, actor));
        await judge(buildSlashInteraction('frobnicate', {}, actor));
        await judge(buildButtonInteraction('page:sources:gone-by-now:2', actor));
        await judge(buildButtonInteraction('share:entry:gone-by-now', actor));
        await judge(buildButtonInteraction('nothing-we-know', actor));
        for (const sub of ['post', 'list', 'remove', 'reload'] as const) {
          await judge(explainerCommand(sub, { topic: 'trust-act', pin: '1' }, actor));
        }
        await judge(explainerAutocomplete('post', 'topic', 'trust', actor));
      }
      for (const claim of ['Detainers are mandatory orders.', '', 'x'.repeat(4000)]) {
        await judge(buildMessageCommandInteraction('Find sources', claim));
      }
      expect(checked).toBeGreaterThan(1000);
    },
  );
});
