import { copyKnowledge } from '../app/knowledge-copy.js';
import { describe, expect, it } from 'vitest';
import { messagesEs } from '../../src/i18n/messages-es.js';
import { jsonLines, runCli } from '../support/run-cli.js';

// A copy of the knowledge is read, checked and indexed from scratch by the command line.
describe('cli --lang', { timeout: 60_000 }, () => {
  it('ask --lang es answers from the Spanish knowledge, saying its language in the JSON', async () => {
    const run = await runCli(['ask', '--json', '--lang', 'es', 'what is a detainer']);
    expect(run.code).toBe(0);
    const [line] = jsonLines(run.stdout) as {
      language: string;
      results: { id: string; language: string; title: string; sources: unknown[] }[];
    }[];
    expect(line?.language).toBe('es');
    expect(line?.results[0]?.language).toBe('es');
    expect(line?.results[0]?.sources.length).toBeGreaterThan(0);
  });

  it('ask without --lang follows a Spanish question, readably in Spanish', async () => {
    const run = await runCli(['ask', '¿Qué es un detainer de ICE?']);
    expect(run.stdout).toContain(messagesEs.sourcesHeading);
    expect(run.stdout).toContain(messagesEs.notLegalAdvice);
  });

  it('explain --lang es shows the translation; topics --lang es lists Spanish titles', async () => {
    const explain = await runCli(['explain', '--json', '--lang', 'es', 'detainer']);
    const view = JSON.parse(explain.stdout) as { language: string; contentLanguage: string };
    expect(view).toMatchObject({ language: 'es', contentLanguage: 'es' });
    // Every shipped entry is translated: in a copy, one is not yet.
    const copy = copyKnowledge();
    copy.drop('es/printz-v-united-states.md');
    const listed = await runCli(['topics', '--json', '--lang', 'es'], '', {
      KNOWLEDGE_DIR: copy.dir,
    }).finally(() => copy.remove());
    const topics = jsonLines(listed.stdout) as { id: string; language: string }[];
    expect(topics.find((t) => t.id === 'detainer')?.language).toBe('es');
    // Entries not translated yet are listed too, in English.
    expect(topics.find((t) => t.id === 'printz-v-united-states')?.language).toBe('en');
  });

  it('refuses a language the knowledge does not have, with status 2', async () => {
    const run = await runCli(['ask', '--lang', 'fr', 'hola']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--lang');
  });
});
