/** The longest unanswered question kept, after normalizing: enough to see what was asked. */
export const UNANSWERED_MAX = 200;

/**
 * A question as curators see it in the gap report: lower case, punctuation and extra spaces gone,
 * and what could identify someone replaced. Emails, links and Discord mentions become a word
 * saying what was there; any run of six or more digits in any script (a phone, an A-number, a case number, a
 * date of birth written 01/02/1990) becomes `#`. Short numbers stay: "1373" and "2019" are what
 * people ask about.
 */
export function normalizeQuestion(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/<(?:@[!&]?|#)\d+>/g, ' [mention] ')
    .replace(/\b(?:https?:\/\/|www\.)\S+/g, ' [link] ')
    .replace(/[^\s@]+@[^\s@]+/g, ' [email] ')
    .replace(/\p{Nd}(?:[\s().,/-]?\p{Nd}){5,}/gu, ' # ')
    .replace(/[^\p{L}\p{N}\s§#[\]'’-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, UNANSWERED_MAX)
    .trim();
}
