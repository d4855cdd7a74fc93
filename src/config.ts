/**
 * Configuration, parsed once from the environment. Entry points import 'dotenv/config' and call
 * `loadConfig(process.env)`; everything else receives the resulting `Config`.
 */
import * as z from 'zod/mini';
import './zod-messages.js';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Where a person finds or how they choose each value: every error message includes one. */
export const HOW_TO_SET: Readonly<Record<string, string>> = {
  DISCORD_TOKEN:
    'Find it in the Discord Developer Portal (https://discord.com/developers/applications) > your application > Bot > Reset Token.',
  DISCORD_APPLICATION_ID:
    'Find it in the Discord Developer Portal > your application > General Information > Application ID.',
  DISCORD_GUILD_ID:
    'In Discord, turn on User Settings > Advanced > Developer Mode, then right-click your server > Copy Server ID.',
  DISCORD_PUBLIC_KEY:
    'Find it in the Discord Developer Portal > your application > General Information > Public Key.',
  LOG_LEVEL: `Use one of: ${LOG_LEVELS.join(', ')}.`,
  KNOWLEDGE_DIR: 'Use the folder holding sources.yaml and the entry files (default: knowledge).',
  COOLDOWN_SECONDS: 'Use a whole number of seconds between one person’s commands; 0 turns it off.',
  SHARE_DEDUP_MINUTES:
    'Use a whole number of minutes during which a repeated share in one channel links to the first.',
  DATA_DIR: 'Use a writable folder for the bot’s files (default: ./data).',
  DATABASE_URL:
    'Use postgres://user:password@host:5432/database to keep the bot’s data in PostgreSQL, shared by several processes or hosts; leave it empty for SQLite in DATA_DIR.',
  DATABASE_POOL_SIZE:
    'Use the number of PostgreSQL connections each process may hold, 1 to 100 (default: 5).',
  DATABASE_CONNECT_TIMEOUT_SECONDS:
    'Use the seconds to wait for a PostgreSQL connection before giving up, 1 to 120 (default: 10).',
  KNOWLEDGE_SYNC_SECONDS:
    'Use how often, in seconds, a process checks whether another one reloaded the knowledge, 1 to 3600 (default: 5).',
  PIN_REFRESH_LEASE_SECONDS:
    'Use how long, in seconds, one process holds the pinned-explainer refresh before another may take over if it died, 2 to 600 (default: 30).',
  PORT: 'Use the TCP port for the HTTP interactions endpoint and the web pages, 1 to 65535 (0: any free port).',
  CORRECTIONS_URL:
    'Use an https:// link where people can suggest a correction, e.g. the issue tracker.',
  BOT_ADMIN_IDS:
    'Use the Discord user ids (comma-separated) of the people who run the bot; they may reload its knowledge.',
  NO_GAP_LOG:
    'Use 1 to record no unanswered questions at all; 0 or empty records them (text only).',
  KNOWLEDGE_WATCH: 'Use 1 in development to reload the knowledge when a file in it changes.',
  PUBLIC_SITE_URL:
    'Use the https:// address where the web pages (npm run site) are served; answers then link to them.',
  SITE_DIR:
    'Use the folder npm run site writes the web pages to, and serve:http serves (default: site).',
  HTTP_WORKERS:
    'Use "auto" (one HTTP endpoint process per CPU core) or a whole number of processes, 1 to 64.',
  HTTP_LITE_MODE:
    "Use 0 to run HTTP workers with V8's optimizing compiler (a quarter more throughput, about 15 MB more each); 1 or empty runs them in lite mode.",
  TOTAL_SHARDS:
    'Use "auto" (the shard count Discord recommends) or a whole number of gateway shards, at least 1.',
};

// An empty value in .env (as copied from .env.example) means "not set".
const blankAsUnset = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;
const unsetWhenBlank = <T extends z.ZodMiniType>(schema: T) =>
  z.pipe(z.transform(blankAsUnset), schema);
const optional = <T extends z.ZodMiniType>(schema: T) => unsetWhenBlank(z.optional(schema));
const withDefault = <T extends z.ZodMiniType>(schema: T, value: z.output<T>) =>
  unsetWhenBlank(z._default(schema, value as never));

const text = () => z.string().check(z.trim(), z.minLength(1));
// Discord ids are snowflakes: 64-bit integers written in decimal.
const snowflake = z
  .string()
  .check(z.trim(), z.regex(/^\d{17,20}$/, 'must be a numeric Discord id'));
const flag = z.pipe(
  z.enum(['0', '1', 'false', 'true']),
  z.transform((v) => v === '1' || v === 'true'),
);
const wholeNumber = (min: number, max: number) =>
  z.coerce.number().check(z.int(), z.minimum(min), z.maximum(max));

const envSchema = z.object({
  DISCORD_TOKEN: optional(text()),
  DISCORD_APPLICATION_ID: optional(snowflake),
  DISCORD_GUILD_ID: optional(snowflake),
  DISCORD_PUBLIC_KEY: optional(
    z.string().check(z.trim(), z.regex(/^[0-9a-fA-F]{64}$/, 'must be 64 hexadecimal characters')),
  ),
  LOG_LEVEL: withDefault(z.enum(LOG_LEVELS), 'info'),
  KNOWLEDGE_DIR: withDefault(text(), 'knowledge'),
  COOLDOWN_SECONDS: withDefault(wholeNumber(0, 3600), 3),
  SHARE_DEDUP_MINUTES: withDefault(wholeNumber(0, 1440), 5),
  DATA_DIR: withDefault(text(), './data'),
  DATABASE_URL: optional(z.url({ protocol: /^postgres(ql)?$/ })),
  DATABASE_POOL_SIZE: withDefault(wholeNumber(1, 100), 5),
  DATABASE_CONNECT_TIMEOUT_SECONDS: withDefault(wholeNumber(1, 120), 10),
  KNOWLEDGE_SYNC_SECONDS: withDefault(wholeNumber(1, 3600), 5),
  PIN_REFRESH_LEASE_SECONDS: withDefault(wholeNumber(2, 600), 30),
  PORT: withDefault(wholeNumber(0, 65535), 3000),
  CORRECTIONS_URL: optional(z.url({ protocol: /^https?$/ })),
  DISCORD_API_URL: optional(z.url({ protocol: /^https?$/ })),
  BOT_ADMIN_IDS: z.pipe(
    z.transform((value: unknown) =>
      typeof value === 'string' ? value.split(/[\s,]+/).filter(Boolean) : value,
    ),
    z._default(z.array(snowflake), []),
  ),
  NO_GAP_LOG: withDefault(flag, false),
  KNOWLEDGE_WATCH: withDefault(flag, false),
  PUBLIC_SITE_URL: optional(z.url({ protocol: /^https?$/ })),
  SITE_DIR: withDefault(text(), 'site'),
  HTTP_WORKERS: optional(z.union([z.literal('auto'), wholeNumber(1, 64)])),
  HTTP_LITE_MODE: withDefault(flag, true),
  TOTAL_SHARDS: optional(z.union([z.literal('auto'), wholeNumber(1, 100_000)])),
});

export type LogLevel = (typeof LOG_LEVELS)[number];

export interface Config {
  /** Absent: the bot runs as a local console instead of connecting to Discord. */
  discordToken?: string;
  applicationId?: string;
  /** Set: commands are registered to this one server (instant); absent: globally. */
  guildId?: string;
  publicKey?: string;
  logLevel: LogLevel;
  knowledgeDir: string;
  cooldownSeconds: number;
  shareDedupMinutes: number;
  dataDir: string;
  /** Set (DATABASE_URL): the store is PostgreSQL, shared by every process pointed at it. */
  database?: { url: string; poolSize: number; connectTimeoutSeconds: number };
  /** How often a process looks for a knowledge version another process loaded. */
  knowledgeSyncSeconds: number;
  /** How long a pin refresh pass holds its lease unless renewed: a dead holder's work waits this long. */
  pinRefreshLeaseSeconds: number;
  port: number;
  correctionsUrl?: string;
  /** Discord's REST API base, when not Discord itself (a local stand-in in tests). */
  discordApiUrl?: string;
  /** Discord user ids of the bot's operators: they may reload the knowledge base. */
  adminIds?: string[];
  /** Set: questions without a sourced answer are not recorded at all (NO_GAP_LOG=1). */
  noGapLog?: true;
  /** Set: reload the knowledge whenever a file in it changes (development). */
  watchKnowledge?: true;
  /** Where the web pages are public: answers and pinned explainers link to them. */
  publicSiteUrl?: string;
  /** The folder of the web pages, written by `npm run site` and served by `serve:http`. */
  siteDir: string;
  /** Gateway shards under `npm run start:sharded`; absent ("auto"): Discord's recommendation. */
  totalShards?: number;
}

export type ConfigResult = { ok: true; config: Config } | { ok: false; message: string };

const describeVariable = (name: string, problem: string) =>
  `${name} ${problem}. ${HOW_TO_SET[name] ?? ''}`.trim();

/** Reads the configuration from an environment. Pure: errors come back as a message naming each variable. */
export function loadConfig(env: Readonly<Record<string, string | undefined>>): ConfigResult {
  const parsed = z.safeParse(envSchema, env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) =>
      describeVariable(String(issue.path[0] ?? 'configuration'), `is invalid: ${issue.message}`),
    );
    return { ok: false, message: `Configuration error (see .env.example):\n${lines.join('\n')}` };
  }
  const e = parsed.data;
  // Registering commands and editing deferred replies both need the application id.
  if (e.DISCORD_TOKEN && !e.DISCORD_APPLICATION_ID) {
    return {
      ok: false,
      message: `Configuration error (see .env.example):\n${describeVariable('DISCORD_APPLICATION_ID', 'is missing (it is required when DISCORD_TOKEN is set)')}`,
    };
  }
  return {
    ok: true,
    config: {
      ...(e.DISCORD_TOKEN ? { discordToken: e.DISCORD_TOKEN } : {}),
      ...(e.DISCORD_APPLICATION_ID ? { applicationId: e.DISCORD_APPLICATION_ID } : {}),
      ...(e.DISCORD_GUILD_ID ? { guildId: e.DISCORD_GUILD_ID } : {}),
      ...(e.DISCORD_PUBLIC_KEY ? { publicKey: e.DISCORD_PUBLIC_KEY.toLowerCase() } : {}),
      logLevel: e.LOG_LEVEL,
      knowledgeDir: e.KNOWLEDGE_DIR,
      cooldownSeconds: e.COOLDOWN_SECONDS,
      shareDedupMinutes: e.SHARE_DEDUP_MINUTES,
      dataDir: e.DATA_DIR,
      ...(e.DATABASE_URL
        ? {
            database: {
              url: e.DATABASE_URL,
              poolSize: e.DATABASE_POOL_SIZE,
              connectTimeoutSeconds: e.DATABASE_CONNECT_TIMEOUT_SECONDS,
            },
          }
        : {}),
      knowledgeSyncSeconds: e.KNOWLEDGE_SYNC_SECONDS,
      pinRefreshLeaseSeconds: e.PIN_REFRESH_LEASE_SECONDS,
      port: e.PORT,
      ...(e.CORRECTIONS_URL ? { correctionsUrl: e.CORRECTIONS_URL } : {}),
      ...(e.DISCORD_API_URL ? { discordApiUrl: e.DISCORD_API_URL } : {}),
      ...(e.BOT_ADMIN_IDS.length > 0 ? { adminIds: e.BOT_ADMIN_IDS } : {}),
      ...(e.NO_GAP_LOG ? { noGapLog: true as const } : {}),
      ...(e.KNOWLEDGE_WATCH ? { watchKnowledge: true as const } : {}),
      ...(e.PUBLIC_SITE_URL ? { publicSiteUrl: e.PUBLIC_SITE_URL } : {}),
      siteDir: e.SITE_DIR,
      ...(typeof e.TOTAL_SHARDS === 'number' ? { totalShards: e.TOTAL_SHARDS } : {}),
    },
  };
}

/** What talking to Discord needs, or a message naming what is missing and where to find it. */
export function discordCredentials(
  config: Config,
): { ok: true; token: string; applicationId: string } | { ok: false; message: string } {
  const missing = [
    ...(config.discordToken ? [] : ['DISCORD_TOKEN']),
    ...(config.applicationId ? [] : ['DISCORD_APPLICATION_ID']),
  ];
  if (missing.length > 0 || !config.discordToken || !config.applicationId) {
    const lines = missing.map((name) => describeVariable(name, 'is missing'));
    return { ok: false, message: `Set these in .env (see .env.example):\n${lines.join('\n')}` };
  }
  return { ok: true, token: config.discordToken, applicationId: config.applicationId };
}
