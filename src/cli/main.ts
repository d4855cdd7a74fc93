/**
 * The command line: `ask`, `explain`, `topics` and `passages`, each with `--json`; `interact`
 * and `commands --json` for the Discord bot's core. Output formats here are contracts; see
 * README "Command line".
 */
import 'dotenv/config';
import { createInterface } from 'node:readline';
import { openBotServices } from '../app/bot-services.js';
import { loadEngine, describeKnowledgeProblems } from '../app/load-engine.js';
import type { AnswerEngine } from '../app/answer-engine.js';
import { loadCommands } from '../commands/load-commands.js';
import { loadConfig } from '../config.js';
import { createLogger } from '../log.js';
import { answerJson } from './answer-json.js';
import { runInteract } from './interact.js';
import { pinsCommand } from './pins.js';
import { reportCommand } from './report.js';
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
}

function parseInvocation(argv: string[]): Invocation {
  const [command = 'help', ...rest] = argv;
  const flags = new Set<string>();
  const words: string[] = [];
  let literal = false;
  for (const arg of rest) {
    if (!literal && arg === '--') literal = true;
    else if (!literal && (arg === '--json' || arg === '--stdin')) flags.add(arg);
    else words.push(arg);
  }
  return { command, json: flags.has('--json'), stdin: flags.has('--stdin'), words };
}

const style = process.stdout.isTTY ? ansiStyle : plainStyle;
const print = (line: string) => process.stdout.write(`${line}\n`);

async function ask(engine: AnswerEngine, { json, stdin, words }: Invocation) {
  const answerOne = (question: string) => {
    const answer = engine.ask(question);
    print(json ? JSON.stringify(answerJson(answer)) : formatAnswer(answer, style));
  };
  if (!stdin) return answerOne(words.join(' '));
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) answerOne(line);
}

function explain(engine: AnswerEngine, { json, words }: Invocation) {
  const typed = words.join(' ');
  const entry = engine.find(typed);
  if (!entry) {
    const answer = engine.ask(typed);
    const ids = answer.results.map((r) => r.id);
    if (json) print(JSON.stringify({ error: 'unknown-topic', topic: typed, suggestions: ids }));
    else print(`No topic "${typed}". ${ids.length ? `Try: ${ids.join(', ')}` : 'See: topics'}`);
    process.exitCode = 1;
    return;
  }
  const view = engine.view(entry);
  print(json ? JSON.stringify(view) : formatEntry(view, style));
}

function topics(engine: AnswerEngine, { json }: Invocation) {
  const entries = engine.knowledge.entries;
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

/**
 * Discord interaction objects on stdin, one JSON per line; one response JSON per line on stdout.
 * Logs go to stderr. The per-user cooldown is off unless COOLDOWN_SECONDS is set: a script
 * replaying interactions from one test user is not someone asking too fast.
 */
async function interact(engine: AnswerEngine) {
  const loaded = loadConfig({ COOLDOWN_SECONDS: '0', ...process.env });
  if (!loaded.ok) {
    console.error(loaded.message);
    process.exitCode = 1;
    return;
  }
  const { config } = loaded;
  const log = createLogger({
    level: process.env.LOG_LEVEL ? config.logLevel : 'warn',
    destination: 2,
  });
  const commands = await loadCommands();
  // Feedback presses and unanswered questions are counted here as in Discord (DATA_DIR).
  const opened = openBotServices({ config, log, engine });
  if (!opened.ok) {
    console.error(opened.message);
    process.exitCode = 1;
    return;
  }
  await runInteract({
    engine,
    config,
    log,
    commands,
    input: process.stdin,
    output: process.stdout,
    services: opened.services.context,
  });
  await opened.services.stop();
}

/** The application-command JSON that registration sends (`npm run deploy-commands`). */
async function commandsJson({ json }: Invocation) {
  const registry = await loadCommands();
  if (json) return print(JSON.stringify(registry.json(), null, 2));
  for (const command of registry.json()) {
    print(
      `${command.name.padEnd(16)} ${'description' in command ? command.description : '(message menu)'}`,
    );
  }
}

const usage = `Usage: npm run --silent cli -- <command> [--json]
  ask "<question>"        answer a question with cited snippets
  ask --json --stdin      answer one question per line of standard input, one JSON line each
  explain <topic>         show an entry by id, alias or title
  topics                  list every entry
  passages --json         every indexed passage as a JSON line
  interact                Discord interactions on stdin (one JSON per line), one response per line
  commands --json         the application-command JSON that deploy-commands registers
  report [--days N]       for curators: requested topics, unanswered questions, unhelpful passages
  report --review         for curators: entries due for review, weakly sourced or linking old rules
  pins --json             tracked pinned explainers and whether each is current`;

const commands: Record<string, (engine: AnswerEngine, invocation: Invocation) => unknown> = {
  ask,
  explain,
  topics,
  passages,
  interact,
  report: reportCommand,
  pins: pinsCommand,
};

/** Subcommands that do not read the knowledge base. */
const withoutEngine: Record<string, (invocation: Invocation) => unknown> = {
  commands: commandsJson,
};

async function main() {
  const invocation = parseInvocation(process.argv.slice(2));
  const standalone = withoutEngine[invocation.command];
  if (standalone) return standalone(invocation);
  const run = commands[invocation.command];
  if (!run) {
    console.error(usage);
    process.exitCode = invocation.command === 'help' ? 0 : 2;
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
