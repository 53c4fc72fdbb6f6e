import type { ServerResponse } from 'node:http';

/**
 * The security headers of every answer (HTML, assets, the service worker, errors).
 *
 * - `connect-src 'self'`: CSP Level 3 lets 'self' match the same host's ws:/wss: too (checked in
 *   Chromium by test/e2e/security-headers.e2e.ts), so the live-session WebSocket of the same host
 *   needs no extra source, whatever address (127.0.0.1, the room's network) the server is bound to.
 * - `script-src 'self' 'wasm-unsafe-eval'`: the portfolio's solver (HiGHS) is WebAssembly served
 *   from our own origin; compiling WebAssembly needs 'wasm-unsafe-eval' (not 'unsafe-eval': no
 *   string is ever run as script).
 * - `worker-src 'self' blob:`: the import, robustness, export and solver workers.
 * - `style-src 'self' 'unsafe-inline'`: a library of the first screen adds a `<style>` element at run
 *   time (without 'unsafe-inline', Chromium reports a style-src-elem violation, checked on
 *   2026-12-04); styles cannot run code, scripts stay strict.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
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
].join('; ');

const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  // Older browsers that ignore frame-ancestors.
  'X-Frame-Options': 'DENY',
};

/** Vite's content-hashed output: the name changes whenever the content does. */
const HASHED_ASSET = /^\/assets\/[^/]+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/;

const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Revalidated on every use: index.html, sw.js, the manifests, icons, anything not hashed. */
export const REVALIDATE = 'no-cache';

/** How long a browser may keep the file at this (decoded) path without asking again. */
export function cacheControlFor(pathname: string): string {
  return HASHED_ASSET.test(pathname) ? IMMUTABLE : REVALIDATE;
}

/** Sets the security headers (before any body is written). */
export function setSecurityHeaders(response: ServerResponse): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
}
