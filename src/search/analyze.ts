import lunr from 'lunr';
import { stopWords } from './stop-words.js';

/**
 * Rewrites the many ways people write a legal citation to one token, so that `287(g)`, `287g`,
 * `§ 1373`, `8 U.S.C. 1373`, `I-247A` and `8 CFR 287.7` find the same passages in documents and
 * in questions alike.
 */
const legalRewrites: [RegExp, string][] = [
  [/[‘’`´]/g, "'"],
  [/[‐‑‒–—−]/g, '-'],
  [/\bcan't\b/gi, 'can not'],
  [/\bwon't\b/gi, 'will not'],
  [/n't\b/gi, ' not'],
  // The same written without the apostrophe, as people type on phones ("didnt", "cant").
  [/\bcant\b/gi, 'can not'],
  [/\bwont\b/gi, 'will not'],
  [/\b(did|does|do|is|was|were|are|has|have|had|would|could|should|must|need)nt\b/gi, '$1 not'],
  [/(\w)'s\b/g, '$1'],
  [/'/g, ''],
  [/\b(?:1357|287)\s*\(\s*g\s*\)/gi, ' 287g '],
  [/\b287\s+g\b/gi, ' 287g '],
  [/\b1357g\b/gi, ' 287g '],
  // Bills and orders typed as one word ("hb7259", "sb397", "EO14159") read as written apart.
  [/\b(hb|sb|eo)-?(\d{2,5})\b/gi, ' $1 $2 '],
  [/\bi\s*-?\s*(2\d\d)\s*-?\s*([a-z]?)\b/gi, ' i$1$2 '],
  // Other USCIS forms ("I-130", "I-485", "N-400") are one token too: a form the knowledge lacks.
  [/\b([in])-?(\d{3})([a-z]?)\b/gi, ' $1$2$3 '],
  [/\b(247a)\b/gi, ' i$1 '],
  // Connecticut public acts: "PA 19-20", "P.A. 26-14", "Public Act 19-23" are one token each.
  [
    /\b(?:p\.?\s?a\.?|public\s+act|ley\s+p[uú]blica)\s*(?:no\.?\s*)?(\d{2})\s*-\s*(\d{1,3})\b/gi,
    ' pa$1x$2 ',
  ],
  [/\b\d+\s*c\.?\s*f\.?\s*r\.?\s*(?:§+|sec(?:tion|\.)?)?\s*(\d+(?:\.\d+)?)/gi, ' $1 '],
  [/\b\d+\s*u\.?\s*s\.?\s*c\.?\s*a?\.?\s*(?:§+|sec(?:tion|\.)?)?\s*(\d+[a-z]?)\b/gi, ' $1 '],
  [/§+/g, ' section '],
  [/\bsec\.\s*(?=\d)/gi, ' section '],
  [/\bu\.\s?s\.(?!\s?c)/gi, ' us '],
  [/\b(\d+(?:\.\d+)?)\s*\(([a-z0-9]{1,4})\)/gi, ' $1 $2 '],
  [/\b(?:2nd|2d)\b/gi, ' second '],
  [/\b(?:3rd|3d)\b/gi, ' third '],
  [/\b1st\b/gi, ' first '],
  [/\b4th\b/gi, ' fourth '],
  [/\b5th\b/gi, ' fifth '],
  [/\b7th\b/gi, ' seventh '],
  [/\b9th\b/gi, ' ninth '],
  [/\b10th\b/gi, ' tenth '],
  [/\b14th\b/gi, ' fourteenth '],
];

/**
 * What every rewrite above needs at least one of: a character that is not a letter or a space,
 * or a word ending in "nt" ("cant", "didnt"). Text with none, as most phrases are, skips them.
 */
const rewritable = /[^\p{L}\s]|nt\b/iu;

/** Every rewrite above, in order, on text already in NFKC form. */
export function rewriteLegalText(text: string): string {
  let rewritten = text;
  for (const [pattern, replacement] of legalRewrites)
    rewritten = rewritten.replace(pattern, replacement);
  return rewritten;
}

export function normalizeLegalText(text: string): string {
  const normalized = text.normalize('NFKC');
  return (rewritable.test(normalized) ? rewriteLegalText(normalized) : normalized).toLowerCase();
}

/** Letters and digits; a dot survives only between digits (`287.7`). */
const wordPattern = /[\p{L}\p{N}]+(?:\.\p{N}+)*/gu;

/**
 * Chat spellings read as the words they stand for ("wat even is 287g", "ppl"). No document
 * uses them, so reading them on both sides changes only what questions mean.
 */
const chatSpellings = new Map([
  ['wat', 'what'],
  ['wut', 'what'],
  ['wht', 'what'],
  ['ppl', 'people'],
  ['govt', 'government'],
  ['abt', 'about'],
  ['cuz', 'because'],
  ['thru', 'through'],
]);

/** `read`'s words of a text, each chat spelling read as the word it stands for. */
export const spelledOut =
  (spellings: ReadonlyMap<string, string>, read: (text: string) => string[]) =>
  (text: string): string[] =>
    read(text).map((word) => spellings.get(word) ?? word);

/** The words of a text after legal normalization, before stop words and stemming. */
export const words = spelledOut(
  chatSpellings,
  (text) => normalizeLegalText(text).match(wordPattern) ?? [],
);

const stemCache = new Map<string, string>();

export function stem(word: string): string {
  // Numbers and citation tokens are exact: stemming `1373s` or `i247a` would only blur them.
  if (/\d/.test(word)) return word;
  let stemmed = stemCache.get(word);
  if (stemmed === undefined) {
    stemmed = lunr.stemmer(new lunr.Token(word, {})).toString();
    if (stemCache.size < 50_000) stemCache.set(word, stemmed);
  }
  return stemmed;
}

export const isStopWord = (word: string) => stopWords.has(word);

/**
 * The analysis both the index and every query go through: legal normalization, words, stop words,
 * stemming. Search only matches because both sides run exactly this.
 */
export const analyze = (text: string): string[] =>
  words(text)
    .filter((word) => !isStopWord(word))
    .map(stem);
