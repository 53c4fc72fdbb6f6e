import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import sirv from 'sirv';
import { cacheControlFor, REVALIDATE, setSecurityHeaders } from './headers';

export type RequestHandler = (request: IncomingMessage, response: ServerResponse) => void;

/**
 * The path of a request URL once fully decoded (a double-encoded `%252e` too), or null when it is
 * not a plain path inside the site: a `..` or `.` segment, a backslash, a NUL, an encoded slash.
 */
function safePathname(url: string | undefined): string | null {
  const raw = (url ?? '/').split(/[?#]/, 1)[0] ?? '/';
  if (!raw.startsWith('/')) return null;
  let decoded = raw;
  for (let round = 0; round < 3; round += 1) {
    const segments = decoded.split('/');
    if (segments.some((segment) => segment === '..' || segment === '.')) return null;
    if (/[\\\0]/.test(decoded) || /%(2f|5c|00)/i.test(decoded)) return null;
    if (!decoded.includes('%')) return decoded;
    try {
      decoded = decodeURIComponent(decoded);
    } catch {
      return null;
    }
  }
  return decoded.includes('%') ? null : decoded;
}

function notFoundPage(): string {
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8"><title>Not found · Clarté</title></head>',
    '<body><h1>Not found</h1><p>There is nothing at this address. ',
    '<a href="/">Open Clarté</a></p></body></html>',
  ].join('');
}

function sendNotFound(request: IncomingMessage, response: ServerResponse): void {
  const body = notFoundPage();
  response.statusCode = 404;
  response.setHeader('Content-Type', 'text/html; charset=utf-8');
  response.setHeader('Content-Length', Buffer.byteLength(body));
  response.setHeader('Cache-Control', REVALIDATE);
  response.end(request.method === 'HEAD' ? undefined : body);
}

/**
 * The built app in `root` (Vite's dist/), with sirv: files listed once at start (no lookup on the
 * disk per request, so no way out of `root`), every answer with the security headers, and the
 * app's page (index.html) for any address without a file extension (the app's routes). A missing
 * file, a directory or a path that tries to leave the folder is a small 404 page.
 */
export function createStaticHandler(root: string): RequestHandler {
  // Fails early, with a clear message, when the build is missing.
  readFileSync(path.join(root, 'index.html'));
  const files = sirv(root, {
    dev: false,
    etag: true,
    single: true,
    gzip: false,
    brotli: false,
    dotfiles: false,
    onNoMatch: sendNotFound,
  });
  return (request, response) => {
    setSecurityHeaders(response);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.statusCode = 405;
      response.setHeader('Allow', 'GET, HEAD');
      response.end();
      return;
    }
    const pathname = safePathname(request.url);
    if (pathname === null) {
      sendNotFound(request, response);
      return;
    }
    response.setHeader('Cache-Control', cacheControlFor(pathname));
    files(request, response);
  };
}
