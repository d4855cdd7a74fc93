import { passageLanguage } from '../knowledge/language-view.js';
import type { Answer, AnswerResult } from '../answer/answer.js';
import { passageResult } from '../answer/answer-question.js';
import type { AnswerEngine } from '../app/answer-engine.js';
import type { MessagePayload } from '../discord/message-payload.js';
import { renderAnswer } from '../discord/render-answer.js';
import { renderEntry } from '../discord/render-entry.js';
import { renderSources } from '../discord/render-sources.js';
import { resolvePassageKeys, type ShareTarget } from '../discord/share-id.js';
import type { Language } from '../knowledge/languages.js';
import { servedPassageIds } from './served-passages.js';

/**
 * The answer a share button names, rebuilt from its passages alone: the question is not in the
 * button (a person may have asked about themselves), so nothing is bolded as matched.
 */
function answerFromPassages(
  engine: AnswerEngine,
  passageIds: readonly string[],
  language: Language,
): Answer {
  const { knowledge } = engine;
  const index = engine.indexes[language];
  const results = passageIds.flatMap((passageId): AnswerResult[] => {
    const passage = index.passagesById.get(passageId);
    const entry = passage && index.knowledge.entriesById.get(passage.entryId);
    if (!passage || !entry) return [];
    return [passageResult(index.knowledge, entry, passage, { terms: new Set(), score: 0 })];
  });
  return {
    query: '',
    status: 'answered',
    results,
    suggestions: [],
    knowledgeVersion: knowledge.version,
    language,
    notices: [],
  };
}

/**
 * The public copy a "Share to channel" press posts, rebuilt statelessly from the button's target,
 * or undefined when what it named is gone (the knowledge changed since the private reply).
 */
export function renderSharedCopy(
  engine: AnswerEngine,
  target: ShareTarget,
  /** The sharer's user id: the copy names them by a mention, never by a nickname. */
  sharedBy: string,
): MessagePayload | undefined {
  const options = { ephemeral: false, sharedBy };
  if (target.kind === 'answer') {
    const ids = resolvePassageKeys(target.passageKeys, servedPassageIds(engine));
    // An id from before replies had languages: the language its first passage is written in.
    const language = target.language ?? passageLanguage(ids[0] ?? '');
    return ids.length > 0
      ? renderAnswer(answerFromPassages(engine, ids, language), options)
      : undefined;
  }
  const entry = engine.knowledge.entriesById.get(target.entryId);
  if (!entry) return undefined;
  const view = engine.view(entry, target.language);
  return target.kind === 'entry' ? renderEntry(view, options) : renderSources(view, options);
}
