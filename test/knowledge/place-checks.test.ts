import { describe, expect, it } from 'vitest';
import { checkKnowledge } from '../../src/knowledge/checks.js';
import { parseKnowledge } from '../../src/knowledge/parse-knowledge.js';
import { readKnowledgeFiles } from '../../src/knowledge/read-knowledge-files.js';

const shipped = await readKnowledgeFiles('knowledge');
const today = new Date().toISOString().slice(0, 10);

function placeProblems(edit: (text: string) => string) {
  const places = shipped.places;
  if (!places) throw new Error('the shipped knowledge has no places.yaml');
  const files = { ...shipped, places: { ...places, text: edit(places.text) } };
  return checkKnowledge({ knowledge: parseKnowledge(files, 'knowledge'), today }).filter(
    (problem) => problem.rule === 'places',
  );
}

describe('the places check on the shipped places', () => {
  it('accepts them as they are', () => {
    expect(placeProblems((text) => text)).toEqual([]);
  });

  it('refuses a covered place said to lie within a state it does not list', () => {
    const problems = placeProblems((text) => text.replace('within: [Oregon]', 'within: [Oregun]'));
    expect(problems.map((p) => p.message)).toEqual([
      'Clackamas County lies within "Oregun", which is no state listed under elsewhere',
    ]);
  });

  it('refuses a town marked as known elsewhere that is no Connecticut town', () => {
    const problems = placeProblems((text) =>
      text.replace(
        'known_elsewhere:\n    [\n      Washington,',
        'known_elsewhere:\n    [\n      Seattle,',
      ),
    );
    expect(problems.map((p) => p.message)).toEqual([
      'known_elsewhere "Seattle" is no listed town or village',
    ]);
  });
});
