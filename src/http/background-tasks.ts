/**
 * Work that outlives its HTTP response (editing a deferred reply, learning a shared post's link),
 * tracked so a graceful shutdown can wait for it instead of dropping someone's answer.
 */
export interface BackgroundTasks {
  /** Runs `task` in the background; it must handle its own errors. */
  track(task: Promise<void>): void;
  /** How many are still running. */
  readonly pending: number;
  /** Resolves once every task tracked so far has settled. */
  settled(): Promise<void>;
}

export function createBackgroundTasks(): BackgroundTasks {
  const running = new Set<Promise<void>>();
  return {
    track(task) {
      const tracked = task.finally(() => running.delete(tracked));
      running.add(tracked);
    },
    get pending() {
      return running.size;
    },
    async settled() {
      while (running.size > 0) await Promise.allSettled([...running]);
    },
  };
}
