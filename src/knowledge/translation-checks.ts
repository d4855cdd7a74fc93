import type { Block, Citation } from './parse-body.js';
import type { Check } from './checks.js';
import type { ParsedEntry, ParsedKnowledge, ParsedTranslation } from './parse-knowledge.js';
import type { Problem } from './problem.js';
import { MAX_SUMMARY_LENGTH, MAX_TITLE_LENGTH } from './field-limits.js';
import { questionKey } from './entry-meta-checks.js';

type Found = Omit<Problem, 'rule' | 'severity'>;

/** A paragraph a translation may add after a quote, to explain the English text in Spanish. */
export const PLAIN_WORDS = /^En palabras sencillas:/;

/** The translation's blocks that translate the original's, one for one: explanations set aside. */
export function alignedBlocks(translation: ParsedTranslation): Block[] {
  return translation.blocks.filter(
    (block, i) =>
      !(
        block.type === 'paragraph' &&
        PLAIN_WORDS.test(block.markdown.trim()) &&
        translation.blocks[i - 1]?.type === 'quote'
      ),
  );
}

const citationKey = (c: Citation) => `${c.sourceId}${c.pinpoint ? `:${c.pinpoint}` : ''}`;
const citationSet = (citations: readonly Citation[]) => new Set(citations.map(citationKey));
const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>) =>
  a.size === b.size && [...a].every((x) => b.has(x));

function originalsOf(knowledge: ParsedKnowledge): Map<string, ParsedEntry> {
  return new Map(knowledge.entries.map((e) => [e.id, e]));
}

function* citationProblems(
  translation: ParsedTranslation,
  original: ParsedEntry,
): Generator<Found> {
  const mine = alignedBlocks(translation);
  const theirs = original.blocks;
  const at = (line: number, message: string): Found => ({ file: translation.file, line, message });
  if (mine.length !== theirs.length) {
    yield at(
      mine[Math.min(mine.length, theirs.length)]?.line ?? 1,
      `has ${mine.length} passages where ${original.file} has ${theirs.length}: translate passage by passage, in order`,
    );
  }
  const cited = new Set(theirs.flatMap((b) => b.citations.map((c) => c.sourceId)));
  for (const block of translation.blocks) {
    for (const citation of block.citations) {
      if (!cited.has(citation.sourceId))
        yield at(
          citation.line,
          `cites [^${citation.sourceId}], which ${original.file} does not cite`,
        );
    }
  }
  for (const [i, block] of mine.slice(0, theirs.length).entries()) {
    const source = theirs[i] as Block;
    // A source the original never cites is reported once, above.
    const addsSource = block.citations.some((c) => !cited.has(c.sourceId));
    if (!addsSource && !sameSet(citationSet(block.citations), citationSet(source.citations)))
      yield at(
        block.line,
        `cites ${[...citationSet(block.citations)].join(', ') || 'nothing'} where its original (${original.file}:${source.line}) cites ${[...citationSet(source.citations)].join(', ')}`,
      );
    if (block.parts.length !== source.parts.length)
      yield at(
        block.line,
        `has ${block.parts.length} items or rows where its original has ${source.parts.length}`,
      );
  }
}

/** The named rules for translations, in `es/` and other language folders. */
export const translationChecks: readonly Check[] = [
  {
    name: 'translation-of',
    severity: 'error',
    description:
      'A translation names an existing entry in `translation_of`, and its file is named for it.',
    run: ({ knowledge }) => {
      const originals = originalsOf(knowledge);
      return knowledge.translations.flatMap((t): Found[] => {
        const line = t.fieldLines.translation_of ?? 1;
        const of = t.frontMatter.translation_of;
        if (!originals.has(of))
          return [{ file: t.file, line, message: `translation_of "${of}" names no entry` }];
        if (of !== t.id)
          return [
            {
              file: t.file,
              line,
              message: `translates "${of}" but is named ${t.id}.md: name it ${of}.md`,
            },
          ];
        return [];
      });
    },
  },
  {
    name: 'translation-citations',
    severity: 'error',
    description:
      'Each translated passage cites exactly what the passage it translates cites, in the same order of passages; no translation adds a source.',
    run: ({ knowledge }) => {
      const originals = originalsOf(knowledge);
      return knowledge.translations.flatMap((t) => {
        const original = originals.get(t.frontMatter.translation_of);
        return original ? [...citationProblems(t, original)] : [];
      });
    },
  },
  {
    name: 'translation-stale',
    severity: 'warning',
    description:
      'A translation was made from the current version of its original (its `source_hash`).',
    run: ({ knowledge }) => {
      const originals = originalsOf(knowledge);
      return knowledge.translations.flatMap((t): Found[] => {
        const original = originals.get(t.frontMatter.translation_of);
        if (!original || original.hash === t.frontMatter.source_hash) return [];
        return [
          {
            file: t.file,
            line: t.fieldLines.source_hash ?? 1,
            message: `${original.file} changed since this translation (source_hash ${t.frontMatter.source_hash}, now ${original.hash}): update it, then its source_hash and reviewed`,
          },
        ];
      });
    },
  },
  {
    name: 'translation-fields',
    severity: 'error',
    description: `A translation's title fits ${MAX_TITLE_LENGTH} characters and its summary ${MAX_SUMMARY_LENGTH}, plain text; its questions are unique within its language.`,
    run: ({ knowledge }) => {
      const found: Found[] = [];
      const owner = new Map<string, string>();
      for (const t of knowledge.translations) {
        const { title, summary, questions } = t.frontMatter;
        if (title.length > MAX_TITLE_LENGTH)
          found.push({
            file: t.file,
            line: t.fieldLines.title ?? 1,
            message: `title is ${title.length} characters; Discord shows at most ${MAX_TITLE_LENGTH}`,
          });
        if (summary.length > MAX_SUMMARY_LENGTH)
          found.push({
            file: t.file,
            line: t.fieldLines.summary ?? 1,
            message: `summary is ${summary.length} characters; the limit is ${MAX_SUMMARY_LENGTH}`,
          });
        if (/\[\^|\]\(/.test(summary))
          found.push({
            file: t.file,
            line: t.fieldLines.summary ?? 1,
            message: 'summary must be plain text without [^markers] or links',
          });
        for (const question of questions) {
          const key = `${t.language}:${questionKey(question)}`;
          const first = owner.get(key);
          if (first)
            found.push({
              file: t.file,
              line: t.fieldLines.questions ?? 1,
              message: `question "${question}" is already listed under ${first}`,
            });
          else owner.set(key, t.id);
        }
      }
      return found;
    },
  },
];
