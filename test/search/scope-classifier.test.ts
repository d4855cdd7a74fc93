import { describe, expect, it } from 'vitest';
import { createAnswerEngine } from '../../src/app/answer-engine.js';
import { buildKnowledge, type Knowledge } from '../../src/knowledge/knowledge.js';
import { readKnowledgeFiles } from '../../src/knowledge/read-knowledge-files.js';
import { shippedEngine } from '../support/engine.js';
import { analysisOf } from '../../src/search/analysis.js';
import {
  asksBesideSubject,
  buildScopeClassifier,
  namesSubject,
  outOfScopeBar,
  questionOdds,
  restoreScopeClassifier,
  savedScopeClassifier,
  scopeOdds,
} from '../../src/search/scope-classifier.js';

/** Only what the classifier reads of a knowledge base: the entries' questions and the list. */
const knowledgeOf = (questions: string[], outOfScope?: string[]) =>
  ({
    entries: [{ questions }],
    ...(outOfScope ? { outOfScope: { en: outOfScope, es: [] } } : {}),
  }) as unknown as Knowledge;

const termsOf = (text: string) =>
  analysisOf('en')
    .analyze(text)
    .map((term) => ({ term, alternatives: new Set([term]), readings: new Set([term]) }));

describe('the scope classifier', () => {
  const classifier = buildScopeClassifier(
    knowledgeOf(
      ['can the jail hold someone for ICE', 'does the jail share release dates'],
      ['how long is a jail sentence for theft', 'what is the sentence for a felony'],
    ),
    analysisOf('en'),
  );

  it('reads the words of declined questions as out of scope, and the curated ones as in', () => {
    expect(scopeOdds(classifier, termsOf('sentence for theft'))).toBeLessThan(0);
    expect(scopeOdds(classifier, termsOf('hold release dates'))).toBeGreaterThan(0);
  });

  it('counts a word that neither list uses for nothing', () => {
    expect(scopeOdds(classifier, termsOf('zebra'))).toBe(0);
    expect(scopeOdds(classifier, termsOf('zebra sentence'))).toBe(
      scopeOdds(classifier, termsOf('sentence')),
    );
  });

  it('counts a term by its likeliest alternative', () => {
    const either = [{ term: 'sentenc', alternatives: new Set(['sentenc', 'hold']) }];
    expect(scopeOdds(classifier, either)).toBe(scopeOdds(classifier, termsOf('hold')));
  });

  it('reads neighbouring words together as well as one by one', () => {
    const paired = buildScopeClassifier(
      knowledgeOf(
        ['can the court hold him', 'can ICE arrest him at court', 'what is a detention hold'],
        ['where is the detention center', 'detention center visiting hours', 'center for kids'],
      ),
      analysisOf('en'),
    );
    const odds = (text: string) => scopeOdds(paired, termsOf(text));
    // "detention" leans in scope and "center" out; side by side they are an errand.
    expect(odds('detention center')).toBeLessThan(odds('detention') + odds('center'));
    expect(odds('center detention')).toBe(odds('detention') + odds('center'));
  });

  it('reads a short question that names the subject by what else it asks', () => {
    const asked = buildScopeClassifier(
      knowledgeOf(
        ['can ICE hold him at the jail', 'does ICE get release dates', 'can ICE come to court'],
        ['where do i find the form number', 'what form number do i use', 'ICE form number'],
      ),
      analysisOf('en'),
    );
    const beside = (text: string) =>
      asksBesideSubject(asked, termsOf(text), questionOdds(asked, termsOf(text)));
    // "ICE" reads in scope; what it is asked beside decides.
    expect(beside('where do i find the ice form number')).toBe(true);
    expect(beside('can ice hold him at the jail')).toBe(false);
    // Without a word of the subject, or past ten terms, the usual bars decide instead.
    expect(beside('where do i find the form number')).toBe(false);
    const story =
      'my uncle was at the county jail for three long weeks last winter and now ice wants the form number from his papers, where do i find it';
    expect(termsOf(story).length).toBeGreaterThan(10);
    expect(beside(story)).toBe(false);
  });

  it('learns nothing without declined questions, so it declines nothing', () => {
    const bare = buildScopeClassifier(knowledgeOf(['can the jail hold someone']), analysisOf('en'));
    expect(scopeOdds(bare, termsOf('sentence for theft hold'))).toBe(0);
  });

  it('knows the words that name the subject itself', () => {
    expect(namesSubject(classifier, termsOf('my cousin and ICE'))).toBe(true);
    expect(namesSubject(classifier, termsOf('my cousin and the jail'))).toBe(false);
  });

  it('does not take a word for the subject by a phrase it may stand for', () => {
    // "paper" may stand for "immigration status", and is as often a student's paper.
    const paper = {
      alternatives: new Set(['paper', 'immigr', 'statu']),
      readings: new Set(['paper']),
    };
    expect(namesSubject(classifier, [paper])).toBe(false);
    expect(namesSubject(classifier, [{ ...paper, readings: paper.alternatives }])).toBe(true);
  });

  it('holds a question that names the subject to a lower bar, and a story that does far lower', () => {
    expect(outOfScopeBar(20, true)).toBeLessThan(outOfScopeBar(5, true));
    expect(outOfScopeBar(5, true)).toBeLessThan(outOfScopeBar(5, false));
    expect(outOfScopeBar(20, false)).toBe(outOfScopeBar(5, false));
  });

  it('reads a story by what it asks at its end when that reads more in scope', () => {
    const telling = 'sentence theft felony sentence theft felony sentence theft';
    const asking = 'hold release dates';
    const story = termsOf(`${telling} ${asking}`);
    expect(scopeOdds(classifier, story)).toBeLessThan(0);
    expect(questionOdds(classifier, story)).toBe(scopeOdds(classifier, story.slice(-8)));
    expect(questionOdds(classifier, termsOf(asking))).toBe(scopeOdds(classifier, termsOf(asking)));
    const askedOutOfScope = termsOf(`${asking} ${asking} ${asking} ${telling}`);
    expect(questionOdds(classifier, askedOutOfScope)).toBe(scopeOdds(classifier, askedOutOfScope));
  });

  it('reads the same once saved and restored', () => {
    const restored = restoreScopeClassifier(
      JSON.parse(JSON.stringify(savedScopeClassifier(classifier))),
    );
    expect(restored).toEqual(classifier);
  });
});

describe('declining questions near the subject on the shipped knowledge', async () => {
  const built = buildKnowledge(await readKnowledgeFiles('knowledge'), 'knowledge', '2026-12-01');
  if (!built.ok) throw new Error('the shipped knowledge does not build');
  const engine = await shippedEngine();
  const unlisted: Knowledge = { ...built.knowledge };
  delete unlisted.outOfScope;
  const withoutList = createAnswerEngine(unlisted);

  // None of these is in out-of-scope.yaml: its questions teach which words ask another thing.
  it.each([
    'what is the maximum prison sentence for a class C felony in connecticut',
    'can I get a pardon for an old burglary conviction in CT',
    'does a felony conviction stop you from voting in connecticut',
    'puedo votar en connecticut si tengo una condena por felonia',
    // Short questions that name ICE are decided by what else they ask.
    'how much does an ICE officer earn a year',
  ])('declines %j, which search alone would answer', (question) => {
    expect(withoutList.ask(question).results.length).toBeGreaterThan(0);
    const answer = engine.ask(question);
    expect(answer.status).toBe('no-answer');
    expect(answer.suggestions).toEqual([]);
  });

  // Errands after ICE has someone, and other agencies' business: declined by what they ask.
  it.each([
    'is there an online detainee locator to find which detention center my brother is in',
    'mi hermano esta en un centro de detencion, como lo encuentro',
    'can I stop paying rent if my landlord threatens to call ICE on me',
    'how do i file a FOIA request to get my immigration file',
    'cuando es mi proxima audiencia en la corte de inmigracion',
    // The immigration court is not the agency: seeing a court date is not ICE seeing records.
    'como puedo ver mi proxima fecha de corte de inmigracion con mi numero A',
    'Are there any Second Amendment sanctuary towns in Connecticut?',
    // A form the knowledge lacks is another subject, however long the story around it.
    'cuanto se tarda en salir la residencia por peticion de mi esposo que es ciudadano? ya mandamos el I-130',
    'my wife is a citizen and we sent the I-130 in march, how long until the interview',
    // Where one person's case stands: no source follows anyone's case.
    'como va el caso de mi tio Pedro que lo agarraron en Danbury en mayo, ya lo deportaron?',
    'any update on Marisol from our church, she was detained in Hartford last month',
    'how can i find out my next court hearing date? i lost the letter from the court',
    'how do i apply for a drive only license in ct if i dont have a social',
    'como pido una orden de restriccion contra el papa de mis hijos',
    'where do i do the census online, the link from the letter is broken',
    // An eviction is a "detainer" too, in some states' courts.
    'got an unlawful detainer from my landlord in LA, how long until i have to move out',
    'me llego un papel de desalojo, cuanto tiempo tengo para salir del apartamento',
    'como busco mi fecha de corte de inmigracion por internet',
    // Life inside detention, though ICE holds the person.
    'ICE processing center visiting hours on sundays',
    'my son is at the wyatt detention center, how do i put money on his commissary',
    'what did the senator say about ICE at the rally in new haven',
    // That ICE took someone is told, not asked; a name is not a call.
    'a mi tio lo agarro la migra el martes, se llama Pedro Gomez, en que centro lo tienen?',
    "my brother's bail was set at $10,000 in Bridgeport, will a bondsman take 10%?",
    'does HUSKY cover kids with no immigration status',
    // Errands that name ICE holding or arresting someone and still never ask what ICE may do.
    'my son is held on an ICE detainer at the wyatt detention center, what are the visiting hours',
    'what did the governor say about the ICE arrests at his press conference',
    'is there a protest against ICE in hartford this weekend',
    // A landlord's threat to call ICE does not make a tenant's question this bot's.
    'my landlord says he will call ICE if i keep complaining about the heat, can he evict me',
    'my hearing in hartford got rescheduled, where do i check the new date',
    'como saco mi record criminal de la policia estatal para un trabajo',
    // Short, and ICE is named, but only beside what it asks.
    "where can I find my mom's A-number? ICE is asking for it on a form",
  ])('declines %j', (question) => {
    const answer = engine.ask(question);
    expect(answer.status).toBe('no-answer');
    expect(answer.suggestions).toEqual([]);
  });

  it.each([
    'can Connecticut police hold someone after a class C felony conviction if ICE asks',
    'my cousin got a DUI, posted bail, works two jobs, and the jail says ICE put a hold on him, can they keep him',
    'what does the Trust Act say about felony convictions',
    'Can ICE arrest people at the immigration court in Hartford?',
    'puede la migra arrestarme en la corte de inmigracion',
    'what is form I-247A',
    'si saco la licencia drive only la migra puede ver mis datos?',
    'if i do the census online can ICE get my answers?',
    'what is an ICE detainer warrant',
    'my son has an ICE hold at the Hartford jail, can they keep him past his release?',
    // "A partir de" (since) shares its stems with "partido de" (a match).
    'a partir del 1 de febrero de 2026 trump ya no le paga a los santuarios?',
    // A bill's short number names it.
    'SB 54 California',
    'mi tio tiene un hold de la migra, lo pueden retener despues de pagar la fianza?',
    'after a traffic stop for an expired registration, can the police call ICE on me?',
    'my hearing got rescheduled, can ICE arrest me at the new date?',
    'what is a detainer? the lawyer keeps saying my dad has one and nobody explains',
    // A story about holding someone for ICE is that question, whatever errand it also tells.
    'Mi hermano lo pararon en Waterbury y lo llevaron a la estacion porque tenia una orden vieja por no pagar una multa. Ahorita en Connecticut la policia lo puede retener para la migra?',
    "What did the Ninth Circuit say about California's AB 103 inspections of detention facilities?",
    'I run the youth group at a small church in Meriden and we spend most weekends on bake sales and the food drive for the shelter. A few families stopped coming. Did Connecticut pass a law in 2026 about agents at houses of worship?',
  ])('still answers %j', (question) => {
    expect(engine.ask(question).results.length).toBeGreaterThan(0);
  });
});
