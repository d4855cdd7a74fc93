import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dayOf } from '../../src/store/day.js';
import { renderPinned } from '../../src/pins/render-pinned.js';
import { openTestStore, tempFolder } from '../store/temp-store.js';
import { shippedEngine } from '../support/engine.js';
import { jsonLines, runCli } from '../support/run-cli.js';

const today = dayOf(new Date());
const longAgo = '2020-01-01';

/** A DATA_DIR holding what a few days of use would leave. */
async function seeded(): Promise<string> {
  const folder = tempFolder();
  const store = openTestStore(folder);
  const engine = await shippedEngine();
  for (let i = 0; i < 3; i++) await store.usage.recordTopic('trust-act', today);
  await store.usage.recordTopic('detainer', today);
  await store.usage.recordTopic('sanctuary-jurisdiction', longAgo);
  await store.usage.recordUnanswered('can my landlord call ice', today);
  await store.usage.recordUnanswered('can my landlord call ice', today);
  await store.usage.recordUnanswered('what about school buses', today);
  await store.feedback.record(['trust-act#2'], 'not-helpful');
  await store.feedback.record(['trust-act#2', 'detainer#1'], 'not-helpful');
  await store.feedback.record(['detainer#1'], 'helpful');
  const pin = {
    guildId: '200000000000000001',
    channelId: '300000000000000001',
    topic: 'trust-act',
    knowledgeVersion: engine.knowledge.version,
    postedAt: '2026-01-15T12:00:00.000Z',
  };
  await store.pins.add({
    ...pin,
    messageId: '900000000000000001',
    contentHash: renderPinned(engine, 'trust-act').contentHash,
  });
  await store.pins.add({ ...pin, messageId: '900000000000000002', contentHash: 'an-older-render' });
  await store.pins.add({
    ...pin,
    messageId: '900000000000000003',
    contentHash: 'x',
    topic: 'no-longer-here',
  });
  await store.close();
  return folder;
}

describe('cli report', () => {
  it('--json: most requested topics and top unanswered questions of the last 30 days, worst passages', async () => {
    const run = await runCli(['report', '--json'], '', { DATA_DIR: await seeded() });
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({ until: today, days: 30 });
    expect(report.requestedTopics).toEqual([
      { topic: 'trust-act', title: "What is Connecticut's Trust Act?", count: 3, lastDay: today },
      { topic: 'detainer', title: expect.any(String), count: 1, lastDay: today },
    ]);
    expect(report.unansweredQuestions).toEqual([
      { question: 'can my landlord call ice', count: 2, lastDay: today },
      { question: 'what about school buses', count: 1, lastDay: today },
    ]);
    expect(report.notHelpfulPassages.map((p: { passage: string }) => p.passage)).toEqual([
      'trust-act#2',
      'detainer#1',
    ]);
    expect(report.notHelpfulPassages[1]).toMatchObject({
      entry: 'detainer',
      notHelpful: 1,
      helpful: 1,
    });
  });

  it('prints the same for people, and takes --days and --limit', async () => {
    const dataDir = await seeded();
    const run = await runCli(['report', '--days', '3000', '--limit', '1'], '', {
      DATA_DIR: dataDir,
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^Curator report, \d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2} \(3000 days\)/,
    );
    expect(run.stdout).toMatch(/Most requested topics\n\s+3 {2}trust-act/);
    expect(run.stdout).not.toMatch(/detainer {2}/);
    const bad = await runCli(['report', '--days', 'many'], '', { DATA_DIR: dataDir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/use --days N, --limit N/);
  });

  it('--review reads the knowledge only: no data folder needed, and no other options', async () => {
    const unusable = join(tempFolder(), 'a-file');
    writeFileSync(unusable, '');
    const run = await runCli(['report', '--review', '--json'], '', {
      DATA_DIR: join(unusable, 'data'),
    });
    expect(run.code).toBe(0);
    const review = JSON.parse(run.stdout);
    expect(review).toMatchObject({
      today,
      dueBefore: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    for (const list of ['notReviewed', 'weaklySourced', 'unratedSources', 'unlabelledSuperseded'])
      expect(Array.isArray(review[list])).toBe(true);
    const text = await runCli(['report', '--review'], '', { DATA_DIR: join(unusable, 'data') });
    expect(text.stdout).toMatch(/^Review report, \d{4}-\d{2}-\d{2}\n\nNot reviewed for six months/);
    const mixed = await runCli(['report', '--review', '--days', '7']);
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toMatch(/--review takes no other options/);
  });

  it('says where the data folder is when it cannot be used', async () => {
    const file = join(tempFolder(), 'a-file');
    writeFileSync(file, '');
    const run = await runCli(['report'], '', { DATA_DIR: join(file, 'data') });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`The data folder ${join(file, 'data')} is not usable`);
  });
});

describe('cli pins --json', () => {
  it('lists every tracked explainer, one JSON per line, with whether each is current', async () => {
    const run = await runCli(['pins', '--json'], '', { DATA_DIR: await seeded() });
    expect(run.code).toBe(0);
    const pins = jsonLines(run.stdout) as { messageId: string; status: string; current: boolean }[];
    expect(pins.map((p) => [p.messageId, p.status, p.current])).toEqual([
      ['900000000000000001', 'current', true],
      ['900000000000000002', 'stale', false],
      ['900000000000000003', 'withdrawn', false],
    ]);
    expect(pins[0]).toMatchObject({
      topic: 'trust-act',
      title: "What is Connecticut's Trust Act?",
      link: 'https://discord.com/channels/200000000000000001/300000000000000001/900000000000000001',
      orphaned: false,
      refreshedAt: null,
    });
  });
});
