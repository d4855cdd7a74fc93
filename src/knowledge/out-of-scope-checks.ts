import type { Check } from './checks.js';
import type { Language } from './languages.js';
import type { ParsedKnowledge, ParsedOutOfScope } from './parse-knowledge.js';
import type { Problem } from './problem.js';

type Found = Omit<Problem, 'rule' | 'severity'>;

/** The same question, however it is capitalized, spaced or punctuated at its end. */
const sameQuestion = (question: string) =>
  question
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[\s?!.¿¡]+$/u, '')
    .trim();

/** Every curated question of `language`, each with the entry that lists it. */
function curatedQuestions(knowledge: ParsedKnowledge, language: Language): Map<string, string> {
  const listed =
    language === 'en'
      ? knowledge.entries.map((e) => ({ id: e.id, questions: e.frontMatter.questions }))
      : knowledge.translations
          .filter((t) => t.language === language)
          .map((t) => ({ id: t.id, questions: t.frontMatter.questions }));
  return new Map(
    listed.flatMap(({ id, questions }) => questions.map((q) => [sameQuestion(q), id])),
  );
}

function* outOfScopeProblems(
  outOfScope: ParsedOutOfScope,
  knowledge: ParsedKnowledge,
): Generator<Found> {
  for (const [language, questions] of Object.entries(outOfScope.questions) as [
    Language,
    string[],
  ][]) {
    const curated = curatedQuestions(knowledge, language);
    const seen = new Set<string>();
    for (const question of questions) {
      const at = { file: outOfScope.file, line: outOfScope.lineOf(question) };
      const same = sameQuestion(question);
      const entry = curated.get(same);
      if (entry)
        yield {
          ...at,
          message: `"${question}" is listed as out of scope and as a way to ask "${entry}": it cannot be both`,
        };
      if (seen.has(same))
        yield { ...at, message: `"${question}" is listed twice under ${language}` };
      seen.add(same);
    }
  }
}

export const outOfScopeChecks: readonly Check[] = [
  {
    name: 'out-of-scope',
    severity: 'error',
    description:
      "A question in out-of-scope.yaml is listed once, and is no entry's curated question: search learns from both lists, which must not disagree.",
    run: ({ knowledge }) =>
      knowledge.outOfScope ? [...outOfScopeProblems(knowledge.outOfScope, knowledge)] : [],
  },
];
