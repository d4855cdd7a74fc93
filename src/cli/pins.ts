/**
 * `npm run --silent cli -- pins [--json]`: every tracked pinned explainer, in every server, and
 * whether it shows what the knowledge says now. JSON: one object per line.
 */
import type { AnswerEngine } from '../app/answer-engine.js';
import { describePin, type PinReport } from '../pins/pin-status.js';
import { withStore } from './with-store.js';

/** A pin as `cli pins --json` prints it: a contract (see README "Pinned explainers"). */
export function pinJson(pin: PinReport) {
  return {
    guildId: pin.guildId,
    channelId: pin.channelId,
    messageId: pin.messageId,
    topic: pin.topic,
    title: pin.title,
    status: pin.status,
    current: pin.current,
    orphaned: pin.orphaned,
    contentHash: pin.contentHash,
    knowledgeVersion: pin.knowledgeVersion,
    postedAt: pin.postedAt,
    refreshedAt: pin.refreshedAt,
    link: pin.link,
  };
}

function pinLine(pin: PinReport): string {
  const updated = pin.refreshedAt ? `, updated ${pin.refreshedAt.slice(0, 10)}` : '';
  return `${pin.status.padEnd(9)}  ${pin.topic}  ${pin.link}  (posted ${pin.postedAt.slice(0, 10)}${updated})`;
}

export async function pinsCommand(
  engine: AnswerEngine,
  { json }: { json: boolean },
): Promise<void> {
  await withStore(async (store) => {
    const pins = (await store.pins.all()).map((pin) => describePin(pin, engine));
    if (json) {
      for (const pin of pins) process.stdout.write(`${JSON.stringify(pinJson(pin))}\n`);
      return;
    }
    if (pins.length === 0) process.stdout.write('No pinned explainers are tracked.\n');
    for (const pin of pins) process.stdout.write(`${pinLine(pin)}\n`);
  });
}
