import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/log.js';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { lines, log: createLogger({ level: 'info', destination: stream }) };
}

describe('createLogger', () => {
  it('never writes tokens or authorization headers', () => {
    const { lines, log } = capture();
    log.info(
      {
        token: 'bot-token',
        config: { discordToken: 'bot-token-2' },
        headers: { authorization: 'Bot x' },
      },
      'm',
    );
    log.info({ interaction: { token: 'interaction-token' } }, 'm');
    const written = lines.join('');
    expect(written).not.toMatch(/bot-token|interaction-token|Bot x/);
    expect(written).toContain('[redacted]');
  });

  it('serializes errors logged under "error"', () => {
    const { lines, log } = capture();
    log.error({ command: 'ask', error: new Error('broke') }, 'failed');
    expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({
      command: 'ask',
      error: { message: 'broke', type: 'Error' },
    });
  });

  it('drops the reply and the interaction token a failed Discord REST call carries', () => {
    const { lines, log } = capture();
    // What @discordjs/rest attaches to HTTPError and DiscordAPIError.
    const error = Object.assign(new Error('Internal Server Error'), {
      status: 500,
      method: 'POST',
      url: 'https://discord.com/api/v10/interactions/123/secret-token/callback',
      requestBody: { json: { data: { embeds: [{ author: { name: 'You asked: my aunt' } }] } } },
    });
    log.error({ command: 'ask', error }, 'could not reply');
    const written = lines.join('');
    expect(written).not.toMatch(/secret-token|my aunt/);
    expect(JSON.parse(written)).toMatchObject({
      error: {
        status: 500,
        url: 'https://discord.com/api/v10/interactions/123/[redacted]/callback',
      },
    });
  });

  it('logs a thrown non-error as it is', () => {
    const { lines, log } = capture();
    log.error({ error: 'plain string' }, 'failed');
    expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({ error: 'plain string' });
  });
});
