import { readFile, realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The pages load only their own stylesheet, script and data; nothing inline, nothing from
 * elsewhere, no framing. Inline SVG is markup, not script, so it needs nothing more.
 */
export const SITE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; " +
  "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** Pages are revalidated on every visit (they change with the knowledge); assets keep an hour. */
const cacheControl = (extension: string) =>
  extension === '.html' ? 'no-cache' : 'public, max-age=3600';

/** Compressed once per file version: the search data is megabytes, and asked for again and again. */
const gzipped = new Map<string, Buffer>();

/** The file a request path names inside `root`, or undefined for anything outside it or odd. */
async function resolveFile(root: string, urlPath: string): Promise<string | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.split(/[/\\]/).includes('..')) return undefined;
  const relative = decoded.endsWith('/') ? `${decoded}index.html` : decoded;
  const candidate = path.join(root, path.posix.normalize(relative));
  try {
    // A link inside the folder must not lead out of it.
    const real = await realpath(candidate);
    const realRoot = await realpath(root);
    if (!real.startsWith(realRoot + path.sep)) return undefined;
    // A folder is never listed.
    return (await stat(real)).isFile() ? real : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Serves the static site in `root` for GET and HEAD: known content types only, ETags and caching
 * headers, a strict Content-Security-Policy, gzip when the client takes it. Returns false when the
 * request names no file of the site, for the caller's 404.
 */
export function createStaticSite(root: string) {
  const absoluteRoot = path.resolve(root);
  return async function serveStatic(
    request: IncomingMessage,
    response: ServerResponse,
    urlPath: string,
  ): Promise<boolean> {
    const file = await resolveFile(absoluteRoot, urlPath);
    const extension = file ? path.extname(file) : '';
    const type = CONTENT_TYPES[extension];
    if (!file || !type) return false;
    const info = await stat(file);
    const etag = `"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
    const headers: Record<string, string | number> = {
      'content-type': type,
      'cache-control': cacheControl(extension),
      etag,
      'content-security-policy': SITE_CSP,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      vary: 'accept-encoding',
    };
    if (request.headers['if-none-match'] === etag) {
      response.writeHead(304, headers);
      response.end();
      return true;
    }
    let body: Buffer = await readFile(file);
    if (/\bgzip\b/.test(String(request.headers['accept-encoding'] ?? '')) && type !== 'image/png') {
      const key = `${file}:${etag}`;
      body = gzipped.get(key) ?? gzipSync(body);
      gzipped.set(key, body);
      headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = body.length;
    response.writeHead(200, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
    return true;
  };
}
