import { describe, expect, it } from 'vitest';
import { validatePayload } from '../../src/discord/validate-payload.js';
import { renderPinned } from '../../src/pins/render-pinned.js';
import { fixtureEngine } from '../discord/engine.js';
import { GLOSSARY, LAW, replace } from '../knowledge/fixture.js';
import { textOf } from '../interactions/responses.js';

const editedLaw = { [LAW]: replace('forbids two kinds', 'bars two kinds') };

describe('renderPinned', () => {
  it('renders the entry as a public message within Discord limits, without a share button', () => {
    const { payload } = renderPinned(fixtureEngine(), 'detainer');
    expect(validatePayload(payload)).toEqual([]);
    expect(payload.flags).toBeUndefined();
    expect(payload.components ?? []).toEqual([]);
    expect(textOf(payload)).toMatch(/What is an ICE detainer\?/);
  });

  it('keeps a topic’s hash when only other entries change (the footer’s version does not count)', () => {
    const before = fixtureEngine();
    const after = fixtureEngine(editedLaw);
    expect(after.knowledge.version).not.toBe(before.knowledge.version);
    expect(renderPinned(after, 'detainer').contentHash).toBe(
      renderPinned(before, 'detainer').contentHash,
    );
    expect(renderPinned(after, 'usc-8-1373').contentHash).not.toBe(
      renderPinned(before, 'usc-8-1373').contentHash,
    );
  });

  it('changes the hash when the topic’s own words change', () => {
    const edited = fixtureEngine({ [GLOSSARY]: replace('up to 48 hours', 'up to two days') });
    expect(renderPinned(edited, 'detainer').contentHash).not.toBe(
      renderPinned(fixtureEngine(), 'detainer').contentHash,
    );
  });

  it('says when it was updated, without changing the hash', () => {
    const plain = renderPinned(fixtureEngine(), 'detainer');
    const updated = renderPinned(fixtureEngine(), 'detainer', { updatedOn: '2026-02-03' });
    expect(updated.payload.content).toBe('*Updated on 2026-02-03: the knowledge base changed.*');
    expect(updated.contentHash).toBe(plain.contentHash);
  });

  it('replaces a topic the knowledge base no longer has with a withdrawn notice', () => {
    const { payload } = renderPinned(fixtureEngine(), 'no-such-topic');
    expect(validatePayload(payload)).toEqual([]);
    expect(textOf(payload)).toMatch(/This explainer was withdrawn/);
  });
});
