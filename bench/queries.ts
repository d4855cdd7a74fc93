/** The fixed query set every engine is timed on: real questions, paraphrases and hostile input. */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

export type QueryGroup = 'eval' | 'paraphrase' | 'hard';

export interface BenchQuery {
  group: QueryGroup;
  text: string;
}

const projectFile = (relative: string) => fileURLToPath(new URL(`../${relative}`, import.meta.url));

/** The public eval questions live outside the repository and may be absent. */
export const EVAL_QUESTIONS = projectFile('../shared/eval/questions.jsonl');
export const PARAPHRASES = projectFile('test/search/paraphrases.jsonl');
export const SPANISH_QUESTIONS = projectFile('eval/spanish.jsonl');

const PASTED_ARTICLE =
  'The county sheriff said on Tuesday that the jail would no longer hold people for ICE past their ' +
  'release date without a warrant signed by a judge, citing the Fourth Amendment and a 2014 ruling ' +
  'of the Third Circuit. Federal officials replied that Section 1373 forbids local rules that stop ' +
  'officers from sharing immigration status, and that Byrne JAG grants could be withheld. ';

const repeatTo = (text: string, length: number) =>
  text.repeat(Math.ceil(length / text.length)).slice(0, length);

/** Inputs that have broken or slowed search engines: syntax, sizes, scripts, typos. */
export const HARD_INPUTS: readonly string[] = [
  repeatTo(PASTED_ARTICLE, 6_000),
  repeatTo('detainer', 6_000),
  repeatTo('sanctuary policy warrant ', 6_000).replaceAll(' ', '* '),
  'title:foo^10 bar~2 *',
  'text:detainer^100 tags:1373~3 +ice -warrant',
  '*',
  'detain* sanct* immig*',
  '~~~~^^^^::::****++++----',
  '"ice hold" AND "judicial warrant" OR (287g NOT task-force)',
  'can ICE 🧊 hold me 🙏🙏 after bail 🚔💨',
  '🚔🚔🚔🚔🚔🚔🚔🚔',
  '¿Puede la policía retenerme para ICE después de pagar la fianza?',
  'la migra puede entrar a mi casa sin orden judicial',
  '移民局可以在我保释后拘留我吗',
  'هل يمكن للشرطة احتجازي من أجل الهجرة',
  'может ли полиция задержать меня для ICE',
  'detianer',
  'can the polise hold me for imigration after my cort date',
  'sanctuery citys polcy',
  'secton 1373 constitutonal',
  'judical warrent vs adminstrative warant',
  'detainr warrnt custdy imigrant jurisdicton sanctuery polcy fundng grnt commandering amendmnt',
  'immi sanc depo juri fede poli cust dete warr comp info shar gran fund cour rul',
  '8 U.S.C. § 1373(a) and 8 CFR 287.7(d) and I-247A and 287(g)',
  'd̷e̷t̷a̷i̷n̷e̷r̷ w̷a̷r̷r̷a̷n̷t̷',
  '<script>alert(1)</script> **detainer** @everyone <@123456789> `ice`',
  'ICE!!! HOLD??? JAIL... WARRANT?!?',
  'supercalifragilisticexpialidociousdetainerwarrantjurisdiction',
  'the of and a to is it',
  '   ',
];

async function questionsIn(file: string): Promise<string[]> {
  const text = await readFile(file, 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as { q: string }).q);
}

/** Every query of the bench, the eval questions only when `../shared/eval` is present. */
export async function loadQueries(): Promise<{ queries: BenchQuery[]; missing: string[] }> {
  const missing: string[] = [];
  const evalQuestions = await questionsIn(EVAL_QUESTIONS).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
    missing.push(EVAL_QUESTIONS);
    return [];
  });
  const queries: BenchQuery[] = [
    ...evalQuestions.map((text) => ({ group: 'eval' as const, text })),
    ...(await questionsIn(PARAPHRASES)).map((text) => ({ group: 'paraphrase' as const, text })),
    ...HARD_INPUTS.map((text) => ({ group: 'hard' as const, text })),
  ];
  return { queries, missing };
}

/** The Spanish questions of the project's eval set, and the hard inputs. */
export async function loadSpanishQueries(): Promise<BenchQuery[]> {
  return [
    ...(await questionsIn(SPANISH_QUESTIONS)).map((text) => ({ group: 'eval' as const, text })),
    ...HARD_INPUTS.map((text) => ({ group: 'hard' as const, text })),
  ];
}
