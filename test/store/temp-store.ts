/** Real SQLite stores in temporary folders, removed after each test file. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { openStore, type Store } from '../../src/store/open-store.js';

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** A fresh empty folder under the system's temp dir. */
export function tempFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'sanctuary-store-'));
  folders.push(folder);
  return folder;
}

/** Opens the store in `folder` (a fresh one by default), failing the test if it cannot. */
export function openTestStore(folder = tempFolder()): Store {
  const opened = openStore(folder);
  if (!opened.ok) throw new Error(opened.message);
  return opened.store;
}

/** A pinned explainer as `/explainer post` records it, for the store's tests. */
export const samplePin = {
  guildId: '200000000000000001',
  channelId: '300000000000000001',
  messageId: '900000000000000001',
  topic: 'trust-act',
  contentHash: 'abc123',
  knowledgeVersion: 'v1',
  postedAt: '2026-01-15T12:00:00.000Z',
};
