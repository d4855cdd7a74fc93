import { describe, expect, it } from 'vitest';
import { inForceSince } from '../../src/knowledge/in-force.js';
import { shippedEngine } from '../support/engine.js';

const engine = await shippedEngine();
const entry = (id: string) => engine.knowledge.entriesById.get(id);
const first = (question: string) => entry(engine.ask(question).results[0]?.id ?? '');
const isConnecticut = (id: string) => {
  const e = entry(id);
  return (
    e?.jurisdiction === 'CT' ||
    ['Hartford', 'New Haven', 'East Haven'].includes(e?.jurisdiction ?? '')
  );
};

describe('ranking on the shipped knowledge', () => {
  it.each([
    'can connecticut police hold someone for ICE right now',
    'does CT honor ice detainers',
    'what happens if ICE sends a detainer to the jail in Meriden',
    'is the 2013 trust act still the law in connecticut',
  ])('puts the rule in force first for a question about today: %j', (question) => {
    const lead = first(question);
    expect(lead?.status).not.toBe('superseded');
    expect(lead?.kind).not.toBe('news');
  });

  it('answers a hold told in the past tense with the rule in force, and the state law first', () => {
    const story =
      'A mi mama la tenian en el lockup de Stamford, mi hermano ya pago el bond pero no la ' +
      'dejaron salir porque dijeron que inmigracion tiene un hold. Eso es legal aqui en Connecticut??';
    const ids = engine.ask(story, { language: 'es' }).results.map((r) => r.id);
    expect(ids[0]).toBe('ct-trust-act-2019');
    expect(entry(ids[0] ?? '')?.status).toBe('current');
  });

  it('answers "something called X" with the entry named X', () => {
    const answer = engine.ask(
      'My abuela keeps hearing that ICE can pull your info from something called COLLECT?? Is that a real thing?',
    );
    expect(answer.results[0]?.id).toBe('collect');
  });

  it('answers a story of an arrest at a protest with the hold rules, not as a protest errand', () => {
    const answer = engine.ask(
      'My daughter got arrested at a protest in Hartford for trespassing and ICE lodged a detainer, ' +
        'but the jail let her out. Were they even allowed to hold her for it?',
    );
    expect(answer.status).toBe('answered');
    expect(isConnecticut(answer.results[0]?.id ?? '')).toBe(true);
  });

  it('answers a case asked for by what it decided with the case, before its place', () => {
    const ids = engine
      .ask(
        'un ciudadano americano lo dejaron preso por un detainer en Pennsylvania, como se llama ese caso y que decidieron',
        { language: 'es' },
      )
      .results.map((r) => r.id);
    expect(ids[0]).toBe('galarza-v-szalczyk');
    expect(ids).toContain('lehigh-county');
  });

  it('answers a case asked for with the case, before the explainer that tells of it', () => {
    const ids = engine
      .ask('que caso perdio Connecticut en 2020 por los fondos Byrne JAG', { language: 'es' })
      .results.map((r) => r.id);
    expect(ids[0]).toBe('new-york-v-doj-2020');
    expect(ids).toContain('byrne-jag-grant-conditions');
  });

  it("gives someone held in a town the state's law, not an explainer of another matter", () => {
    const ids = engine
      .ask(
        'mi tio lo tienen en Hartford, lo arresto la policia por una pelea. la policia de Hartford coopera con la migra?',
        { language: 'es' },
      )
      .results.map((r) => r.id);
    expect(ids[0]).not.toBe('ice-at-the-courthouse');
    expect(ids.slice(0, 2)).toContain('hartford');
  });

  it('answers a question about the past with the rule of that time, labelled as replaced', () => {
    const answer = engine.ask('back in 2016 what did CT cops have to do when ICE sent a detainer');
    const lead = answer.results[0];
    expect(lead?.status).toBe('superseded');
    expect(lead?.supersededBy?.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('answers ICE at a traffic court with the courthouse rules: a traffic court is a court', () => {
    expect(first('can ICE pick me up at traffic court')?.id).toBe('ice-at-the-courthouse');
  });

  it("answers a question about a place with the place's own entry", () => {
    expect(engine.ask('tell me about hartford').results[0]?.id).toBe('hartford');
  });

  it('answers a long story by the question it ends with: the state rule for a hold in a town', () => {
    const lead = first(
      'My neighbour Rosa, who makes the best tamales on our street and looks after half the kids ' +
        'of the building after school, was stopped in Meriden on her way back from the laundromat. ' +
        'Her car had a broken tail light and her registration had lapsed in the spring while she ' +
        'was sick, and the officer found an old unpaid ticket from years ago, so they took her to ' +
        'the station. Her daughter waited for hours in the lobby with the baby and a bag of ' +
        'groceries. Now the desk sergeant says ICE sent a detainer. Can the police keep her locked ' +
        'up for ICE?',
    );
    expect(lead?.jurisdiction).toBe('CT');
    expect(lead?.status).toBe('current');
  });

  it('answers a year asked about with its rule, though the asker contrasts it with today', () => {
    const lead = first(
      'in 2017 the CT jail held my cousin for ICE over an old felony. people say that would not happen today. what was the rule back then?',
    );
    expect(lead?.status).toBe('superseded');
  });

  it('reads "business hours" in a question about how long a hold lasts as part of it', () => {
    const answer = engine.ask('does the 48 hour ice hold count weekends or only business hours?');
    expect(answer.status).toBe('answered');
  });

  it('gives someone held in a Connecticut town the state rule before what a word means', () => {
    const [lead, ...rest] = engine.ask(
      'mi tio esta en la carcel de Hartford con un hold de la migra, lo pueden aguantar?',
    ).results;
    expect(entry(lead?.id ?? '')?.jurisdiction).toBe('CT');
    expect(entry(lead?.id ?? '')?.kind).not.toBe('glossary');
    expect(rest.map((r) => entry(r.id)?.jurisdiction)).toContain('Hartford');
  });

  it('reads "en ese entonces" as looking back: the old rule is shown', () => {
    const answer = engine.ask(
      'cuando mi hermano estuvo preso en CT, la carcel lo dejo para ICE por un felony viejo. como era la regla en ese entonces?',
    );
    expect(answer.results.map((r) => r.status)).toContain('superseded');
  });

  it.each([
    'my cousin got stopped in Stamford driving without a license, they say ICE put a hold on him. can the jail keep him?',
    'a mi cuñado lo pararon en Meriden sin licencia y dicen que la migra le puso un hold, lo pueden dejar encerrado?',
  ])(
    'reads "without a license" as why someone was stopped, not a question about records: %j',
    (q) => {
      expect(entry(first(q)?.id ?? '')?.title).toMatch(/Trust Act/);
    },
  );

  it("answers a short question that names a town with the town's own entry", () => {
    expect(engine.ask('East Haven sale en la lista?').results[0]?.id).toBe(
      engine.knowledge.entries.find((e) => e.jurisdiction === 'East Haven')?.id,
    );
  });

  it('answers what federal law says with federal law near the top, though asked from Connecticut', () => {
    const answer = engine.ask(
      "I'm on the Bristol town council. if we ban staff from telling ICE anyone's immigration status, would that break federal law?",
    );
    const top = answer.results.slice(0, 2).map((r) => entry(r.id)?.jurisdiction);
    expect(top).toContain('US');
  });

  it("answers a hold sent to a town's jail with the state's rule, and the town's policy with the town", () => {
    const [lead, next] = engine.ask(
      'what happens if ICE sends a detainer to the Hartford jail',
    ).results;
    expect(entry(lead?.id ?? '')?.kind).toBe('law');
    expect(entry(lead?.id ?? '')?.jurisdiction).toBe('CT');
    expect(entry(next?.id ?? '')?.jurisdiction).toBe('Hartford');
    expect(entry(first("what is Hartford's policy on ICE detainers")?.id ?? '')?.jurisdiction).toBe(
      'Hartford',
    );
  });

  it("answers a question that names the state's rule with it, before a town named beside it", () => {
    const [lead, ...rest] = engine.ask(
      'does the trust act cover the cops in Torrington or just cities like New Haven?',
    ).results;
    expect(entry(lead?.id ?? '')?.jurisdiction).toBe('CT');
    expect(rest.map((r) => entry(r.id)?.jurisdiction)).toContain('New Haven');
  });

  it("puts the state's law on holds before its explainer of how data reaches ICE, for a hold", () => {
    const lead = first(
      'a mi hermano lo agarraron en Norwalk por una pelea y ahora dicen que inmigracion le puso un hold. lo pueden dejar preso mas tiempo por eso?? estoy desesperada',
    );
    expect(lead?.kind).toBe('law');
    expect(lead?.jurisdiction).toBe('CT');
  });

  it('answers agents at a door in a Connecticut town with warrants and the door, not a state law', () => {
    const lead = first(
      "Vivo en Norwalk. Ayer unos agentes tocaron la puerta de mi vecina con un papel que decía 'warrant'. Ella no abrió. ¿No necesitan una orden firmada por un juez?",
    );
    expect(['administrative-warrant', 'ice-at-the-door']).toContain(lead?.id);
  });

  it("puts the state's law on holds before its overview of the state, for a hold", () => {
    const lead = first(
      'Antes del 2019 como era la ley en CT con los holds de ICE? A mi tio lo deportaron en 2016 desde la carcel de Bridgeport',
    );
    expect(lead?.kind).toBe('law');
    expect(lead?.status).toBe('superseded');
  });

  it('says when the old rule was replaced: the day the rule in force now took effect', () => {
    const lead = engine.ask('back in 2016 what did CT cops have to do when ICE sent a detainer')
      .results[0];
    const current = entry(lead?.supersededBy?.id ?? '');
    expect(current).toBeDefined();
    expect(lead?.supersededBy?.asOf).toBe(inForceSince(current!));
    // The rule in force now was later amended: its as_of is that amendment, not when it began.
    expect(inForceSince(current!) < current!.as_of).toBe(true);
  });

  it('answers a year between a rule taking effect and its amendment with that rule', () => {
    const lead = first('in 2020 could connecticut police hold someone for ice');
    expect(lead?.status).toBe('current');
    expect(isConnecticut(lead?.id ?? '')).toBe(true);
    expect(inForceSince(lead!) <= '2020-01-01').toBe(true);
  });

  it('puts the state rule before a town entry for someone held there, with the town beside it', () => {
    const answer = engine.ask(
      'my dad is in the New Haven jail for something small and they say he has an ICE hold, can they keep him for ICE?',
    );
    const [lead, ...rest] = answer.results;
    expect(entry(lead?.id ?? '')?.jurisdiction).toBe('CT');
    expect(rest.map((r) => entry(r.id)?.jurisdiction)).toContain('New Haven');
  });

  it('gives a Connecticut town the state rule, not another state', () => {
    const lead = engine.ask('can the police in Norwalk keep my dad for immigration after bail')
      .results[0];
    expect(lead && isConnecticut(lead.id)).toBe(true);
  });

  it('never answers a question about an uncovered state with Connecticut content, and says so', () => {
    const answer = engine.ask('in texas can the county jail hold someone on an ice detainer');
    expect(answer.status).toBe('answered');
    expect(answer.results.filter((r) => isConnecticut(r.id))).toEqual([]);
    expect(answer.notices).toContainEqual({ kind: 'place-not-covered', places: ['Texas'] });
  });

  it.each([
    [
      "Not in CT, I'm in Houston. The jail says my cousin has an ICE hold, is it just a request?",
      'Houston',
    ],
    [
      'no estoy en Connecticut, estoy en Houston: la carcel dice que mi primo tiene un hold de ICE, es legal?',
      'Houston',
    ],
  ])('reads a place named as where the asker is not as no place asked: %j', (question, there) => {
    const answer = engine.ask(question);
    expect(answer.status).toBe('answered');
    expect(answer.results.filter((r) => isConnecticut(r.id))).toEqual([]);
    expect(answer.notices).toContainEqual({ kind: 'place-not-covered', places: [there] });
  });

  it('answers a court case asked about in a state with the case of the place there that has one', () => {
    const inOregon = ['clackamas-county', 'miranda-olivares-v-clackamas-county'];
    expect(inOregon).toContain(
      first('what was the Oregon lawsuit about a woman kept in a county jail on an ICE detainer')
        ?.id,
    );
    expect(inOregon).toContain(
      first('there was a county in oregon that kept someone in jail on just an ICE detainer right?')
        ?.id,
    );
    // Asked about the state itself, a county's entry does not stand for it.
    expect(inOregon).not.toContain(first('is oregon a sanctuary state')?.id);
  });

  it('answers a rule asked about by its citation with that rule, a bare number with the subject', () => {
    expect(first('under 8 CFR 287.7 how long can a jail keep someone for ICE')?.id).toBe(
      '8-cfr-287-7',
    );
    expect(first('explain 1373 to me like im 12')?.id).not.toBe('8-usc-1373');
  });

  it("answers with a covered place's own entry, though the question says more than it holds", () => {
    expect(
      first('I live in Los Angeles, does California stop its police from helping ICE?')?.id,
    ).toBe('california');
  });

  it('answers "what is ICE" with ICE, not with the ICE detainer a phrasing also names', () => {
    expect(first('what is ICE')?.id).toBe('ice');
    expect(first('ok dumb question but what is ICE exactly')?.id).toBe('ice');
    expect(first('what is an ICE detainer')?.id).toBe('detainer');
  });

  it('answers whether ICE may arrest someone, though an errand it declines comes with it', () => {
    expect(
      first('my court date is for a speeding ticket, can ICE arrest me inside the courthouse?')?.id,
    ).toBe('ice-at-the-courthouse');
    expect(
      engine.ask('there is a warrant for my unpaid parking tickets, how do I clear it').status,
    ).toBe('no-answer');
    // A count of people is statistics the sources do not hold; how long a hold lasts is theirs.
    expect(engine.ask('how many people did ICE arrest in Connecticut in 2025').status).toBe(
      'no-answer',
    );
    expect(engine.ask('how many hours can ICE hold someone').status).toBe('answered');
    // Temporary Protected Status is another process, yet ICE detaining someone who has it is not.
    expect(engine.ask('my cousin has TPS, can ICE still detain him?').status).toBe('answered');
    expect(engine.ask('Does TPS protect my cousin from an ICE detainer?').status).toBe('answered');
    expect(first('what hours can ICE come to my house')?.id).toBe('ice-at-the-door');
    // A search of the car is not this bot's to answer; the police calling ICE is.
    expect(engine.ask('la policia puede revisar mi carro y llamar a la migra?').status).toBe(
      'answered',
    );
  });

  it('answers agents at the door, told as a long story, with what they may do there', () => {
    for (const story of [
      'my sister rents the second floor of a house in new britain with her two boys. early today ' +
        'three guys in vests knocked saying ICE and held a paper up to the window, she didnt open ' +
        'and they left. they said theyll be back tomorrow. what is she supposed to do then',
      'my grandma lives alone in meriden, yesterday some agents in vests were knocking, holding a ' +
        'paper up to the window, and she didnt open. they said they would return next week',
    ]) {
      expect(first(story)?.id, story).toBe('ice-at-the-door');
    }
  });

  it('answers whether an order named by its year is still in force with that order', () => {
    for (const question of [
      'is trumps 2017 sanctuary city order still in effect',
      'la orden ejecutiva de 2017 sobre ciudades santuario sigue vigente?',
    ]) {
      expect(first(question)?.id, question).toBe('eo-13768');
    }
  });

  it('reads "estado" as a state, and relatives in a Spanish question as the teller\'s life', () => {
    expect(first('connecticut es un estado santuario? mi suegra dice que no')?.id).toBe(
      'connecticut',
    );
  });

  it('answers what is asked, not what the asker concedes ("even with the Trust Act")', () => {
    const data = ['how-data-reaches-ice-in-connecticut', 'secure-communities'];
    for (const question of [
      'if my son gets booked in Bridgeport do his fingerprints still end up with immigration even with the trust act',
      'does the jail in hartford still send fingerprints to ice despite the trust act',
    ]) {
      expect(data, question).toContain(first(question)?.id);
    }
  });

  it('answers "what does X mean" with the definition, though the rest tells who said it', () => {
    expect(first('que significa anticommandeering? lo dijo el abogado de mi tio')?.id).toBe(
      'anticommandeering',
    );
    expect(first('q significa detainer? le salio a mi primo')?.id).toBe('detainer');
  });

  it("puts the state's law before federal regulation for someone held here, unless asked how a hold works", () => {
    const lead = first(
      'My cousin got arrested in Meriden for a DUI on Saturday. We paid his bail Sunday but the jail says ICE has a hold and he may not be let out. He has no record, just a speeding ticket years ago. Are they allowed to keep him just because ICE asked?',
    );
    expect(lead?.kind).toBe('law');
    expect(lead?.jurisdiction).toBe('CT');
    const workings = first(
      'my uncle is in the Meriden jail with an ICE hold since Friday. how long can a hold like that last, do saturday and sunday count?',
    );
    expect(workings?.jurisdiction).toBe('US');
  });

  it('answers a question about today with what is in force, before a record of what was', () => {
    const lead = engine.ask(
      'if a town ignores ICE detainers, is that breaking the federal information-sharing law?',
    ).results[0];
    expect(lead?.status).toBe('current');
    // Where the record is all there is on what was asked, it answers.
    expect(
      engine.ask('does ICE still publish those weekly reports of jails that declined detainers?')
        .results[0]?.status,
    ).toBe('historical');
  });

  it('answers how things stand today when an old story is only the way in', () => {
    const today = (question: string) => {
      const lead = first(question);
      expect(lead?.kind).not.toBe('news');
      expect(lead?.jurisdiction).toBe('CT');
    };
    today(
      'I read an old 2017 article saying Connecticut gives ICE information about people. Is that still happening today?',
    );
    today('lei un articulo del 2017 que dice que connecticut le da datos a ICE, eso todavia pasa?');
    expect(
      first(
        'I found a 2017 CT Mirror story saying Connecticut shares data with ICE. Can I still rely on it?',
      )?.kind,
    ).toBe('news');
  });

  it('answers what was asked, not the town the asker lives in or leaves', () => {
    expect(first('vivo en New Haven, que es el DHS?')?.id).toBe(first('que es el DHS?')?.id);
    expect(first('I live in Hartford. what is 287g')?.id).toBe(first('what is 287g')?.id);
    expect(
      first(
        'moving from hartford to san diego soon. does california stop local police helping ICE?',
      )?.jurisdiction,
    ).toBe('California');
  });

  it("answers a case asked about with the case, before its place's own entry", () => {
    const lead = first(
      'What did the Justice Department claim when it sued the state and New Haven in 2026?',
    );
    expect(lead?.kind).toBe('case');
  });

  it('does not answer with a revoked order for a year it does not name', () => {
    const lead = first(
      '¿Qué dice la orden ejecutiva que firmó el presidente en abril de 2025 para publicar una lista de ciudades santuario y quitarles dinero federal?',
    );
    expect(lead?.status).toBe('current');
  });

  it('answers "what is" with the entry named, in Spanish too', () => {
    expect(first('ke es una orden administrativa? la vi en tiktok')?.id).toBe(
      'administrative-warrant',
    );
    expect(first('que es una orden judicial? la vi en tiktok')?.id).toBe('judicial-warrant');
    expect(engine.find('orden administrativa')?.id).toBe('administrative-warrant');
  });

  it("answers with the state's overview when the whole picture is asked, not for one thing in it", () => {
    expect(first('is connecticut a sanctuary state?')?.id).toBe('connecticut');
    expect(first('tell me about connecticut and ICE')?.id).toBe('connecticut');
    expect(
      first(
        'Connecticut is a sanctuary state, so ICE never gets information about people arrested here, right?',
      )?.id,
    ).not.toBe('connecticut');
  });

  it('answers agents outside the home with what they may do there, before finding a lawyer', () => {
    const answer = engine.ask(
      'ICE was outside my mom’s apartment in Meriden this morning and held up a paper signed by an officer. She did not open. Can they come in with that? what should she do',
    );
    expect(answer.results[0]?.id).toBe('ice-at-the-door');
  });

  it('keeps its answer when a stray number or date is added', () => {
    for (const question of ['What is an ICE detainer?', 'what is 287(g)']) {
      const plain = engine.ask(question).results[0]?.id;
      expect(engine.ask(`${question} 2024`).results[0]?.id).toBe(plain);
      expect(engine.ask(`#4 ${question}`).results[0]?.id).toBe(plain);
      expect(engine.ask(`${question} 12`).results[0]?.id).toBe(plain);
    }
  });

  it('answers a long story as it answers the question inside it, and points to legal help', () => {
    const story =
      'ok so my brother got picked up last tuesday in Waterbury for driving without a license, ' +
      'my mom paid the bond but the jail says ICE put a hold on him and they are waiting to hear ' +
      'back. he has never been convicted of anything. can they keep him there??';
    const answer = engine.ask(story);
    expect(answer.status).toBe('answered');
    expect(isConnecticut(answer.results[0]?.id ?? '')).toBe(true);
    expect(answer.notices.map((n) => n.kind)).toContain('legal-help');
  });

  it('reads chat spellings and bills typed as one word', () => {
    expect(first('wut even is 287g, my cousin says the sheriff in his county does it')?.id).toBe(
      first('what is 287g')?.id,
    );
    expect(first('so what did sb397 do')?.id).toBe(first('what did SB 397 do')?.id);
  });

  it('answers a story that looks back and then asks about today with no replaced rule', () => {
    const answer = engine.ask(
      'My nephew was deported years ago and came back. In 2019 the law here changed, and now he got picked up in Waterbury on a warrant. Is the 2019 rule still what applies after the October 2025 amendments?',
    );
    expect(answer.results.length).toBeGreaterThan(0);
    expect(answer.results.map((r) => r.status)).not.toContain('superseded');
  });

  it('corrects typos', () => {
    expect(first('waht is a detaner')?.id).toBe(first('what is a detainer')?.id);
    // A short word is corrected where it completes a name: "akt" after "trust".
    expect(first('wat is this trust akt thing evry1 talks about')?.id).toBe('trust-act');
  });

  it.each([
    'best empanada recipe',
    'where is an ice skating rink near Bristol CT',
    'how do I set up a living trust in connecticut',
    'what time does the Danbury library close',
    'who won the UConn game last night',
    'how do I renew my passport',
  ])('declines %j without suggesting anything unrelated', (question) => {
    const answer = engine.ask(question);
    expect(answer.status).toBe('no-answer');
    expect(answer.results).toEqual([]);
  });
});
