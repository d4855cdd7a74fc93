import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

/** The grade a summary may read at: "readable by a teenager" (US grade 8, about age 13–14). */
export const MAX_SUMMARY_GRADE = 8;

/** A sentence ends at . ! or ? followed by a space or the end ("U.S." and "§ 287.7" do not end one). */
const sentenceEnd = /[.!?]+["')\]]*(?=\s+[A-Z"'(]|\s*$)/g;
const wordPattern = /[\p{L}\p{N}][\p{L}\p{N}'’().-]*/gu;

/** Syllables in a word as read aloud; a number or citation such as "1373" reads as about two. */
const syllablesOf = (word: string) => (/\d/.test(word) ? 2 : Math.max(1, syllable(word)));

/**
 * The Flesch–Kincaid grade of an English text: the US school grade whose readers understand it.
 * Short sentences of short words score low; a 40-word sentence of legal terms scores over 20.
 */
export function readingGrade(text: string): number {
  const words = text.match(wordPattern) ?? [];
  const sentences = Math.max(1, (text.trim().match(sentenceEnd) ?? []).length);
  const grade = fleschKincaid({
    sentence: sentences,
    word: words.length,
    syllable: words.reduce((sum, word) => sum + syllablesOf(word), 0),
  });
  return Number.isNaN(grade) ? 0 : Math.round(grade * 10) / 10;
}
