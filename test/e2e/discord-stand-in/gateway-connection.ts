import { constants as zlibConstants, createDeflate } from 'node:zlib';
import type { Deflate } from 'node:zlib';
import { WebSocket } from 'ws';
import type { GatewayReceivePayload } from 'discord-api-types/v10';

/**
 * One WebSocket from a client, and how to write to it. Discord compresses the whole connection
 * with one shared zlib context when the URL asks for `compress=zlib-stream`, ending every
 * message with a sync flush (the 00 00 ff ff suffix clients look for). discord.js only asks for
 * it when the optional `zlib-sync` package is installed; plain JSON text frames otherwise.
 */
export class GatewayConnection {
  /** Whether this socket has sent a valid IDENTIFY or RESUME. */
  authenticated = false;
  private readonly deflate: Deflate | undefined;
  private sending: Promise<void> = Promise.resolve();

  constructor(
    readonly socket: WebSocket,
    readonly url: URL,
  ) {
    this.deflate = url.searchParams.get('compress') === 'zlib-stream' ? createDeflate() : undefined;
  }

  get open(): boolean {
    return this.socket.readyState === WebSocket.OPEN;
  }

  send(payload: GatewayReceivePayload): void {
    const json = JSON.stringify(payload);
    const deflate = this.deflate;
    if (!deflate) {
      if (this.open) this.socket.send(json);
      return;
    }
    // One shared context: messages must be compressed strictly in order.
    this.sending = this.sending.then(
      () =>
        new Promise<void>((resolve) => {
          const chunks: Buffer[] = [];
          const collect = (chunk: Buffer) => chunks.push(chunk);
          deflate.on('data', collect);
          deflate.write(json);
          deflate.flush(zlibConstants.Z_SYNC_FLUSH, () => {
            deflate.off('data', collect);
            if (this.open) this.socket.send(Buffer.concat(chunks));
            resolve();
          });
        }),
    );
  }

  /**
   * Closes from the server side. 1006 ("abnormal closure") cannot be sent in a close frame, so
   * it means: drop the TCP connection without one, as a crashed proxy would.
   */
  close(code: number, reason = ''): void {
    if (code === 1006) this.socket.terminate();
    else this.socket.close(code, reason);
    this.deflate?.close();
  }
}
