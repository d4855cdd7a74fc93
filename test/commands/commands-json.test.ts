import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  ApplicationCommandOptionType,
  ApplicationIntegrationType,
  ApplicationCommandType,
  InteractionContextType,
} from 'discord-api-types/v10';
import { runCli } from '../support/run-cli.js';

// Discord's rules for application commands (docs: interactions/application-commands).
const CHAT_INPUT_NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
const chatInputName = z
  .string()
  .regex(CHAT_INPUT_NAME)
  .refine((n) => n === n.toLowerCase(), 'lower case');
const description = z.string().min(1).max(100);
// Spanish for Spain's and Latin America's Discord apps, the same words for both.
const SPANISH = ['es-ES', 'es-419'] as const;
const spanish = (text: z.ZodType<string>) =>
  z
    .strictObject({ 'es-ES': text, 'es-419': text })
    .refine((map) => map['es-ES'] === map['es-419'], 'the same words for both');
const choice = z.strictObject({
  name: z.string().min(1).max(100),
  name_localizations: spanish(z.string().min(1).max(100)),
  value: z.union([z.string().max(100), z.number()]),
});
const option: z.ZodType = z.object({
  type: z.enum(ApplicationCommandOptionType),
  name: chatInputName,
  name_localizations: spanish(chatInputName),
  description,
  description_localizations: spanish(description),
  get options() {
    return z.array(option).max(25).optional();
  },
  choices: z.array(choice).max(25).optional(),
  required: z.boolean().optional(),
  autocomplete: z.boolean().optional(),
  max_length: z.number().int().min(1).max(6000).optional(),
});
const chatInput = z.strictObject({
  type: z.literal(ApplicationCommandType.ChatInput),
  name: chatInputName,
  name_localizations: spanish(chatInputName),
  description,
  description_localizations: spanish(description),
  options: z.array(option).max(25).optional(),
  // A permission bit set as a decimal string: `/explainer` is for moderators.
  default_member_permissions: z.string().regex(/^\d+$/).optional(),
  contexts: z.array(z.enum(InteractionContextType)).optional(),
  integration_types: z.array(z.enum(ApplicationIntegrationType)).optional(),
});
const messageMenu = z.strictObject({
  type: z.literal(ApplicationCommandType.Message),
  name: z.string().min(1).max(32),
  name_localizations: spanish(z.string().min(1).max(32)),
  contexts: z.array(z.enum(InteractionContextType)).optional(),
  integration_types: z.array(z.enum(ApplicationIntegrationType)).optional(),
});

describe('cli commands --json', async () => {
  const run = await runCli(['commands', '--json']);
  const commands = JSON.parse(run.stdout) as unknown[];

  it('prints the application-command JSON array and exits 0', () => {
    expect(run.code).toBe(0);
    expect(Array.isArray(commands)).toBe(true);
    expect(commands).toHaveLength(8);
  });

  it('names every command in Spanish as well, each its own name', () => {
    const spanishNames = (commands as { name_localizations: Record<string, string> }[]).map(
      (command) => command.name_localizations[SPANISH[1]],
    );
    expect(new Set(spanishNames).size).toBe(commands.length);
    expect(spanishNames).toEqual(expect.arrayContaining(['preguntar', 'explicar', 'definir']));
  });

  it('gives every command a valid name, description and options', () => {
    for (const command of commands) {
      const schema =
        (command as { type: number }).type === ApplicationCommandType.Message
          ? messageMenu
          : chatInput;
      expect(schema.safeParse(command).error?.issues ?? []).toEqual([]);
    }
  });

  it('lists required options before optional ones, as Discord requires', () => {
    for (const command of commands as { options?: { required?: boolean }[] }[]) {
      const required = (command.options ?? []).map((o) => o.required === true);
      expect(required).toEqual([...required].sort((a, b) => Number(b) - Number(a)));
    }
  });

  it('has unique names per command type', () => {
    const keys = (commands as { type: number; name: string }[]).map((c) => `${c.type}:${c.name}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
