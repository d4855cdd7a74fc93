/**
 * A child process for the crash test: writes to the store in a loop and prints each id on stdout
 * only after its write committed. The test kills it with SIGKILL at some moment of its choosing.
 * Usage: tsx test/store/killed-writer.ts <data dir> <first id>
 */
import { openStore } from '../../src/store/open-store.js';

const [folder = '', first = '1'] = process.argv.slice(2);
const opened = openStore(folder);
if (!opened.ok) {
  process.stderr.write(`${opened.message}\n`);
  process.exit(1);
}
const { store } = opened;
for (let id = Number(first); ; id++) {
  const messageId = String(id);
  await store.pins.add({
    guildId: '200000000000000001',
    channelId: '300000000000000001',
    messageId,
    topic: 'trust-act',
    contentHash: 'x'.repeat(16),
    knowledgeVersion: 'crash-test',
    postedAt: new Date().toISOString(),
  });
  await store.feedback.record(['trust-act#1'], 'not-helpful');
  await store.usage.recordUnanswered(`question number ${id % 50}`, '2026-01-15');
  // Written synchronously to the pipe: once this returns, the parent will see it.
  process.stdout.write(`${messageId}\n`);
}
