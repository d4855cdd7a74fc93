import type { APIApplicationCommandOptionChoice } from 'discord-api-types/v10';
import type { AnswerEngine } from '../app/answer-engine.js';
import { FLAGSHIP_EXPLAINER } from '../answer/entry-refs.js';
import { truncateText } from '../discord/fit.js';
import { AUTOCOMPLETE_CHOICES_MAX, CHOICE_NAME_MAX, CHOICE_VALUE_MAX } from '../discord/limits.js';
import type { Entry } from '../knowledge/knowledge.js';
import { cutInput } from './cut-input.js';
import type { EntryKind } from '../knowledge/schema.js';
import type { Language } from '../knowledge/languages.js';

export interface ChoiceOptions {
  /** Only entries of these kinds; all kinds when absent. */
  kinds?: readonly EntryKind[];
  /** The reader's language: titles are offered (and matched) in it where translated. */
  language?: Language;
}

const normalize = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

/** Explainers first (the flagship before them all), then by title: the reading order people expect. */
function byReadingOrder(a: Entry, b: Entry): number {
  const rank = (e: Entry) => (e.id === FLAGSHIP_EXPLAINER ? 0 : e.kind === 'explainer' ? 1 : 2);
  return rank(a) - rank(b) || a.title.localeCompare(b.title);
}

/**
 * Autocomplete choices for a topic, term or place. Ranks an exact id or alias first, then titles
 * (and ids or aliases) that start with what was typed, then titles that contain it, then entries
 * whose content matches it as a question. Free text that names nothing still gets content matches;
 * the command treats an unmatched value as a query. Discord allows 25 choices, names and values of
 * at most 100 characters; what was typed is cut to that length too, since no longer text can name
 * a choice (a client may send up to the option's 6,000 characters on every keystroke).
 */
export function rankEntryChoices(
  engine: AnswerEngine,
  input: string,
  { kinds, language = 'en' }: ChoiceOptions = {},
): APIApplicationCommandOptionChoice<string>[] {
  const { knowledge } = engine.indexes[language];
  const typed = cutInput(input, CHOICE_VALUE_MAX);
  const allowed = (e: Entry) =>
    (!kinds || kinds.includes(e.kind)) && e.id.length <= CHOICE_VALUE_MAX;
  const candidates = knowledge.entries.filter(allowed).sort(byReadingOrder);
  const key = normalize(typed);
  const tiers: Entry[][] = [];
  if (!key) {
    tiers.push(candidates);
  } else {
    const names = (e: Entry) => [e.id, ...e.aliases.map(normalize)];
    const title = (e: Entry) => normalize(e.title);
    tiers.push(
      candidates.filter((e) => names(e).includes(key) || title(e) === key),
      candidates.filter((e) => title(e).startsWith(key)),
      candidates.filter((e) => names(e).some((name) => name.startsWith(key))),
      candidates.filter((e) => title(e).includes(key)),
      engine
        .ask(typed, { language })
        .results.map((r) => knowledge.entriesById.get(r.id))
        .filter((e): e is Entry => e !== undefined && allowed(e)),
    );
  }
  const ranked = new Map<string, Entry>();
  for (const entry of tiers.flat()) if (!ranked.has(entry.id)) ranked.set(entry.id, entry);
  return [...ranked.values()].slice(0, AUTOCOMPLETE_CHOICES_MAX).map((entry) => ({
    name: truncateText(entry.title, CHOICE_NAME_MAX),
    value: entry.id,
  }));
}
