/**
 * Errors that mean "the database is away for a moment" (restarting, failing over, the network
 * dropped): worth waiting out. Anything else (a constraint, a syntax error) is final.
 */
const TRANSIENT_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  'CONNECT_TIMEOUT',
  '57P01', // admin_shutdown: the server is stopping
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now: the server is starting
  '08000',
  '08001',
  '08003',
  '08006',
]);

export const isTransient = (error: unknown): boolean =>
  TRANSIENT_CODES.has(String((error as { code?: unknown } | undefined)?.code));

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `work`, again after a transient error, until it succeeds or `budgetMs` has passed. */
export async function retryTransient<T>(budgetMs: number, work: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + budgetMs;
  for (let wait = 50; ; wait = Math.min(wait * 2, 1000)) {
    try {
      return await work();
    } catch (error) {
      if (!isTransient(error) || Date.now() + wait > deadline) throw error;
      await pause(wait);
    }
  }
}

type AsyncMethods<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => Promise<infer R>
    ? (...args: A) => Promise<R>
    : T[K];
};

/** The same table, each of its functions retried through a restart of the database. */
export function retrying<T extends object>(table: T, budgetMs: number): AsyncMethods<T> {
  const wrapped: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(table)) {
    wrapped[name] =
      typeof value === 'function'
        ? (...args: unknown[]) =>
            retryTransient(budgetMs, () =>
              (value as (...a: unknown[]) => Promise<unknown>)(...args),
            )
        : value;
  }
  return wrapped as AsyncMethods<T>;
}
