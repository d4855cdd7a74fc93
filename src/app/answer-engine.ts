import type { Answer } from '../answer/answer.js';
import { answerQuestion } from '../answer/answer-question.js';
import { explainers, findEntry } from '../answer/entry-refs.js';
import { entryView, type EntryView } from '../answer/entry-view.js';
import type { Entry, Knowledge } from '../knowledge/knowledge.js';
import { buildPassageIndex, type PassageIndex } from '../search/passage-index.js';

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

export function createAnswerEngine(knowledge: Knowledge): AnswerEngine {
  const index = buildPassageIndex(knowledge);
  return {
    knowledge,
    index,
    ask: (question) => answerQuestion(index, question),
    find: (typed) => findEntry(knowledge, typed),
    view: (entry) => entryView(entry, knowledge),
    explainers: () => explainers(knowledge),
  };
}
