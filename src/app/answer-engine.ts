import type { Answer } from '../answer/answer.js';
import { answerQuestion } from '../answer/answer-question.js';
import { explainers, findEntry } from '../answer/entry-refs.js';
import { entryView, type EntryView } from '../answer/entry-view.js';
import type { Entry, Knowledge } from '../knowledge/knowledge.js';
import { buildPassageIndex, type PassageIndex } from '../search/passage-index.js';
import { cutInput } from '../interactions/cut-input.js';
import { rememberRecent } from './recent.js';

/** Distinct questions whose answers are kept in memory (never on disk, never with who asked). */
export const RECENT_ANSWERS = 500;
/**
 * Longer questions are answered without being remembered: a command cuts what people type well
 * below this, and the cache must never hold 500 inputs of any length a caller passes.
 */
export const REMEMBERED_QUESTION_MAX = 1000;

/** The answer engine over one checked knowledge base: everything a front end asks of the core. */
export interface AnswerEngine {
  knowledge: Knowledge;
  index: PassageIndex;
  ask(question: string): Answer;
  /** The entry a person named (id, alias or title), or undefined. */
  find(typed: string): Entry | undefined;
  view(entry: Entry): EntryView;
  explainers(): Entry[];
}

/**
 * An engine for one knowledge version: its remembered answers go when the knowledge is reloaded.
 * `index` is built from `knowledge` unless given (loaded from a snapshot of this knowledge).
 */
export function createAnswerEngine(
  knowledge: Knowledge,
  index: PassageIndex = buildPassageIndex(knowledge),
): AnswerEngine {
  const views = new Map<string, EntryView>();
  const remembered = rememberRecent((question) => answerQuestion(index, question), RECENT_ANSWERS);
  return {
    knowledge,
    index,
    ask: (question) =>
      question.length > REMEMBERED_QUESTION_MAX
        ? answerQuestion(index, question)
        : // A copy: the question may be a slice that would keep a much longer string alive.
          remembered(cutInput(question, REMEMBERED_QUESTION_MAX)),
    find: (typed) => findEntry(knowledge, typed),
    view: (entry) => {
      let view = views.get(entry.id);
      if (!view) views.set(entry.id, (view = entryView(entry, knowledge)));
      return view;
    },
    explainers: () => explainers(knowledge),
  };
}
