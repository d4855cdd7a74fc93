import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    // Set-up that starts the bot and the Discord stand-in waits on other work on a busy machine.
    hookTimeout: 30_000,
    globalSetup: ['test/support/build.ts', 'test/support/postgres-server.ts'],
    // Most files wait on child processes, sockets and timers rather than the CPU: running a few at
    // once uses two cores fully. Vitest's default is one file at a time on a two-core machine.
    maxWorkers: 4,
    // Files in one worker share their imports, so the shipped engine is built once per worker
    // instead of once per file. Tests keep no state between files that could leak.
    isolate: false,
  },
});
