/**
 * The ceiling for this stack, run as its own process by `npm run bench:http`: the same Node HTTP
 * server, cluster, body reader and Ed25519 check as the endpoint, answering every correctly
 * signed request with PONG and doing nothing else (no JSON parsing, no answer engine).
 * Environment: DISCORD_PUBLIC_KEY, PORT, HTTP_WORKERS.
 */
import cluster from 'node:cluster';
import { createServer } from 'node:http';
import { requestedWorkers, runClusterPrimary } from '../../src/http/cluster.js';
import { readBody } from '../../src/http/read-body.js';
import { sendJson } from '../../src/http/send-json.js';
import { shutdownSignal } from '../../src/http/shutdown-signal.js';
import { createSignatureCheck } from '../../src/http/signature.js';

const header = (value: string | string[] | undefined) => (typeof value === 'string' ? value : '');

async function serve(publicKey: string, port: number): Promise<number> {
  const verify = createSignatureCheck(publicKey);
  const server = createServer((request, response) => {
    if (request.url === '/healthz') return sendJson(response, 200, { status: 'ok' });
    void readBody(request).then((read) => {
      if (!read.ok) return sendJson(response, 413, { error: 'too large' });
      const signed = verify(
        header(request.headers['x-signature-timestamp']),
        read.body,
        header(request.headers['x-signature-ed25519']),
      );
      sendJson(response, signed ? 200 : 401, signed ? { type: 1 } : { error: 'bad signature' });
    });
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(port, resolve));
  await shutdownSignal();
  server.closeAllConnections();
  return 0;
}

async function main(): Promise<number> {
  const publicKey = process.env.DISCORD_PUBLIC_KEY ?? '';
  const port = Number(process.env.PORT);
  const workers = requestedWorkers(process.env);
  // As serve:http does: the first worker is forked before the primary loads its logger.
  if (cluster.isPrimary && workers > 1) {
    const log = import('../../src/log.js').then(({ createLogger }) =>
      createLogger({ level: 'info' }),
    );
    return runClusterPrimary({ workers, log });
  }
  return serve(publicKey, port);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`bare server: ${String(error)}\n`);
    process.exit(1);
  },
);
