import type { Answer } from '../answer/answer.js';

/**
 * The JSON line `cli -- ask --json` prints. The fields `query` and `results[].{id, title, snippet,
 * summary, asOf, sources[].{id, title, publisher, date, url}}` are a contract other tools rely on:
 * extend it, never rename.
 */
export function answerJson(answer: Answer) {
  return {
    query: answer.query,
    status: answer.status,
    results: answer.results.map((result) => ({
      id: result.id,
      title: result.title,
      snippet: result.snippet,
      summary: result.summary,
      asOf: result.asOf,
      sources: result.sources.map((source) => ({
        id: source.id,
        title: source.title,
        publisher: source.publisher,
        date: source.date,
        url: source.url,
        number: source.number,
        kind: source.kind,
        ...(source.pinpoint ? { pinpoint: source.pinpoint } : {}),
        ...(source.note ? { note: source.note } : {}),
      })),
      kind: result.kind,
      jurisdiction: result.jurisdiction,
      reviewed: result.reviewed,
      passageId: result.passageId,
      ...(result.heading ? { heading: result.heading } : {}),
      score: result.score,
      related: result.related,
      language: result.language,
      ...(result.translatedOn ? { translatedOn: result.translatedOn } : {}),
    })),
    suggestions: answer.suggestions,
    knowledgeVersion: answer.knowledgeVersion,
    language: answer.language,
  };
}
