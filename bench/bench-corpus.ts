/** Every measure of the bench on one knowledge base: start-up, memory and query latency. */
import { answerQuestion } from '../src/answer/answer-question.js';
import type { Knowledge, LoadResult } from '../src/knowledge/knowledge.js';
import {
  buildPassageIndex,
  loadPassageIndex,
  type PassageIndex,
} from '../src/search/passage-index.js';
import { searchPassages } from '../src/search/search-passages.js';
import { knowledgeIn } from '../src/knowledge/language-view.js';
import type { Language } from '../src/knowledge/languages.js';
import {
  measureBuild,
  measureLatency,
  median,
  time,
  timeAsync,
  type Latency,
  type LatencyPlan,
} from './measure.js';
import { buildMiniSearch, searchMiniSearch } from './minisearch-reference.js';
import type { BenchQuery } from './queries.js';

/** A step run several times: the first run is what a fresh process pays, the median what it costs. */
export interface Runs {
  firstMs: number;
  medianMs: number;
  runs: number;
}

export interface CorpusResult {
  name: string;
  loadLabel: string;
  entries: number;
  passages: number;
  vocabulary: number;
  loadCheck: Runs;
  build: Runs;
  /** Load + check + build, first runs: what `npm start` pays before it can answer. */
  startupMs: number;
  serialized: { bytes: number; stringifyMs: number; load: Runs; sameHits: boolean };
  indexHeapBytes: number;
  answerQuestion: Latency;
  searchPassages: Latency;
  miniSearch?: { build: Runs; heapBytes: number; search: Latency };
}

export interface CorpusPlan {
  name: string;
  /** What loading means here: reading the disk, or parsing files already in memory. */
  loadLabel: string;
  load: () => Promise<LoadResult> | LoadResult;
  /** How often each start-up step runs (at least 2: memory is measured on a warm run). */
  runs: number;
  latency: LatencyPlan;
  withMiniSearch: boolean;
  /** The language indexed (the knowledge as its reader sees it): English by default. */
  language?: Language;
}

const runsOf = (ms: number[]): Runs => ({
  firstMs: ms[0] ?? Number.NaN,
  medianMs: median(ms),
  runs: ms.length,
});

const hitIds = (index: PassageIndex, query: string) =>
  searchPassages(index, query)
    .hits.map((hit) => hit.passage.id)
    .join(' ');

function progress(message: string): void {
  process.stderr.write(`  ${message}\n`);
}

async function loadChecked(plan: CorpusPlan): Promise<{ knowledge: Knowledge; loadCheck: Runs }> {
  const times: number[] = [];
  let knowledge: Knowledge | undefined;
  for (let run = 0; run < plan.runs; run++) {
    const { value, ms } = await timeAsync(async () => plan.load());
    if (!value.ok) {
      const first = value.problems[0];
      throw new Error(
        `${plan.name}: knowledge refused (${value.problems.length} problems), first: ${JSON.stringify(first)}`,
      );
    }
    knowledge = value.knowledge;
    times.push(ms);
  }
  return { knowledge: knowledge as Knowledge, loadCheck: runsOf(times) };
}

/** Builds `runs` times; memory is read on the last build, once the stemmer's cache is warm. */
function buildRepeatedly<T>(
  runs: number,
  build: () => T,
): { value: T; times: Runs; heapBytes: number } {
  const times: number[] = [];
  let last: { value: T; ms: number; heapBytes: number } | undefined;
  for (let run = 0; run < runs; run++) {
    last = undefined; // the previous build must be garbage before the heap is measured
    last = measureBuild(build);
    times.push(last.ms);
  }
  const { value, heapBytes } = last as { value: T; heapBytes: number };
  return { value, times: runsOf(times), heapBytes };
}

function measureSerialized(index: PassageIndex, plan: CorpusPlan, queries: readonly BenchQuery[]) {
  const { value: json, ms: stringifyMs } = time(() => JSON.stringify(index.index));
  const loads: number[] = [];
  let loaded: PassageIndex | undefined;
  for (let run = 0; run < plan.runs; run++) {
    loaded = undefined; // as in buildRepeatedly: never two loaded copies alive at once
    const result = time(() =>
      loadPassageIndex(JSON.parse(json) as object, index.knowledge, index.language),
    );
    loaded = result.value;
    loads.push(result.ms);
  }
  // A spot check: the loaded index must answer as the built one does.
  const sample = queries.filter((_, i) => i % 10 === 0);
  const sameHits = sample.every(
    (q) => hitIds(index, q.text) === hitIds(loaded as PassageIndex, q.text),
  );
  return { bytes: Buffer.byteLength(json), stringifyMs, load: runsOf(loads), sameHits };
}

export async function benchCorpus(
  plan: CorpusPlan,
  queries: readonly BenchQuery[],
): Promise<CorpusResult> {
  progress(`${plan.name}: load + check ×${plan.runs}`);
  const { knowledge, loadCheck } = await loadChecked(plan);
  progress(`${plan.name}: index build ×${plan.runs} (${knowledge.passages.length} passages)`);
  const language = plan.language ?? 'en';
  const view = knowledgeIn(knowledge, language);
  const built = buildRepeatedly(plan.runs, () => buildPassageIndex(view, language));
  const index = built.value;
  progress(`${plan.name}: serialized index`);
  const serialized = measureSerialized(index, plan, queries);
  progress(`${plan.name}: searchPassages latency`);
  const search = measureLatency(queries, (q) => searchPassages(index, q), plan.latency);
  progress(`${plan.name}: answerQuestion latency`);
  const answer = measureLatency(queries, (q) => answerQuestion(index, q), plan.latency);
  let miniSearch: CorpusResult['miniSearch'];
  if (plan.withMiniSearch) {
    progress(`${plan.name}: MiniSearch build ×${plan.runs} and latency`);
    const mini = buildRepeatedly(plan.runs, () => buildMiniSearch(knowledge));
    const latency = measureLatency(queries, (q) => searchMiniSearch(mini.value, q), plan.latency);
    miniSearch = { build: mini.times, heapBytes: mini.heapBytes, search: latency };
  }
  return {
    name: plan.name,
    loadLabel: plan.loadLabel,
    entries: knowledge.entries.length,
    passages: knowledge.passages.length,
    vocabulary: index.vocabulary.length,
    loadCheck,
    build: built.times,
    startupMs: loadCheck.firstMs + built.times.firstMs,
    serialized,
    indexHeapBytes: built.heapBytes,
    answerQuestion: answer,
    searchPassages: search,
    ...(miniSearch ? { miniSearch } : {}),
  };
}
