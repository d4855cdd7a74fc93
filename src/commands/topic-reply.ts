import type { EntryRef } from '../answer/answer.js';
import type { AnswerEngine } from '../app/answer-engine.js';
import type { MessagePayload } from '../discord/message-payload.js';
import { renderAnswer } from '../discord/render-answer.js';
import { renderEntry } from '../discord/render-entry.js';
import { unknownTopicNotice, type TopicOption } from '../discord/render-notice.js';
import { rankEntryChoices } from '../interactions/autocomplete.js';
import { cutInput } from '../interactions/cut-input.js';
import { messagesFor } from '../i18n/messages.js';
import { privateFor, type Reader } from '../interactions/reader.js';
import type { EntryKind } from '../knowledge/schema.js';
import type { Language } from '../knowledge/languages.js';

/** The longest topic, term or place worth searching: Discord sends at most the option's max_length. */
export const TOPIC_MAX = 100;

const SUGGESTED = 5;

/** Entries of `kinds` that look like what was typed, for "perhaps one of these". */
export function suggestEntries(
  engine: AnswerEngine,
  typed: string,
  kinds?: readonly EntryKind[],
  language: Language = 'en',
): EntryRef[] {
  const { knowledge } = engine.indexes[language];
  return rankEntryChoices(engine, typed, { ...(kinds ? { kinds } : {}), language })
    .slice(0, SUGGESTED)
    .map((choice) => knowledge.entriesById.get(choice.value))
    .filter((entry) => entry !== undefined)
    .map((entry) => ({ id: entry.id, title: entry.title, kind: entry.kind }));
}

/**
 * The private reply for `/explain`, `/define` and `/jurisdiction`: the entry the person named (id,
 * alias or title, as autocomplete fills in), or, for free text that names none, a search: the
 * sourced answer when there is one, otherwise a short notice with entries to try.
 */
export function topicReply(
  engine: AnswerEngine,
  reader: Reader,
  typed: string,
  option: TopicOption,
  kinds?: readonly EntryKind[],
  /** Told which entry was shown: requested-topic counts for curators. */
  onEntryShown?: (entryId: string) => void,
): MessagePayload {
  const text = cutInput(typed, TOPIC_MAX);
  const entry = engine.find(text);
  const options = privateFor(reader);
  if (entry) {
    onEntryShown?.(entry.id);
    return renderEntry(engine.view(entry, reader.language), options);
  }
  // Free text is a question: its answer follows its own language when that is clear.
  const answer = engine.ask(text, reader.locale ? { locale: reader.locale } : {});
  if (answer.status === 'answered') return renderAnswer(answer, options);
  const { language } = answer;
  const suggestions = suggestEntries(engine, text, kinds, language);
  // A directory look-up that finds nothing still shows what the directory holds.
  const directory = engine.indexes[language].knowledge.entries
    .filter((e) => (kinds ? kinds.includes(e.kind) : e.kind === 'explainer'))
    .slice(0, SUGGESTED)
    .map((e) => ({ id: e.id, title: e.title, kind: e.kind }));
  const offered = [suggestions, answer.suggestions, directory].find((list) => list.length > 0);
  return unknownTopicNotice(messagesFor(language, reader.language), text, option, offered ?? []);
}
