import { languages } from '../knowledge/languages.js';
import {
  ApplicationCommandOptionType,
  type APIApplicationCommandOption,
  type APIInteraction,
} from 'discord-api-types/v10';
import type { CommandRegistry } from '../commands/load-commands.js';
import { isSlashCommand } from '../commands/load-commands.js';
import type { Config } from '../config.js';
import {
  buildAutocompleteInteraction,
  buildMessageCommandInteraction,
  buildPing,
  buildSlashInteraction,
} from '../interactions/build-interaction.js';
import { handleInteraction } from '../interactions/handle-interaction.js';
import { createInteractionContext } from '../interactions/interaction-context.js';
import { silentLogger } from '../log.js';
import type { AnswerEngine } from './answer-engine.js';

export interface WarmUpParts {
  engine: AnswerEngine;
  config: Config;
  commands: CommandRegistry;
}

/** Times each kind of interaction runs: once compiles every path; the questions below do the rest. */
const ROUNDS = 1;
/**
 * Distinct questions asked on top, over both languages: one per language builds that index's
 * lazily made tables and compiles the answer path. Workers run in lite mode (no optimizing
 * compiler), so more questions only delay listening: measured with two workers on two cores, the
 * second started once the first listens, 8 questions made the first answer about 100 ms later
 * than 2 (medians of 6 runs), and with 2 the slowest of the first 200 requests at 100 a second
 * stayed under 40 ms.
 */
const QUESTIONS = 2;

const isString = (option: APIApplicationCommandOption) =>
  option.type === ApplicationCommandOptionType.String;

/**
 * Interactions of every kind the commands take, filled from the knowledge itself: titles and ids
 * of its entries, the words of a passage, and a question it cannot answer. A command whose
 * options are not plain strings (subcommands) is left out.
 */
function sampleInteractions({ engine, commands }: WarmUpParts, round: number): APIInteraction[] {
  const { entries, passages } = engine.knowledge;
  const entry = entries[round % Math.max(1, entries.length)];
  const samples = [entry?.title ?? '', entry?.id ?? '', 'zzqx unrelated wording'];
  const sample = samples[round % samples.length] as string;
  const interactions: APIInteraction[] = [buildPing()];
  for (const command of commands.all) {
    if (!isSlashCommand(command)) {
      interactions.push(buildMessageCommandInteraction(command.data.name, passages[0]?.text ?? ''));
      continue;
    }
    const options = command.data.options ?? [];
    if (!options.every(isString)) continue;
    interactions.push(
      buildSlashInteraction(
        command.data.name,
        Object.fromEntries(options.map((option) => [option.name, sample])),
      ),
    );
    for (const option of options.filter((o) => isString(o) && o.autocomplete)) {
      const typed = sample.split(' ')[0] ?? '';
      interactions.push(buildAutocompleteInteraction(command.data.name, option.name, typed));
    }
  }
  return interactions;
}

/**
 * Questions from the knowledge's own passages in every language, spread over all of it: their
 * first words. Each language's index is made and exercised here, not at a first real question.
 */
function passageQuestions({ engine }: WarmUpParts, count: number): string[] {
  return Object.values(engine.indexes).flatMap(({ knowledge: { passages } }) => {
    const perLanguage = Math.ceil(count / languages.length);
    const step = Math.max(1, Math.floor(passages.length / perLanguage));
    return passages
      .filter((_, i) => i % step === 0)
      .slice(0, perLanguage)
      .map((passage) => passage.text.split(/\s+/).slice(0, 12).join(' '));
  });
}

/** Slash commands that take free text alone (a question), not a topic picked from a list. */
function questionCommands({ commands }: WarmUpParts) {
  return commands.all.filter(isSlashCommand).filter((command) => {
    const options = command.data.options ?? [];
    return options.length === 1 && options.every((o) => isString(o) && !o.autocomplete);
  });
}

/**
 * Runs interactions of every kind through the core before a transport takes real ones, so that
 * the first people to ask do not wait while V8 compiles search, rendering and fitting. It runs in
 * a context of its own: no store, no Discord, no cooldown or share memory of real people, so
 * nothing is recorded or sent.
 */
export async function warmUp(parts: WarmUpParts): Promise<void> {
  const { engine, config, commands } = parts;
  // No cooldown: the samples all come from one made-up person.
  const ctx = createInteractionContext({
    engine,
    config: { ...config, cooldownSeconds: 0 },
    commands,
    log: silentLogger(),
  });
  const interactions = Array.from({ length: ROUNDS }, (_, round) =>
    sampleInteractions(parts, round),
  ).flat();
  for (const command of questionCommands(parts)) {
    const [option] = command.data.options ?? [];
    for (const question of passageQuestions(parts, QUESTIONS)) {
      interactions.push(
        buildSlashInteraction(command.data.name, { [option?.name ?? '']: question }),
      );
    }
  }
  for (const interaction of interactions) {
    // Serialized as the endpoint sends it: JSON.stringify is part of every reply.
    JSON.stringify(await handleInteraction(interaction, ctx));
  }
}
