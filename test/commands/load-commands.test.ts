import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApplicationCommandType } from 'discord-api-types/v10';
import {
  CommandModuleError,
  createCommandRegistry,
  loadCommands,
  toCommand,
} from '../../src/commands/load-commands.js';
import type { SlashCommand } from '../../src/commands/command.js';

const about = {
  data: { type: ApplicationCommandType.ChatInput, name: 'about', description: 'About.' },
  execute: () => ({ content: 'about' }),
} satisfies SlashCommand;

describe('loading command modules', () => {
  it('loads every module in commands/, one command each', async () => {
    const registry = await loadCommands();
    expect(registry.all.map((c) => c.data.name).sort()).toEqual(
      [
        'Find sources',
        'about',
        'ask',
        'define',
        'explain',
        'explainer',
        'jurisdiction',
        'sources',
      ].sort(),
    );
    expect(registry.slash('ask')?.data.name).toBe('ask');
    expect(registry.message('Find sources')?.data.name).toBe('Find sources');
    expect(registry.slash('Find sources')).toBeUndefined();
  });

  it('refuses a module without a default export', () => {
    expect(() => toCommand('commands/x.ts', { data: about.data })).toThrow(
      /x\.ts: has no default export/,
    );
  });

  it('refuses a module whose export lacks data', () => {
    expect(() => toCommand('commands/x.ts', { default: { execute: () => ({}) } })).toThrow(
      /x\.ts: .*no "data"/,
    );
  });

  it('refuses a module whose export lacks execute', () => {
    expect(() => toCommand('commands/x.ts', { default: { data: about.data } })).toThrow(
      /x\.ts: .*no "execute"/,
    );
  });

  it('refuses data without a command type', () => {
    const untyped = { ...about, data: { ...about.data, type: undefined } };
    expect(() => toCommand('commands/x.ts', { default: untyped })).toThrow(CommandModuleError);
  });

  it('refuses a command that says it is slow without saying for which interactions', () => {
    expect(() => toCommand('commands/x.ts', { default: { ...about, defersAtOnce: true } })).toThrow(
      /x\.ts: "defersAtOnce" must be a function/,
    );
  });

  it('refuses two commands with one name', () => {
    expect(() => createCommandRegistry([about, about])).toThrow(/two commands are named "about"/);
  });

  it('refuses loudly when a file in the folder is broken', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'commands-'));
    await writeFile(
      join(dir, 'broken.mjs'),
      'export default { data: { name: "broken", type: 1 } };\n',
    );
    await expect(loadCommands(dir)).rejects.toThrow(/commands\/broken\.mjs: .*no "execute"/);
  });
});
