/**
 * The build keeps only the trigram tables of the languages the detector asks franc about
 * (scripts/build.mjs): the compiled detector must decide every question as the source does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { clearLanguage } from '../../src/language/detect-language.js';
import { repoRoot } from '../support/run-cli.js';

const CHUNKS = path.join(repoRoot, 'dist/src/chunks');

/** The compiled file that holds `clearLanguage`, wherever the bundler put it. */
function compiledDetector(): string {
  const file = readdirSync(CHUNKS)
    .filter((name) => name.endsWith('.js'))
    .find((name) =>
      readFileSync(path.join(CHUNKS, name), 'utf8').includes('function clearLanguage('),
    );
  if (!file) throw new Error('no compiled clearLanguage in dist/src/chunks');
  return path.join(CHUNKS, file);
}

const evalQuestions = () =>
  readdirSync(path.join(repoRoot, 'eval')).flatMap((file) =>
    readFileSync(path.join(repoRoot, 'eval', file), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => (JSON.parse(line) as { q: string }).q),
  );

describe('the compiled language detector', () => {
  it('holds no trigram table of a language it is never asked about', () => {
    const franc = readdirSync(CHUNKS).find((name) =>
      readFileSync(path.join(CHUNKS, name), 'utf8').includes('node_modules/franc/data.js'),
    );
    const data = readFileSync(path.join(CHUNKS, franc ?? ''), 'utf8');
    const table = (code: string) => new RegExp(`[{,\\s]"?${code}"?:\\s*"[ a-z]{3}\\|`);
    expect(data).toMatch(table('spa'));
    expect(data).toMatch(table('eng'));
    // Portuguese and French are Latin-script languages franc knows, and the detector does not ask.
    expect(data).not.toMatch(table('por'));
    expect(data).not.toMatch(table('fra'));
  });

  it('decides every eval question, and text in other scripts, as the source does', async () => {
    const compiled = (await import(pathToFileURL(compiledDetector()).href)) as Record<
      string,
      unknown
    >;
    const detect = Object.values(compiled).find(
      (value): value is typeof clearLanguage =>
        typeof value === 'function' && value.name === 'clearLanguage',
    );
    expect(detect).toBeDefined();
    const texts = [
      ...evalQuestions(),
      'Привет, как дела у тебя',
      'こんにちは、元気ですか',
      '1373 287(g)',
    ];
    const differing = texts.filter((text) => detect?.(text) !== clearLanguage(text));
    expect(differing).toEqual([]);
  });
});
