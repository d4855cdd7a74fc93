import type { KnowledgeFiles } from './knowledge-files.js';
import { checkKnowledge } from './checks.js';
import { knowledgeVersion } from './knowledge-version.js';
import type { Block, BlockType, Citation } from './parse-body.js';
import { parseKnowledge, type ParsedEntry, type ParsedTranslation } from './parse-knowledge.js';
import { hasErrors, type Problem } from './problem.js';
import type { Diagram, FrontMatter, OutOfScopeFile, Source } from './schema.js';
import type { Language, TranslatedLanguage } from './languages.js';
import { markdownToText } from './markdown-text.js';
import { clearlyIn } from '../language/detect-language.js';
import { buildPlaceDirectory, type PlaceDirectory } from './place-directory.js';

export interface Passage {
  /** `entry-id#n`, n counting from 1 in reading order. */
  id: string;
  entryId: string;
  type: BlockType;
  heading?: string;
  /** The Markdown as written, markers kept (renderers number them). */
  markdown: string;
  /** Plain words without markers: what search indexes and snippets cut from. */
  text: string;
  citations: Citation[];
  table?: { header: string[]; rows: string[][] };
  line: number;
}

/** An entry's words in another language: same passages in the same order, same citations. */
export interface EntryTranslation {
  language: TranslatedLanguage;
  title: string;
  summary: string;
  /** Names people use for the entry in this language; the original's count too. */
  aliases: string[];
  /** The translation's curated questions, then the original's written in this language. */
  questions: string[];
  reviewed: string;
  /** The original changed after the translation was made from it: a reader sees its date. */
  stale: boolean;
  /** Ids `entry-id#es-n`, so the English `entry-id#n` stay what they are. */
  passages: Passage[];
  /** The original's diagram in this language, when translated. */
  diagram?: Diagram;
}

export type Entry = FrontMatter & {
  id: string;
  file: string;
  passages: Passage[];
  /** The language of `title`, `summary`, `questions` and `passages`: the original is English. */
  language: Language;
  translations: Partial<Record<TranslatedLanguage, EntryTranslation>>;
};

export interface Knowledge {
  /** A short hash of every file: changes whenever any content changes. */
  version: string;
  /** The latest `reviewed` date across entries. */
  reviewed: string;
  sources: ReadonlyMap<string, Source>;
  entries: readonly Entry[];
  entriesById: ReadonlyMap<string, Entry>;
  passages: readonly Passage[];
  /** The places questions may name (from `places.yaml`). */
  places: PlaceDirectory;
  /**
   * Questions near this subject that no entry answers (`out-of-scope.yaml`), which search learns
   * from. Absent from an engine loaded from a snapshot: its indexes hold what was learned.
   */
  outOfScope?: OutOfScopeFile;
}

export type LoadResult =
  { ok: true; knowledge: Knowledge; warnings: Problem[] } | { ok: false; problems: Problem[] };

function toPassage(entryId: string, block: Block, index: number, idPrefix = ''): Passage {
  const text = block.table
    ? [block.table.header, ...block.table.rows]
        .map((row) => row.filter(Boolean).map(markdownToText).join(' | '))
        .join('\n')
    : markdownToText(block.markdown);
  return {
    id: `${entryId}#${idPrefix}${index + 1}`,
    entryId,
    type: block.type,
    ...(block.heading ? { heading: block.heading } : {}),
    markdown: block.markdown,
    text,
    citations: block.citations,
    ...(block.table ? { table: block.table } : {}),
    line: block.line,
  };
}

/**
 * A paragraph that ends with a colon introduces the list or quote after it ("only in one of
 * three situations:"). Apart, neither answers anything; together they are one passage.
 */
export function joinLeadIns(blocks: readonly Block[]): Block[] {
  const joined: Block[] = [];
  for (const block of blocks) {
    const previous = joined[joined.length - 1];
    const leadIn =
      previous?.type === 'paragraph' &&
      (block.type === 'list' || block.type === 'quote') &&
      previous.heading === block.heading &&
      /:\s*(?:\[\^[^\]]*\]\s*)*$/.test(previous.markdown);
    if (previous && leadIn) {
      joined[joined.length - 1] = {
        ...block,
        line: previous.line,
        markdown: `${previous.markdown}\n\n${block.markdown}`,
        citations: [...previous.citations, ...block.citations],
      };
    } else {
      joined.push(block);
    }
  }
  return joined;
}

function toTranslation(parsed: ParsedTranslation, original: ParsedEntry): EntryTranslation {
  const language = parsed.language as TranslatedLanguage;
  const { title, summary, aliases, questions, reviewed, source_hash, diagram } = parsed.frontMatter;
  // Curators list a few questions in other languages under the original: they count here too.
  // Told apart once, here: a detector over every question would cost each start-up a quarter second.
  const originalsInLanguage = original.frontMatter.questions.filter((question) =>
    clearlyIn(question, language),
  );
  return {
    ...(diagram ? { diagram } : {}),
    language,
    title,
    summary,
    aliases,
    questions: [...questions, ...originalsInLanguage],
    reviewed,
    stale: source_hash !== original.hash,
    passages: joinLeadIns(parsed.blocks).map((block, index) =>
      toPassage(parsed.id, block, index, `${language}-`),
    ),
  };
}

function toEntry(parsed: ParsedEntry, translations: readonly ParsedTranslation[]): Entry {
  return {
    ...parsed.frontMatter,
    id: parsed.id,
    file: parsed.file,
    passages: joinLeadIns(parsed.blocks).map((block, index) => toPassage(parsed.id, block, index)),
    language: 'en',
    translations: Object.fromEntries(
      translations
        .filter((t) => t.id === parsed.id)
        .map((t) => [t.language, toTranslation(t, parsed)]),
    ),
  };
}

/**
 * Turns knowledge files into the checked knowledge the bot serves. Any error refuses the whole
 * knowledge base, so nothing half-checked ever reaches users.
 */
export function buildKnowledge(files: KnowledgeFiles, root: string, today: string): LoadResult {
  const parsed = parseKnowledge(files, root);
  const problems = checkKnowledge({ knowledge: parsed, today });
  if (hasErrors(problems)) return { ok: false, problems };
  const entries = parsed.entries.map((entry) => toEntry(entry, parsed.translations));
  return {
    ok: true,
    warnings: problems,
    knowledge: {
      version: knowledgeVersion(files),
      reviewed: entries.map((e) => e.reviewed).reduce((a, b) => (a > b ? a : b), ''),
      sources: new Map(parsed.sources.map((s) => [s.source.id, s.source])),
      entries,
      entriesById: new Map(entries.map((e) => [e.id, e])),
      passages: entries.flatMap((e) => e.passages),
      places: buildPlaceDirectory(parsed.places?.places),
      ...(parsed.outOfScope ? { outOfScope: parsed.outOfScope.questions } : {}),
    },
  };
}
