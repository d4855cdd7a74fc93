/**
 * `npm run eval [FILE...]`: how well search answers, through the same path as `ask`. Without files:
 * the public questions (phrase-judged: hit@3 and MRR) and every set in `eval/` (judged by the entry
 * that comes first), then the reading grade of explainer and glossary summaries.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadEngine, describeKnowledgeProblems } from '../app/load-engine.js';
import type { AnswerEngine } from '../app/answer-engine.js';
import {
  judgeEntries,
  parseEntryQuestions,
  summarizeEntries,
  type EntrySummary,
} from '../eval/entry-eval.js';
import { floorsFor, floorsMissed, PUBLIC_HIT_AT_3 } from '../eval/eval-floors.js';
import { summaryGrades } from '../eval/readability-report.js';
import { replyLengths } from '../eval/reply-lengths.js';
import { ANSWER_VISIBLE_BUDGET, renderAnswer } from '../discord/render-answer.js';
import { visibleLength } from '../discord/visible-text.js';
import type { Answer } from '../answer/answer.js';
import type { Language } from '../knowledge/languages.js';
import { judge, parseEvalQuestions, summarize } from '../eval/retrieval-eval.js';
import { exitQuietlyOnClosedPipe } from './closed-pipe.js';

export const DEFAULT_EVAL_FILE = '../shared/eval/questions.jsonl';
export const PROJECT_SETS = 'eval';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const verbose = process.argv.includes('--misses');

/** Public-format files hold `expect` phrase groups; the project's hold `first` entry ids. */
const isPublicFormat = (jsonl: string) => /"expect"\s*:/.test(jsonl.split('\n')[0] ?? '');

function reportPublic(engine: AnswerEngine, jsonl: string): boolean {
  const questions = parseEvalQuestions(jsonl);
  const summary = summarize(questions.map((q) => judge(q, engine.ask(q.q))));
  for (const miss of summary.misses) {
    const top = engine
      .ask(miss.question.q)
      .results.slice(0, 3)
      .map((r) => r.id);
    console.log(`miss: ${miss.question.q}\n      top: ${top.join(', ') || '(no answer)'}`);
  }
  console.log(`questions: ${summary.total}`);
  console.log(`hit@3: ${pct(summary.hitAt3)} (${summary.hits}/${summary.total})`);
  console.log(`MRR: ${summary.mrr.toFixed(3)}`);
  return summary.hitAt3 >= PUBLIC_HIT_AT_3;
}

function printEntrySummary(name: string, summary: EntrySummary): void {
  const parts = [
    `${summary.answerable} to answer, ${summary.outOfScope} to decline`,
    ...(summary.answerable
      ? [
          `first ${pct(summary.first)}`,
          `hit@3 ${pct(summary.hitAt3)}`,
          `MRR ${summary.mrr.toFixed(3)}`,
          `wrongly declined ${summary.wronglyDeclined}`,
          `old or news first ${summary.oldFirst}`,
        ]
      : []),
    ...(summary.outOfScope ? [`padded ${summary.padded}`] : []),
  ];
  console.log(`${name}: ${parts.join(' · ')}`);
  if (!verbose) return;
  for (const miss of summary.misses) {
    const want = miss.question.first.join('|') || '(decline)';
    console.log(
      `  [${miss.question.style}] ${miss.question.q}\n    want ${want} · got ${miss.got.slice(0, 3).join(', ') || '(declined)'}`,
    );
  }
}

/** What a reader of each language sees of the `/ask` replies to the questions asked here. */
const shownLengths = new Map<Language, number[]>();

function noteReplyLength(answer: Answer): void {
  if (answer.status !== 'answered') return;
  const lengths = shownLengths.get(answer.language) ?? [];
  lengths.push(visibleLength(renderAnswer(answer, { ephemeral: true })));
  shownLengths.set(answer.language, lengths);
}

function reportEntries(engine: AnswerEngine, file: string, jsonl: string, label: string): boolean {
  const questions = parseEntryQuestions(jsonl);
  const summary = summarizeEntries(
    questions.map((q) => {
      const answer = engine.ask(q.q);
      noteReplyLength(answer);
      return judgeEntries(q, answer);
    }),
  );
  printEntrySummary(label, summary);
  const missed = floorsMissed(summary, floorsFor(path.basename(file, '.jsonl')));
  for (const floor of missed) console.log(`  below its floor: ${floor}`);
  return missed.length === 0;
}

async function projectSets(): Promise<string[]> {
  if (!existsSync(PROJECT_SETS)) return [];
  const files = (await readdir(PROJECT_SETS)).filter((f) => f.endsWith('.jsonl')).sort();
  return files.map((f) => path.join(PROJECT_SETS, f));
}

exitQuietlyOnClosedPipe();
const loaded = await loadEngine();
if (!loaded.ok) {
  console.error(describeKnowledgeProblems(loaded.problems));
  process.exit(1);
}
const { engine } = loaded;
const named = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const publicFile = process.env.EVAL_FILE ?? DEFAULT_EVAL_FILE;
const files = named.length > 0 ? named : [publicFile, ...(await projectSets())];
let passed = true;
for (const file of files) {
  if (!existsSync(file)) {
    if (file !== DEFAULT_EVAL_FILE) {
      // A file someone named is a mistake to point out; the default one may simply not be here.
      console.error(
        `eval: the questions file ${file} does not exist. Name one (npm run eval FILE, or EVAL_FILE): ` +
          `one JSON object a line, {"q": "a question", "expect": [["a phrase", "or another"], …]} ` +
          `or {"q": "a question", "first": ["entry-id"]}.`,
      );
      process.exit(2);
    }
    console.error(
      `not found: ${file} (the public questions sit beside this project in ../shared; skipped)`,
    );
    continue;
  }
  const jsonl = await readFile(file, 'utf8');
  const ok = isPublicFormat(jsonl)
    ? reportPublic(engine, jsonl)
    : reportEntries(engine, file, jsonl, named.length > 0 ? file : path.basename(file, '.jsonl'));
  passed &&= ok;
}
const grades = summaryGrades(engine.knowledge);
const bands = Object.entries(grades.byGrade)
  .map(([grade, n]) => `${grade}: ${n}`)
  .join(', ');
console.log(
  `summary reading grade (${grades.kinds.join(' and ')}, ${grades.count}): mean ${grades.mean.toFixed(1)} · median ${grades.median.toFixed(1)} · max ${grades.max.toFixed(1)} · above 8: ${grades.aboveLimit} · by grade ${bands}`,
);
const lengths = replyLengths(shownLengths, ANSWER_VISIBLE_BUDGET)
  .map(
    (r) =>
      `${r.language} median ${r.median}, max ${r.max}, over ${ANSWER_VISIBLE_BUDGET}: ${r.overBudget}`,
  )
  .join(' · ');
if (lengths)
  console.log(`/ask reply, visible characters, of the questions answered above: ${lengths}`);
process.exitCode = passed ? 0 : 1;
