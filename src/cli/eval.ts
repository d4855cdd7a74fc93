/** `npm run eval [FILE]`: hit@3 and MRR of the retrieval questions, through the same path as `ask`. */
import { readFile } from 'node:fs/promises';
import { loadEngine, describeKnowledgeProblems } from '../app/load-engine.js';
import { judge, parseEvalQuestions, summarize } from '../eval/retrieval-eval.js';
import { exitQuietlyOnClosedPipe } from './closed-pipe.js';

export const DEFAULT_EVAL_FILE = '../shared/eval/questions.jsonl';
export const REQUIRED_HIT_AT_3 = 0.95;

exitQuietlyOnClosedPipe();
const file = process.argv[2] ?? process.env.EVAL_FILE ?? DEFAULT_EVAL_FILE;
const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
  // The default file lives beside the project, in the shared folder it was developed with.
  const missing = error.code === 'ENOENT' ? 'does not exist' : `cannot be read (${error.code})`;
  console.error(
    `eval: the questions file ${file} ${missing}. Name one (npm run eval FILE, or EVAL_FILE): ` +
      `one JSON object a line, {"q": "a question", "expect": [["a phrase", "or another"], …]}.`,
  );
  process.exit(2);
});
const loaded = await loadEngine();
if (!loaded.ok) {
  console.error(describeKnowledgeProblems(loaded.problems));
  process.exit(1);
}
const questions = parseEvalQuestions(text);
const summary = summarize(questions.map((q) => judge(q, loaded.engine.ask(q.q))));

for (const miss of summary.misses) {
  const answer = loaded.engine.ask(miss.question.q);
  const top =
    answer.results
      .slice(0, 3)
      .map((r) => r.id)
      .join(', ') || '(no answer)';
  console.log(`miss: ${miss.question.q}\n      top: ${top}`);
}
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
console.log(`questions: ${summary.total}`);
console.log(`hit@3: ${pct(summary.hitAt3)} (${summary.hits}/${summary.total})`);
console.log(`MRR: ${summary.mrr.toFixed(3)}`);
process.exitCode = summary.hitAt3 >= REQUIRED_HIT_AT_3 ? 0 : 1;
