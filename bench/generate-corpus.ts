/**
 * A large, deterministic knowledge base for benchmarks: Markdown files and `sources.yaml` in memory,
 * valid for `buildKnowledge`, so the bench measures the same load, check and index steps the bot runs.
 */
import type { KnowledgeFiles, TextFile } from '../src/knowledge/knowledge-files.js';
import type { Knowledge } from '../src/knowledge/knowledge.js';
import { words } from '../src/search/analyze.js';

export interface CorpusShape {
  seed: number;
  passages: number;
  wordsPerPassage: number;
  passagesPerEntry: number;
  /** Distinct words to draw from: the shipped knowledge's words, topped up with generated ones. */
  vocabulary: number;
  sources: number;
}

export const DEFAULT_SHAPE: CorpusShape = {
  seed: 20_260_115,
  passages: 10_000,
  wordsPerPassage: 80,
  passagesPerEntry: 5,
  vocabulary: 20_000,
  sources: 250,
};

export const CORPUS_ROOT = 'knowledge';

/** Curated questions per generated entry: about what the shipped entries have. */
const QUESTIONS_PER_ENTRY = 20;

/** mulberry32: small, fast and the same on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const ONSETS = [
  'b',
  'c',
  'd',
  'f',
  'g',
  'j',
  'l',
  'm',
  'n',
  'p',
  'pr',
  'r',
  's',
  'st',
  't',
  'tr',
  'v',
];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'io'];
const SUFFIXES = [
  'ment',
  'tion',
  'ance',
  'ity',
  'ive',
  'ory',
  'ure',
  'al',
  'ant',
  'ary',
  'ence',
  'ous',
];

/** Shipped words ranked by how often the knowledge uses them, then made-up legal-sounding words. */
function rankedVocabulary(knowledge: Knowledge, size: number, random: () => number): string[] {
  const counts = new Map<string, number>();
  for (const passage of knowledge.passages) {
    for (const word of words(passage.text)) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
  const known = new Set(ranked);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
  while (ranked.length < size) {
    let word = '';
    const syllables = 1 + Math.floor(random() * 3);
    for (let i = 0; i < syllables; i++) word += pick(ONSETS) + pick(VOWELS);
    word += pick(SUFFIXES);
    if (!known.has(word)) {
      known.add(word);
      ranked.push(word);
    }
  }
  return ranked.slice(0, size);
}

/** Draws ranks with Zipf-like frequencies (s = 1), as words in real text are. */
function zipfSampler(size: number, random: () => number): () => number {
  const cumulative = new Float64Array(size);
  let total = 0;
  for (let rank = 0; rank < size; rank++) cumulative[rank] = total += 1 / (rank + 1);
  return () => {
    const target = random() * total;
    let low = 0;
    let high = size - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((cumulative[mid] as number) < target) low = mid + 1;
      else high = mid;
    }
    return low;
  };
}

const KINDS = [
  { folder: 'explainers', kind: 'explainer' },
  { folder: 'glossary', kind: 'glossary' },
  { folder: 'jurisdictions', kind: 'jurisdiction' },
  { folder: 'law', kind: 'law' },
  { folder: 'law', kind: 'case' },
  { folder: 'news', kind: 'news' },
] as const;
const JURISDICTIONS = ['US', 'CT', 'CA', 'IL', 'New York City', 'Philadelphia', 'Hartford'];
const SOURCE_KINDS = [
  'statute',
  'regulation',
  'court-opinion',
  'agency-document',
  'report',
  'news',
];

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const pad = (n: number) => String(n).padStart(2, '0');

export interface GeneratedCorpus {
  files: KnowledgeFiles;
  /** Distinct words actually used in passage text. */
  distinctWords: number;
  entries: number;
}

/** A knowledge base of `shape.passages` cited paragraphs, drawn from `seedKnowledge`'s words. */
export function generateCorpus(
  seedKnowledge: Knowledge,
  shape: CorpusShape = DEFAULT_SHAPE,
): GeneratedCorpus {
  const random = seededRandom(shape.seed);
  const vocabulary = rankedVocabulary(seedKnowledge, shape.vocabulary, random);
  const rank = zipfSampler(vocabulary.length, random);
  const used = new Set<string>();
  const word = () => {
    const drawn = vocabulary[rank()] as string;
    used.add(drawn);
    return drawn;
  };
  const phrase = (min: number, max: number) =>
    Array.from({ length: min + Math.floor(random() * (max - min + 1)) }, word).join(' ');
  // Plain summaries, as kb:check wants them for explainers and glossary entries: short sentences
  // of short words.
  const shortWords = vocabulary.filter((w) => w.length <= 5 && !/\d/.test(w)).slice(0, 400);
  const plainSentence = () =>
    capitalize(
      Array.from(
        { length: 5 },
        () => shortWords[Math.floor(random() * shortWords.length)] as string,
      ).join(' '),
    );
  const sourceIds = Array.from({ length: shape.sources }, (_, i) => `gen-source-${i + 1}`);
  let citations = 0;
  // Sources are cited in turn, so each is cited: an unused source is a check warning.
  const cite = () => sourceIds[citations++ % sourceIds.length] as string;

  const paragraph = () => {
    const sentences: string[] = [];
    let count = 0;
    const target = shape.wordsPerPassage - 10 + Math.floor(random() * 21);
    while (count < target) {
      const length = Math.min(6 + Math.floor(random() * 13), target - count);
      sentences.push(`${capitalize(phrase(length, length))}.`);
      count += length;
    }
    return `${sentences.join(' ')}[^${cite()}${random() < 0.3 ? ':(a)' : ''}]`;
  };

  // Entries of 3 to 7 passages, about `passagesPerEntry` on average, `passages` in all.
  const sizes: number[] = [];
  for (let left = shape.passages; left > 0; left -= sizes[sizes.length - 1] as number) {
    const spread = Math.floor(random() * 5) - 2;
    sizes.push(Math.min(left, Math.max(1, shape.passagesPerEntry + spread)));
  }
  const kebab = (text: string) => text.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  const ids = sizes.map((_, i) => `gen-${i + 1}-${kebab(phrase(2, 2))}`.replace(/-+$/, ''));
  const quoted = (text: string) => `'${text}'`;
  const entries: TextFile[] = [];
  for (const [i, passages] of sizes.entries()) {
    const id = ids[i] as string;
    const { folder, kind } = KINDS[i % KINDS.length] as (typeof KINDS)[number];
    const body: string[] = [];
    for (let p = 0; p < passages; p++) {
      if (p === 2) body.push(`## ${capitalize(phrase(2, 5))}`);
      body.push(paragraph());
    }
    const related = [ids[(i + 1) % ids.length], ids[(i + 7) % ids.length]].filter((r) => r !== id);
    // Summaries are capped at 280 characters: cut a long one at a word.
    const plain = kind === 'explainer' || kind === 'glossary';
    const drawn = plain
      ? Array.from({ length: 4 }, plainSentence).join('. ')
      : capitalize(phrase(15, 30));
    const summary = drawn.length > 270 ? drawn.slice(0, 270).replace(/\s\S*$/, '') : drawn;
    const date = `20${20 + (i % 5)}-${pad(1 + (i % 12))}-${pad(1 + (i % 28))}`;
    const frontMatter = [
      `title: '${capitalize(phrase(3, 7)).slice(0, 95)}'`,
      `summary: '${summary}.'`,
      `kind: ${kind}`,
      `jurisdiction: ${JURISDICTIONS[i % JURISDICTIONS.length]}`,
      `aliases: ['${phrase(2, 2)} ${i + 1}']`,
      `tags: [${phrase(2, 4).split(' ').map(quoted).join(', ')}]`,
      `as_of: ${date}`,
      `reviewed: ${date}`,
      `related: [${related.join(', ')}]`,
      // People's ways of asking, as curators list them: unique across entries by the entry number.
      'questions:',
      ...Array.from(
        { length: QUESTIONS_PER_ENTRY },
        (_, q) => `  - '${phrase(3, 7)} ${i + 1} ${q + 1}'`,
      ),
    ];
    const text = ['---', ...frontMatter, '---', '', body.join('\n\n'), ''].join('\n');
    entries.push({ path: `${CORPUS_ROOT}/${folder}/${id}.md`, text });
  }

  const sources = sourceIds
    .map((id, i) =>
      [
        `- id: ${id}`,
        `  title: '${capitalize(phrase(4, 10))}'`,
        `  publisher: ${capitalize(phrase(2, 4))}`,
        `  date: ${2000 + (i % 25)}-${pad(1 + (i % 12))}`,
        `  url: https://example.org/sources/${id}`,
        `  kind: ${SOURCE_KINDS[i % SOURCE_KINDS.length]}`,
      ].join('\n'),
    )
    .join('\n');
  entries.sort((a, b) => (a.path < b.path ? -1 : 1));
  return {
    files: { sources: { path: `${CORPUS_ROOT}/sources.yaml`, text: `${sources}\n` }, entries },
    distinctWords: used.size,
    entries: entries.length,
  };
}
