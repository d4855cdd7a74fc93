import { describe, expect, it } from 'vitest';
import { ApplicationCommandOptionType as OptionType } from 'discord-api-types/v10';
import type { SlashCommand } from '../../src/commands/command.js';
import { commandInteraction, completionInteraction } from '../../src/console/console-commands.js';
import { realCommands } from '../interactions/context.js';

const slash = async (name: string) => {
  const command = (await realCommands()).slash(name);
  if (!command) throw new Error(`no /${name}`);
  return command as SlashCommand;
};
const optionsOf = (result: unknown) =>
  typeof result === 'string' ? result : (result as { data: { options?: unknown } }).data.options;

describe('console command lines', () => {
  it('takes a command’s one text option with or without its name', async () => {
    const explain = await slash('explain');
    const expected = [{ type: OptionType.String, name: 'topic', value: 'trust act' }];
    expect(optionsOf(commandInteraction(explain, 'trust act', {}))).toEqual(expected);
    expect(optionsOf(commandInteraction(explain, 'topic:trust act', {}))).toEqual(expected);
  });

  it('reads a subcommand and its options as Discord sends them, a channel as its id', async () => {
    const explainer = await slash('explainer');
    expect(
      optionsOf(
        commandInteraction(explainer, 'post topic:trust-act channel:<#300000000000000002>', {}),
      ),
    ).toEqual([
      {
        type: OptionType.Subcommand,
        name: 'post',
        options: [
          { type: OptionType.String, name: 'topic', value: 'trust-act' },
          { type: OptionType.Channel, name: 'channel', value: '300000000000000002' },
        ],
      },
    ]);
    expect(optionsOf(commandInteraction(explainer, 'list', {}))).toEqual([
      { type: OptionType.Subcommand, name: 'list', options: [] },
    ]);
  });

  it('says how to use a command when a required option or the subcommand is missing', async () => {
    expect(commandInteraction(await slash('define'), '', {})).toBe('Usage: /define <term>');
    expect(commandInteraction(await slash('explainer'), 'pin it', {})).toMatch(
      /^Usage: \/explainer post\|list\|remove\|reload/,
    );
  });

  it('focuses the option typed last for autocomplete, even half typed', async () => {
    const explainer = await slash('explainer');
    expect(optionsOf(completionInteraction(explainer, 'remove pin:', {}))).toEqual([
      {
        type: OptionType.Subcommand,
        name: 'remove',
        options: [{ type: OptionType.String, name: 'pin', value: '', focused: true }],
      },
    ]);
  });
});
