/**
 * `npm run docs:preview`: redraws the README's pictures of real replies. It runs `/ask` and
 * `/explain` through the same core the bot uses (handleInteraction over the shipped knowledge),
 * draws each reply as Discord's dark theme shows it, and screenshots the page with headless
 * Chromium into docs/*.png. Needs Chromium (`apt-get install chromium`, or set CHROMIUM); uses
 * pngquant, when installed, to keep each picture small.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { InteractionResponseType, type APIInteraction } from 'discord-api-types/v10';
import { describeKnowledgeProblems, loadEngine } from '../src/app/load-engine.js';
import { loadCommands } from '../src/commands/load-commands.js';
import { loadConfig } from '../src/config.js';
import { buildSlashInteraction } from '../src/interactions/build-interaction.js';
import { handleInteraction } from '../src/interactions/handle-interaction.js';
import {
  createInteractionContext,
  type InteractionContext,
} from '../src/interactions/interaction-context.js';
import { silentLogger } from '../src/log.js';
import { previewHtml } from './embed-preview-html.js';

const run = promisify(execFile);
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const PNGQUANT = process.env.PNGQUANT ?? 'pngquant';
const WIDTH = 620;
/** A README picture should stay light to clone and to load. */
const SIZE_WARNING_BYTES = 300 * 1024;

const asker = { username: 'curious-neighbour', globalName: 'Curious Neighbour' };

const PREVIEWS = [
  {
    file: 'docs/ask-reply.png',
    command: 'ask',
    interaction: buildSlashInteraction(
      'ask',
      { question: 'How long can a jail hold someone on an ICE detainer?' },
      asker,
    ),
  },
  {
    file: 'docs/explain-reply.png',
    command: 'explain',
    interaction: buildSlashInteraction(
      'explain',
      { topic: 'detainers-vs-information-sharing' },
      asker,
    ),
  },
];

/** Chromium with no network, no profile and no first-run work: it only draws a local file. */
const chromiumFlags = (profile: string) => [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--hide-scrollbars',
  '--force-device-scale-factor=1',
  '--disable-lcd-text',
  `--user-data-dir=${profile}`,
];

/** The page's height, which it writes into its own title once laid out (read via --dump-dom). */
async function pageHeight(htmlFile: string, profile: string): Promise<number> {
  const { stdout } = await run(
    CHROMIUM,
    [...chromiumFlags(profile), `--window-size=${WIDTH},800`, '--dump-dom', htmlFile],
    { timeout: 60_000 },
  );
  const height = Number(/<title>(\d+)<\/title>/.exec(stdout)?.[1]);
  if (!Number.isFinite(height) || height <= 0) throw new Error(`no height in ${htmlFile}`);
  return height;
}

/**
 * A 256-colour palette keeps a screenshot of text at a third of its size with no visible change;
 * without pngquant the full-colour picture is kept.
 */
async function shrink(pngFile: string): Promise<void> {
  try {
    await run(PNGQUANT, ['--quality=80-100', '--force', '--output', pngFile, pngFile]);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    process.stderr.write(`pngquant did not shrink ${pngFile} (${reason}); kept as is\n`);
  }
}

async function screenshot(html: string, pngFile: string): Promise<number> {
  const work = await mkdtemp(join(tmpdir(), 'embed-preview-'));
  try {
    const htmlFile = join(work, 'reply.html');
    const measured = html.replace(
      '</body>',
      '<script>document.title = String(document.documentElement.scrollHeight)</script></body>',
    );
    await writeFile(htmlFile, measured);
    const height = await pageHeight(htmlFile, join(work, 'profile-1'));
    await run(
      CHROMIUM,
      [
        ...chromiumFlags(join(work, 'profile-2')),
        `--window-size=${WIDTH},${height}`,
        `--screenshot=${pngFile}`,
        htmlFile,
      ],
      { timeout: 60_000 },
    );
    await shrink(pngFile);
    return (await stat(pngFile)).size;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** The same context the bot builds, over the shipped knowledge; no cooldown between the two replies. */
async function previewContext() {
  const loaded = loadConfig({ ...process.env, DISCORD_TOKEN: '', COOLDOWN_SECONDS: '0' });
  if (!loaded.ok) throw new Error(loaded.message);
  const engine = await loadEngine(loaded.config.knowledgeDir);
  if (!engine.ok) throw new Error(describeKnowledgeProblems(engine.problems));
  return createInteractionContext({
    engine: engine.engine,
    config: loaded.config,
    log: silentLogger(),
    commands: await loadCommands(),
  });
}

async function replyTo(interaction: APIInteraction, ctx: InteractionContext) {
  const response = await handleInteraction(interaction, ctx);
  if (response.type !== InteractionResponseType.ChannelMessageWithSource) {
    throw new Error(`expected a message reply, got response type ${response.type}`);
  }
  return response.data;
}

async function main(): Promise<number> {
  await stat(CHROMIUM).catch(() => {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: apt-get install chromium, or set CHROMIUM=/path/to/it`,
    );
  });
  await mkdir('docs', { recursive: true });
  const ctx = await previewContext();
  for (const preview of PREVIEWS) {
    const payload = await replyTo(preview.interaction, ctx);
    const html = previewHtml(payload, {
      command: preview.command,
      asker: asker.globalName,
      botName: 'Sanctuary Explainer',
    });
    const bytes = await screenshot(html, preview.file);
    const note = bytes > SIZE_WARNING_BYTES ? ' (over 300 KB: consider a smaller picture)' : '';
    process.stdout.write(`wrote ${preview.file}: ${Math.round(bytes / 1024)} KB${note}\n`);
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `docs:preview failed: ${error instanceof Error ? error.message : error}\n`,
    );
    process.exitCode = 1;
  },
);
