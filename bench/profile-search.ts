/**
 * A steady query loop on the generated 10,000 passages, to be run under the V8 profiler:
 *
 *   node --cpu-prof --cpu-prof-dir=profiles --import tsx bench/profile-search.ts [--answer] [seconds]
 *
 * Only the query loop is worth reading in the profile; set-up runs first and is easy to tell apart.
 */
import { answerQuestion } from '../src/answer/answer-question.js';
import { buildKnowledge } from '../src/knowledge/knowledge.js';
import { loadKnowledge, todayIso } from '../src/knowledge/load-knowledge.js';
import { buildPassageIndex } from '../src/search/passage-index.js';
import { searchPassages } from '../src/search/search-passages.js';
import { CORPUS_ROOT, generateCorpus } from './generate-corpus.js';
import { loadQueries } from './queries.js';

const answer = process.argv.includes('--answer');
const seconds = Number(process.argv.find((arg) => /^\d+$/.test(arg)) ?? 20);

const seed = await loadKnowledge();
if (!seed.ok) throw new Error('the shipped knowledge does not load: run npm run kb:check');
const loaded = buildKnowledge(generateCorpus(seed.knowledge).files, CORPUS_ROOT, todayIso());
if (!loaded.ok) throw new Error('the generated knowledge does not load');
const index = buildPassageIndex(loaded.knowledge);
const { queries } = await loadQueries();
const run = (q: string) => (answer ? answerQuestion(index, q) : searchPassages(index, q));

const started = performance.now();
let calls = 0;
while (performance.now() - started < seconds * 1000) {
  for (const { text } of queries) run(text);
  calls += queries.length;
}
const elapsed = performance.now() - started;
console.log(
  `${calls} ${answer ? 'answerQuestion' : 'searchPassages'} calls, ${(elapsed / calls).toFixed(2)} ms mean`,
);
