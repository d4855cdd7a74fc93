/** The load: `/ask` interactions as Discord would POST them, signed and serialized in advance. */
import { readFile } from 'node:fs/promises';
import { buildSlashInteraction } from '../../src/interactions/build-interaction.js';
import { timestampOf, type DiscordSigner } from '../../test/http/discord-signer.js';

const PARAPHRASES = new URL('../../test/search/paraphrases.jsonl', import.meta.url);

/** Real people's wording of the questions the bot is for (the paraphrase set of the search tests). */
export async function loadQuestions(): Promise<string[]> {
  const text = await readFile(PARAPHRASES, 'utf8');
  const questions = text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as { q: string }).q);
  if (questions.length === 0) throw new Error(`no questions in ${PARAPHRASES.pathname}`);
  return questions;
}

export interface SignedAsk {
  timestamp: string;
  signature: string;
  /** The interaction JSON, as signed. */
  body: Buffer;
  /** The whole HTTP/1.1 request, ready to write to a socket. */
  wire: Buffer;
}

/**
 * `count` signed `POST /interactions` requests, each a different person asking one of
 * `questions` (in turn), so no per-person cooldown could make a repeat cheaper. Signed now: they
 * stay within the five-minute replay window for the whole run.
 */
export function signedAsks(
  signer: DiscordSigner,
  questions: readonly string[],
  count: number,
): SignedAsk[] {
  const timestamp = timestampOf();
  return Array.from({ length: count }, (_, i) => {
    const interaction = buildSlashInteraction(
      'ask',
      { question: questions[i % questions.length] ?? '' },
      { userId: String(100000000000000000n + BigInt(i)) },
    );
    const body = Buffer.from(JSON.stringify(interaction));
    const signature = signer.sign(timestamp, body);
    const head =
      'POST /interactions HTTP/1.1\r\n' +
      'Host: 127.0.0.1\r\n' +
      'User-Agent: Discord-Interactions/1.0 (+https://discord.com)\r\n' +
      'Content-Type: application/json\r\n' +
      `Content-Length: ${body.length}\r\n` +
      `X-Signature-Ed25519: ${signature}\r\n` +
      `X-Signature-Timestamp: ${timestamp}\r\n\r\n`;
    return { timestamp, signature, body, wire: Buffer.concat([Buffer.from(head), body]) };
  });
}
