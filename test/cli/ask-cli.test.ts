import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { jsonLines, runCli } from '../support/run-cli.js';

/** The `ask --json` contract other tools rely on. */
const answerLine = z.object({
  query: z.string(),
  results: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      snippet: z.string(),
      summary: z.string(),
      asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
      sources: z
        .array(
          z.object({
            id: z.string(),
            title: z.string(),
            publisher: z.string(),
            date: z.string(),
            url: z.string().url(),
          }),
        )
        .min(1),
    }),
  ),
});

describe('cli ask', () => {
  it('prints one JSON line that follows the contract, best first', async () => {
    const run = await runCli(['ask', '--json', 'What is an ICE detainer?']);
    expect(run.code).toBe(0);
    const lines = jsonLines(run.stdout);
    expect(lines).toHaveLength(1);
    const answer = answerLine.parse(lines[0]);
    expect(answer.query).toBe('What is an ICE detainer?');
    expect(answer.results.length).toBeGreaterThan(0);
    expect(answer.results[0]?.snippet.toLowerCase()).toContain('detainer');
  });

  it('answers one line per question from stdin, in order, whatever the line holds', async () => {
    const questions = [
      'What does Section 1373 require?',
      '',
      'rule: explain',
      'abcdefghijklmnopqrst~5 * title:x^10',
      'x'.repeat(100_000),
      'control\u0000\u0007\u001b[31mchars',
      '😀🔥 @everyone <@123>',
      '¿Puede la policía retener a alguien para ICE?',
      '移民拘留是什么',
      'What is the Connecticut Trust Act?',
    ];
    const run = await runCli(['ask', '--json', '--stdin'], questions.join('\n') + '\n');
    expect(run.code).toBe(0);
    const lines = jsonLines(run.stdout).map((line) => answerLine.parse(line));
    expect(lines.map((l) => l.query)).toEqual(questions);
    expect(lines[0]?.results.length).toBeGreaterThan(0);
    expect(lines[1]?.results).toEqual([]);
    expect(lines[9]?.results[0]?.title).toMatch(/Trust Act/);
  });

  it('prints a readable answer with sources and a not-legal-advice line', async () => {
    const run = await runCli(['ask', 'How long can a jail hold someone on a detainer?']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/\[1\] .+https:\/\//);
    expect(run.stdout).toMatch(/as of \d{4}-\d{2}-\d{2}/);
    expect(run.stdout).toMatch(/not legal advice/i);
  });

  it('says honestly when there is no sourced answer', async () => {
    const run = await runCli(['ask', 'best pizza recipe with pineapple']);
    expect(run.stdout).toMatch(/No sourced answer/);
    expect(run.stdout).not.toMatch(/Closest/);
  });
});

describe('cli explain, topics and passages', () => {
  it('shows an entry by id, alias or title', async () => {
    const run = await runCli(['explain', '--json', 'detainers-vs-information-sharing']);
    const view = JSON.parse(run.stdout) as {
      id: string;
      passages: { table?: unknown }[];
      sources: unknown[];
    };
    expect(view.id).toBe('detainers-vs-information-sharing');
    expect(view.passages.some((p) => p.table)).toBe(true);
    expect(view.sources.length).toBeGreaterThan(0);
  });

  it('suggests topics for an unknown one and exits non-zero', async () => {
    const run = await runCli(['explain', 'no such topic at all']);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/No topic/);
  });

  it('lists topics as JSON lines', async () => {
    const run = await runCli(['topics', '--json']);
    const topics = jsonLines(run.stdout) as { id: string; kind: string }[];
    expect(topics.length).toBeGreaterThan(30);
    expect(topics.some((t) => t.kind === 'explainer')).toBe(true);
  });

  it('prints every passage as a JSON line with its sources', async () => {
    const run = await runCli(['passages', '--json']);
    const passages = jsonLines(run.stdout) as {
      id: string;
      entry: string;
      title: string;
      text: string;
      sources: { url: string }[];
    }[];
    expect(passages.length).toBeGreaterThan(100);
    for (const passage of passages) {
      expect(passage.id).toMatch(new RegExp(`^${passage.entry}#\\d+$`));
      expect(passage.text.length).toBeGreaterThan(0);
      expect(passage.sources.length).toBeGreaterThan(0);
    }
  });
});
