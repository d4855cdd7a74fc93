/**
 * The command line: `ask`, `explain`, `topics` and `passages`, each with `--json`; `interact`
 * and `commands --json` for the Discord bot's core. Output formats here are contracts; see
 * README "Command line".
 */
import 'dotenv/config';
import { createInterface } from 'node:readline';
import type { AnswerEngine } from '../app/answer-engine.js';
import { loadEngine, describeKnowledgeProblems } from '../app/load-engine.js';
import { messagesFor } from '../i18n/messages.js';
import { languages, type Language } from '../knowledge/languages.js';
import { answerJson } from './answer-json.js';
import { exitQuietlyOnClosedPipe } from './closed-pipe.js';
import {
  ansiStyle,
  formatAnswer,
  formatEntry,
  formatTopics,
  plainStyle,
} from './terminal-format.js';

interface Invocation {
  command: string;
  json: boolean;
  stdin: boolean;
  words: string[];
  /** `--lang es`: the reply's language; without it, a question's own (else English). */
  language?: Language;
  /** What `--lang` was given when it names no language the knowledge has. */
  badLanguage?: string;
}

function parseInvocation(argv: string[]): Invocation {
  const [command = 'help', ...rest] = argv;
  const flags = new Set<string>();
  const words: string[] = [];
  let literal = false;
  let lang: string | undefined;
  for (let i = 0; i < rest.length; i += 1) {
    const arg = rest[i] as string;
    if (!literal && arg === '--') literal = true;
    else if (!literal && (arg === '--json' || arg === '--stdin')) flags.add(arg);
    else if (!literal && arg === '--lang') lang = rest[(i += 1)] ?? '';
    else if (!literal && arg.startsWith('--lang=')) lang = arg.slice('--lang='.length);
    else words.push(arg);
  }
  const language = languages.find((known) => known === lang);
  return {
    command,
    json: flags.has('--json'),
    stdin: flags.has('--stdin'),
    words,
    ...(language ? { language } : {}),
    ...(lang !== undefined && !language ? { badLanguage: lang } : {}),
  };
}

const style = process.stdout.isTTY ? ansiStyle : plainStyle;
const print = (line: string) => process.stdout.write(`${line}\n`);

async function ask(engine: AnswerEngine, { json, stdin, words, language }: Invocation) {
  const answerOne = (question: string) => {
    const answer = engine.ask(question, language ? { language } : {});
    print(json ? JSON.stringify(answerJson(answer)) : formatAnswer(answer, style));
  };
  if (!stdin) return answerOne(words.join(' '));
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) answerOne(line);
}

function explain(engine: AnswerEngine, { json, words, language = 'en' }: Invocation) {
  const typed = words.join(' ');
  const entry = engine.find(typed);
  if (!entry) {
    const answer = engine.ask(typed, { language });
    const ids = answer.results.map((r) => r.id);
    const { terminal } = messagesFor(language);
    if (json) print(JSON.stringify({ error: 'unknown-topic', topic: typed, suggestions: ids }));
    else
      print(
        `${terminal.unknownTopic(typed)} ${ids.length ? terminal.tryTopics(ids.join(', ')) : terminal.seeTopics}`,
      );
    process.exitCode = 1;
    return;
  }
  const view = engine.view(entry, language);
  print(json ? JSON.stringify(view) : formatEntry(view, style));
}

function topics(engine: AnswerEngine, { json, language = 'en' }: Invocation) {
  const entries = engine.indexes[language].knowledge.entries;
  if (!json) return print(formatTopics(entries));
  for (const e of entries)
    print(
      JSON.stringify({
        id: e.id,
        title: e.title,
        kind: e.kind,
        jurisdiction: e.jurisdiction,
        summary: e.summary,
        asOf: e.as_of,
        // The language of title and summary: English for an entry not translated yet.
        language: e.language,
      }),
    );
}

function passages(engine: AnswerEngine) {
  const { knowledge } = engine;
  for (const passage of knowledge.passages) {
    const entry = knowledge.entriesById.get(passage.entryId);
    const sourceIds = [...new Set(passage.citations.map((c) => c.sourceId))];
    print(
      JSON.stringify({
        id: passage.id,
        entry: passage.entryId,
        title: entry?.title,
        heading: passage.heading,
        text: passage.text,
        sources: sourceIds.map((id) => {
          const s = knowledge.sources.get(id);
          return { id, title: s?.title, publisher: s?.publisher, date: s?.date, url: s?.url };
        }),
      }),
    );
  }
}

/** The application-command JSON that registration sends (`npm run deploy-commands`). */
async function commandsJson({ json }: Invocation) {
  const { loadCommands } = await import('../commands/load-commands.js');
  const registry = await loadCommands();
  if (json) return print(JSON.stringify(registry.json(), null, 2));
  for (const command of registry.json()) {
    print(
      `${command.name.padEnd(16)} ${'description' in command ? command.description : '(message menu)'}`,
    );
  }
}

const usage = `Usage: npm run --silent cli -- <command> [--json] [--lang en|es]
  ask "<question>"        answer a question with cited snippets (--lang: in that language)
  ask --json --stdin      answer one question per line of standard input, one JSON line each
  explain <topic>         show an entry by id, alias or title (--lang es: in Spanish)
  topics                  list every entry (--lang es: Spanish titles where translated)
  passages --json         every indexed passage as a JSON line
  interact                Discord interactions on stdin (one JSON per line), one response per line
  commands --json         the application-command JSON that deploy-commands registers
  report [--days N]       for curators: requested topics, unanswered questions, unhelpful passages
  report --review         for curators: entries due for review, weakly sourced or linking old rules
  pins --json             tracked pinned explainers and whether each is current`;

/**
 * Subcommands over the knowledge base. Those that need more (the store, the command modules, a
 * logger) load it when they run: a one-shot `ask` pays for nothing it does not use.
 */
const commands: Record<string, (engine: AnswerEngine, invocation: Invocation) => unknown> = {
  ask,
  explain,
  topics,
  passages,
  interact: async (engine) => (await import('./interact.js')).interactCommand(engine),
  report: async (engine, invocation) =>
    (await import('./report.js')).reportCommand(engine, invocation),
  pins: async (engine, invocation) => (await import('./pins.js')).pinsCommand(engine, invocation),
};

/** Subcommands that do not read the knowledge base. */
const withoutEngine: Record<string, (invocation: Invocation) => unknown> = {
  commands: commandsJson,
};

const HELP = new Set(['help', '--help', '-h']);

async function main() {
  exitQuietlyOnClosedPipe();
  const invocation = parseInvocation(process.argv.slice(2));
  if (HELP.has(invocation.command)) return print(usage);
  if (invocation.badLanguage !== undefined) {
    console.error(
      `Unknown language "${invocation.badLanguage}" for --lang: use ${languages.join(' or ')}.`,
    );
    process.exitCode = 2;
    return;
  }
  const standalone = withoutEngine[invocation.command];
  if (standalone) return standalone(invocation);
  const run = commands[invocation.command];
  if (!run) {
    console.error(`Unknown command "${invocation.command}".\n${usage}`);
    process.exitCode = 2;
    return;
  }
  const loaded = await loadEngine();
  if (!loaded.ok) {
    console.error(describeKnowledgeProblems(loaded.problems));
    process.exitCode = 1;
    return;
  }
  await run(loaded.engine, invocation);
}

await main();
