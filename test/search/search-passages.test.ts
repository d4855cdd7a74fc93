import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/app/answer-engine.js';
import { judge, parseEvalQuestions, summarize } from '../../src/eval/retrieval-eval.js';
import { MAX_RESULTS } from '../../src/search/search-passages.js';
import { shippedEngine } from '../support/engine.js';

let engine: AnswerEngine;
beforeAll(async () => {
  engine = await shippedEngine();
});

const topIds = (question: string, k = 3) =>
  engine
    .ask(question)
    .results.slice(0, k)
    .map((r) => r.id);

describe('search on realistic questions', () => {
  it('answers paraphrases, slang and typos (hit@3 of at least 95%)', () => {
    const questions = parseEvalQuestions(readFileSync('test/search/paraphrases.jsonl', 'utf8'));
    const summary = summarize(questions.map((q) => judge(q, engine.ask(q.q))));
    expect(summary.misses.map((m) => m.question.q)).toEqual([]);
    expect(summary.hitAt3).toBeGreaterThanOrEqual(0.95);
  });

  it('finds the detainer explainers for an "ICE hold"', () => {
    expect(topIds('what is an ice hold')).toEqual(
      expect.arrayContaining([expect.stringMatching(/detain/)]),
    );
  });

  it.each([
    ['287(g)', '287g'],
    ['287g', '287g'],
    ['I-247A', 'i-247a'],
    ['i247a', 'i-247a'],
    ['8 CFR 287.7', '8-cfr-287-7'],
    ['§ 1373', 'section-1373'],
    ['8 U.S.C. 1373', '8-usc-1373'],
  ])('finds the entry for %s', (written, entryPart) => {
    expect(topIds(written, 5).some((id) => id.includes(entryPart))).toBe(true);
  });

  it('puts Connecticut’s current Trust Act within reach of "when does CT hold someone for ICE"', () => {
    expect(topIds('when does connecticut hold someone for ICE', 5)).toEqual(
      expect.arrayContaining([expect.stringMatching(/trust-act|connecticut/)]),
    );
  });
});

describe('answers', () => {
  it('gives at most five results, one per entry, each cited with a snippet', () => {
    const answer = engine.ask('detainer 1373 Connecticut Trust Act ICE sanctuary grant');
    expect(answer.results.length).toBeGreaterThan(0);
    expect(answer.results.length).toBeLessThanOrEqual(MAX_RESULTS);
    expect(new Set(answer.results.map((r) => r.id)).size).toBe(answer.results.length);
    for (const result of answer.results) {
      expect(result.sources.length).toBeGreaterThan(0);
      expect(result.snippet).toMatch(/\[\d+\]/);
      for (const source of result.sources) expect(source.url).toMatch(/^https:\/\//);
    }
  });

  it('bolds the matched words in the snippet', () => {
    const [best] = engine.ask(
      'How long can a jail keep someone on an immigration detainer?',
    ).results;
    expect(best?.snippet).toMatch(/\*\*[^*]+\*\*/);
  });

  it('cuts long snippets on word boundaries and marks the cut', () => {
    for (const result of engine.ask('Section 1373 detainers information sharing').results) {
      expect(result.snippet.length).toBeLessThan(600);
      expect(result.snippet).not.toMatch(/\w…\w/);
    }
  });

  it('carries the summary, as-of date and related explainers', () => {
    const [best] = engine.ask(
      'What is the difference between a detainer and information sharing?',
    ).results;
    expect(best?.summary.length).toBeGreaterThan(20);
    expect(best?.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it.each(readFileSync('test/search/unanswerable.txt', 'utf8').split('\n').filter(Boolean))(
    'says there is no sourced answer to %j, suggesting nothing unrelated',
    (question) => {
      const answer = engine.ask(question);
      expect(answer.results).toEqual([]);
      expect(['no-answer', 'empty-question']).toContain(answer.status);
      expect(answer.suggestions).toEqual([]);
    },
  );

  it.each([
    'who is the police chief in Stamford',
    'is the traffic bad on the Hartford police station road',
    'como me hago policia en Waterbury, piden ser ciudadano?',
  ])("does not answer %j with the place's own entry on one topic word", (question) => {
    expect(engine.ask(question).results).toEqual([]);
  });

  it('answers what ICE can see of records beside a subject it declines', () => {
    expect(
      engine.ask('si voy a sacar la licencia drive only, ICE puede ver mis datos?').status,
    ).toBe('answered');
    expect(engine.ask('como saco la licencia en hartford').status).toBe('no-answer');
  });

  it('answers a term whose words are everyday ones, by the entry that names it', () => {
    // "probable" and "cause" are everyday words; together they name a topic of the knowledge.
    const named = engine.knowledge.entries.find((e) => e.aliases.includes('probable cause'));
    for (const question of ['what is probable cause', 'probable cause, plain english pls']) {
      expect(engine.ask(question).results[0]?.id).toBe(named?.id);
    }
  });

  it('reads "become" as a word of the question, not as a job question', () => {
    expect(engine.ask('the 287g thing, is that when local cops become ice?').status).toBe(
      'answered',
    );
    expect(engine.ask('how do i become a police officer in hartford').status).toBe('no-answer');
  });

  it('answers a question asked of the server, and declines one about the server itself', () => {
    const [best] = engine.ask('can someone in this discord explain what a detainer is').results;
    expect(best?.id).toBe('detainer');
    expect(engine.ask('how do i mute this channel, too many pings').status).toBe('no-answer');
  });

  it('puts legal help first for someone held who asks what to do, in either language', () => {
    for (const question of [
      'ice took my husband this morning, what do we do now',
      'la migra se llevo a mi esposo ayer, que hacemos',
      'my cousin has an ice hold in the bridgeport jail, who do we call',
      'my uncle got arrested in new britain and ice put a hold on him, what do we even do',
      // No word of it is in the legal-help entry.
      'si agarran a mi marido y le ponen hold de ICE, a quien llamo primero?',
    ]) {
      expect(engine.ask(question).results[0]?.id, question).toBe('getting-legal-help');
    }
    // An official asking what to do with ICE's requests is not someone held.
    const official = engine.ask(
      'Trabajo en la oficina del fiscal en Hartford. ¿Qué debemos hacer con las solicitudes de detainer de ICE?',
    );
    expect(official.results[0]?.id).not.toBe('getting-legal-help');
  });

  it('reads how ICE knew as a question about information reaching it', () => {
    const sharing = ['detainers-vs-information-sharing', 'how-data-reaches-ice-in-connecticut'];
    for (const question of [
      'how did ice know my brother was in jail',
      'there was no ice hold but ice was waiting when he got released from jail, how did they know',
      'como se entera ICE que alguien esta preso en CT si dicen que la policia no coopera?',
    ]) {
      expect(sharing, question).toContain(engine.ask(question).results[0]?.id);
    }
  });

  it('reads letting agents in, in slang, as ICE at the door', () => {
    for (const question of [
      'yo if la migra pulls up w one of them ice papers do i gotta let em in fr',
      'pueden entrar a mi casa con una orden de ice?',
    ]) {
      expect(engine.ask(question).results[0]?.id, question).toBe('ice-at-the-door');
    }
  });

  it('answers a law asked for by its number, though it was replaced', () => {
    const old = engine.knowledge.entries.find((e) => e.aliases.includes('pa 13-155'));
    expect(old?.status).toBe('superseded');
    for (const question of ['PA 13-155 what was it', 'public act 13-155']) {
      expect(engine.ask(question).results[0]?.id, question).toBe(old?.id);
    }
  });

  it('reads a Spanish word by its own meaning, not as the English word its stem shares', () => {
    // "cara" (face) and the declined "career" share the Spanish stem "car".
    const masks = engine.ask('es neta q en CT los de la migra no pueden andar con la cara tapada?');
    expect(masks.status).toBe('answered');
  });

  it('answers the word asked about, not where it was read', () => {
    for (const question of [
      "i read the word 'anticommandeering' in an article, what is that",
      "lei en un articulo la palabra 'anticommandeering', q es eso",
    ]) {
      expect(engine.ask(question).results[0]?.id, question).toBe('anticommandeering');
    }
  });

  it('answers a look-up in everyday words that an entry holds whole, and declines their neighbours', () => {
    // "badge number" is no topic word and reads like an errand, but SB 397 asks and says it.
    expect(engine.ask('badge number').results[0]?.id).toBe('ct-sb-397-2026');
    expect(engine.ask('name tags for agents').results[0]?.id).toBe('ct-sb-397-2026');
    for (const question of ['phone number', 'food pantry', 'school lunch', 'ice rink'])
      expect(engine.ask(question).results, question).toEqual([]);
  });

  it('answers whether ICE may arrest someone beside an errand it declines, in any verb form', () => {
    const courthouse = 'ice-at-the-courthouse';
    for (const question of [
      'tengo que ir a la corte de Meriden por una multa de transito, la migra puede arrestarme ahi?',
      'tengo una multa de transito, ICE puede detenerme en la corte?',
    ])
      expect(engine.ask(question).results[0]?.id, question).toBe(courthouse);
    expect(engine.ask('como pago una multa de transito en Meriden').results).toEqual([]);
  });

  it('declines a story about ICE that asks something else, and answers one that asks about ICE', () => {
    const detained =
      'My uncle has been held by ICE at a detention center in another state for two months now. ' +
      'He has asthma and says they took his inhaler and the food makes him sick, and the guards ' +
      'ignore him. How do we file a formal complaint about his medical care and the food?';
    expect(engine.ask(detained).results).toEqual([]);
    const atTheDoor =
      'Two men in vests knocked on my neighbour’s door early this morning saying they were ' +
      'police, but their paper was from ICE and no judge had signed it. She did not open. ' +
      'Did she have to let them in?';
    expect(topIds(atTheDoor)).toContain('ice-at-the-door');
  });

  it('reads the middle of a story longer than is searched for what it tells', () => {
    // The hold is told in the middle, among more than MAX_TERMS words of the teller's life.
    const story =
      'My stepdad was born in San Juan so he is a citizen, people forget that. Last month he got ' +
      'picked up after an argument with a neighbour, my mother paid the bond, and then the ' +
      'lockup told her there was an ICE detainer on him and kept him over the weekend until ' +
      'somebody checked his birth certificate. He lost three days of pay at the bakery and my ' +
      'mother cried the whole time. Who should answer for that, and was it even allowed?';
    const aboutTheHold = ['how-detainers-work', 'detainers-and-the-fourth-amendment', 'detainer'];
    expect(aboutTheHold).toContain(topIds(story)[0]);
  });

  it('reads a misspelt word as the word a slip of the hand or ear makes, not another word', () => {
    // "lawer" is one letter from "later" too; a letter left out is the likelier slip.
    expect(engine.ask('where can i get a free lawer').results[0]?.id).toBe('getting-legal-help');
  });

  it('reads whether a rumour is true by the claim itself', () => {
    for (const question of [
      'connecticut es santuario o es puro cuento',
      'is the connecticut mask law for ICE legit or fake',
    ])
      expect(engine.ask(question).status, question).toBe('answered');
  });

  it('answers who won a court case, and declines who won a game', () => {
    expect(engine.ask('who won the san francisco v trump case').status).toBe('answered');
    expect(engine.ask('who won the game last night').status).toBe('no-answer');
  });

  it('treats a question with no words as empty, not as a search for everything', () => {
    for (const question of ['', '   ', '*', '???', '~', '^', '\\', '()']) {
      expect(engine.ask(question)).toMatchObject({ status: 'empty-question', results: [] });
    }
  });
});
