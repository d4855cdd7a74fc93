import { ApplicationCommandType, InteractionResponseType } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { createCommandRegistry } from '../../src/commands/load-commands.js';
import type { SlashCommand } from '../../src/commands/command.js';
import { answerInTime } from '../../src/http/answer-in-time.js';
import { makeInteraction } from '../e2e/discord-stand-in/index.js';
import { testContext } from '../interactions/context.js';

/** A command that holds the thread while it works, as reloading the knowledge does. */
function holdingCommand(name: string, defersAtOnce?: SlashCommand['defersAtOnce']) {
  const started: string[] = [];
  const command: SlashCommand = {
    data: { type: ApplicationCommandType.ChatInput, name, description: 'holds the thread' },
    ...(defersAtOnce ? { defersAtOnce } : {}),
    execute() {
      started.push(name);
      const until = Date.now() + 30;
      while (Date.now() < until);
      return { content: 'done' };
    },
  };
  return { command, started };
}

describe('answering in time', () => {
  it('defers a command slow by nature before its work starts, then delivers its answer', async () => {
    const slow = holdingCommand('slow', () => true);
    const { ctx } = await testContext({ commands: createCommandRegistry([slow.command]) });
    const answer = await answerInTime(makeInteraction.chatInput('slow'), ctx, 2000);
    expect(answer.now.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    expect(slow.started).toEqual([]);
    const later = await answer.later;
    expect(later?.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(slow.started).toEqual(['slow']);
  });

  it('answers directly what is ready within the wait, when the command is not slow here', async () => {
    const quick = holdingCommand('quick', () => false);
    const { ctx } = await testContext({ commands: createCommandRegistry([quick.command]) });
    const answer = await answerInTime(makeInteraction.chatInput('quick'), ctx, 2000);
    expect(answer.now.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(answer.later).toBeUndefined();
  });
});
