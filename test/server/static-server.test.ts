import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClarteServer, type ClarteServer } from '../../server/clarte-server';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw request: the path is sent exactly as written (fetch would resolve `..` itself). */
function get(server: ClarteServer, rawPath: string, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      { host: '127.0.0.1', port: server.port, path: rawPath, method },
      (incoming) => {
        let body = '';
        incoming.setEncoding('utf8');
        incoming.on('data', (chunk: string) => (body += chunk));
        incoming.on('end', () =>
          resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, body }),
        );
      },
    );
    outgoing.on('error', reject);
    outgoing.end();
  });
}

const SECRET = 'top secret, outside the site';
let folder: string;
let server: ClarteServer;

beforeAll(async () => {
  // <tmp>/secret.txt and <tmp>/site/ (the built app): nothing may reach the first from the second.
  folder = mkdtempSync(path.join(tmpdir(), 'clarte-server-'));
  writeFileSync(path.join(folder, 'secret.txt'), SECRET);
  const site = path.join(folder, 'site');
  mkdirSync(path.join(site, 'assets'), { recursive: true });
  writeFileSync(path.join(site, 'index.html'), '<!doctype html><title>Clarté app</title>');
  writeFileSync(path.join(site, 'assets', 'index-D4x9Qm2L.js'), 'console.log("app")');
  writeFileSync(path.join(site, 'sw.js'), 'self.addEventListener("fetch", () => {})');
  writeFileSync(path.join(site, 'manifest.webmanifest'), '{"name":"Clarté"}');
  writeFileSync(path.join(site, '.clarte-build-stamp'), 'stamp');
  server = await createClarteServer({ root: site, port: 0 });
});

afterAll(async () => {
  await server.close();
  rmSync(folder, { recursive: true, force: true });
});

const EXPECTED_CSP = [
  "default-src 'self'",
  // WebAssembly (the portfolio's HiGHS solver) compiles with it, and nothing else is allowed.
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "img-src 'self' data: blob:",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self'",
  "manifest-src 'self'",
  "frame-ancestors 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
];

function expectSecurityHeaders(answer: Answer): void {
  const csp = String(answer.headers['content-security-policy']).split('; ');
  expect(csp).toEqual(EXPECTED_CSP);
  expect(answer.headers['x-content-type-options']).toBe('nosniff');
  expect(answer.headers['referrer-policy']).toBe('no-referrer');
  expect(answer.headers['permissions-policy']).toBe('camera=(), microphone=(), geolocation=()');
  expect(answer.headers['x-frame-options']).toBe('DENY');
}

describe('the production server', () => {
  it('listens on 127.0.0.1 by default and says where', () => {
    expect(server.host).toBe('127.0.0.1');
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
  });

  it('serves the app page with every security header, revalidated on each visit', async () => {
    const answer = await get(server, '/');
    expect(answer.status).toBe(200);
    expect(answer.body).toContain('Clarté app');
    expect(answer.headers['content-type']).toMatch(/^text\/html/);
    expect(answer.headers['cache-control']).toBe('no-cache');
    expectSecurityHeaders(answer);
  });

  it("serves the app page for the app's routes (deep links)", async () => {
    const answer = await get(server, '/w/0b5c/ranking');
    expect(answer.status).toBe(200);
    expect(answer.body).toContain('Clarté app');
    expectSecurityHeaders(answer);
  });

  it('lets browsers keep a hashed asset for a year without asking', async () => {
    const answer = await get(server, '/assets/index-D4x9Qm2L.js');
    expect(answer.status).toBe(200);
    expect(answer.body).toBe('console.log("app")');
    expect(answer.headers['content-type']).toMatch(/^text\/javascript/);
    expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expectSecurityHeaders(answer);
  });

  it('makes the browser revalidate the service worker and the manifest', async () => {
    for (const file of ['/sw.js', '/manifest.webmanifest']) {
      const answer = await get(server, file);
      expect(answer.status, file).toBe(200);
      expect(answer.headers['cache-control'], file).toBe('no-cache');
      expectSecurityHeaders(answer);
    }
  });

  it('answers a missing file with a small 404 page, with the headers', async () => {
    const answer = await get(server, '/assets/missing-AbCdEf12.js');
    expect(answer.status).toBe(404);
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(answer.body).toContain('Not found');
    expectSecurityHeaders(answer);
  });

  it('never lists a folder', async () => {
    const answer = await get(server, '/assets/');
    expect(answer.body).not.toContain('index-D4x9Qm2L.js');
    const withFile = await get(server, '/assets');
    expect(withFile.body).not.toContain('index-D4x9Qm2L.js');
  });

  it('does not serve dotfiles (the build stamp)', async () => {
    const answer = await get(server, '/.clarte-build-stamp');
    expect(answer.body).not.toContain('stamp');
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E/secret.txt',
    '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    '/%2e%2e%2fsecret.txt',
    '/%252e%252e/secret.txt',
    '/%252e%252e%252fsecret.txt',
    '/%25252e%25252e/secret.txt',
    '/..%5csecret.txt',
    '/..\\secret.txt',
    '/.%2e/secret.txt',
  ])('never leaves the site folder: %s', async (rawPath) => {
    const answer = await get(server, rawPath);
    expect(answer.body).not.toContain(SECRET);
    expect(answer.status).toBe(404);
    expectSecurityHeaders(answer);
  });

  it('answers only GET and HEAD', async () => {
    const answer = await get(server, '/', 'POST');
    expect(answer.status).toBe(405);
    expect(answer.headers.allow).toBe('GET, HEAD');
    const head = await get(server, '/', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });
});
