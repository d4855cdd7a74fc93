/**
 * Lunr's English stop words, less the words that carry legal meaning. "Must not", "may", "shall"
 * and "only" decide what a law requires, so they stay searchable.
 */
export const keptForLegalMeaning: ReadonlySet<string> = new Set([
  'not', 'no', 'nor', 'neither', 'cannot', 'may', 'might', 'must', 'shall', 'should', 'will',
  'would', 'can', 'could', 'only', 'us', 'since', 'after', 'least', 'other',
]);

const lunrStopWords = [
  'a', 'able', 'about', 'across', 'after', 'all', 'almost', 'also', 'am', 'among', 'an', 'and',
  'any', 'are', 'as', 'at', 'be', 'because', 'been', 'but', 'by', 'can', 'cannot', 'could', 'dear',
  'did', 'do', 'does', 'either', 'else', 'ever', 'every', 'for', 'from', 'get', 'got', 'had', 'has',
  'have', 'he', 'her', 'hers', 'him', 'his', 'how', 'however', 'i', 'if', 'in', 'into', 'is', 'it',
  'its', 'just', 'least', 'let', 'like', 'likely', 'may', 'me', 'might', 'most', 'must', 'my',
  'neither', 'no', 'nor', 'not', 'of', 'off', 'often', 'on', 'only', 'or', 'other', 'our', 'own',
  'rather', 'said', 'say', 'says', 'she', 'should', 'since', 'so', 'some', 'than', 'that', 'the',
  'their', 'them', 'then', 'there', 'these', 'they', 'this', 'tis', 'to', 'too', 'twas', 'us',
  'wants', 'was', 'we', 'were', 'what', 'when', 'where', 'which', 'while', 'who', 'whom', 'why',
  'will', 'with', 'would', 'yet', 'you', 'your',
];

// Question filler that never distinguishes one passage from another.
const questionFiller = [
  'non', 'now', 'currently', 'today', 'someone', 'somebody', 'anyone', 'anybody', 'something', 'please', 'hey', 'hi', 'hello', 'thanks', 'whats', 'im', 'ive', 'dont', 'doesnt', 'isnt'];

export const stopWords: ReadonlySet<string> = new Set([
  ...lunrStopWords.filter((word) => !keptForLegalMeaning.has(word)),
  ...questionFiller,
]);

/** Kept for legal meaning, yet too common in questions ("when will...") to decide a match alone. */
export const isWeakWord = (word: string) => keptForLegalMeaning.has(word);
