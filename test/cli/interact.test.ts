import { describe, expect, it } from 'vitest';
import { InteractionResponseType, type APIInteractionResponse } from 'discord-api-types/v10';
import { validateResponse } from '../../src/discord/validate-payload.js';
import {
  buildAutocompleteInteraction,
  buildButtonInteraction,
  buildMessageCommandInteraction,
  buildPing,
  buildSlashInteraction,
} from '../../src/interactions/build-interaction.js';
import { jsonLines, runCli } from '../support/run-cli.js';

describe('cli interact', () => {
  it('answers one interaction per line, in order: PING 1, commands 4, autocomplete 8, buttons 4', async () => {
    const interactions = [
      buildPing(),
      buildSlashInteraction('ask', { question: 'What is an ICE detainer?' }),
      buildSlashInteraction('explain', { topic: 'detainers-vs-information-sharing' }),
      buildAutocompleteInteraction('explain', 'topic', 'det'),
      buildButtonInteraction('share:entry:detainer'),
      buildMessageCommandInteraction('Find sources', '@everyone detainers are mandatory'),
    ];
    const run = await runCli(['interact'], interactions.map((i) => JSON.stringify(i)).join('\n'));
    expect(run.code).toBe(0);
    const responses = jsonLines(run.stdout) as APIInteractionResponse[];
    expect(responses.map((r) => r.type)).toEqual([
      InteractionResponseType.Pong,
      InteractionResponseType.ChannelMessageWithSource,
      InteractionResponseType.ChannelMessageWithSource,
      InteractionResponseType.ApplicationCommandAutocompleteResult,
      InteractionResponseType.ChannelMessageWithSource,
      InteractionResponseType.ChannelMessageWithSource,
    ]);
    for (const response of responses) expect(validateResponse(response)).toEqual([]);
  });

  it('answers a line that is not JSON, or not an interaction, with {"error"} and carries on', async () => {
    const input = ['{"type": 1', '[1, 2]', '', '{"id": "1"}', JSON.stringify(buildPing())].join(
      '\n',
    );
    const run = await runCli(['interact'], `${input}\n`);
    expect(run.code).toBe(0);
    const lines = jsonLines(run.stdout);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toEqual({ error: expect.stringMatching(/^invalid JSON/) });
    expect(lines[1]).toEqual({ error: expect.stringMatching(/not an interaction/) });
    expect(lines[2]).toEqual({ error: expect.stringMatching(/"type" must be a number/) });
    expect(lines[3]).toEqual({ type: InteractionResponseType.Pong });
  });

  it('keeps stdout to JSON lines: logs, if any, go to stderr', async () => {
    const broken = JSON.stringify({ type: 2, data: null });
    const run = await runCli(['interact'], broken, { LOG_LEVEL: 'debug' });
    const [line] = jsonLines(run.stdout) as APIInteractionResponse[];
    expect(line?.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(run.stderr).toMatch(/interaction handler failed/);
  });
});
