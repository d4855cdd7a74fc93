import type { IncomingMessage } from 'node:http';

/**
 * The largest request body the endpoint reads. Discord's interactions are a few kilobytes (the
 * largest, a select menu's resolved users, members, roles and channels, stays well under 100 KB);
 * a megabyte leaves room without letting anyone make the process buffer much.
 */
export const MAX_BODY_BYTES = 1024 * 1024;

export type BodyResult =
  | { ok: true; body: Buffer }
  | { ok: false; problem: 'too large' }
  | { ok: false; problem: 'aborted' };

/**
 * Reads a request body of at most `maxBytes`. A declared Content-Length over the limit is refused
 * before a byte is read; otherwise bytes are counted as they stream in and reading stops at the
 * limit (a chunked body declares no length). On "too large" the rest is left unread: the caller
 * answers 413 and closes the connection.
 */
export function readBody(request: IncomingMessage, maxBytes: number = MAX_BODY_BYTES) {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    return Promise.resolve<BodyResult>({ ok: false, problem: 'too large' });
  }
  return new Promise<BodyResult>((resolve) => {
    const chunks: Buffer[] = [];
    let length = 0;
    const finish = (result: BodyResult) => {
      request.off('data', onData);
      request.off('end', onEnd);
      request.off('error', onAbort);
      request.off('close', onAbort);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      length += chunk.length;
      if (length > maxBytes) {
        // Pausing, not destroying: destroying the request would close the socket before the 413.
        request.pause();
        finish({ ok: false, problem: 'too large' });
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => finish({ ok: true, body: Buffer.concat(chunks, length) });
    const onAbort = () => finish({ ok: false, problem: 'aborted' });
    request.on('data', onData);
    request.on('end', onEnd);
    request.on('error', onAbort);
    request.on('close', onAbort);
  });
}
