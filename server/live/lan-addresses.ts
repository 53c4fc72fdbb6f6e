import { networkInterfaces } from 'node:os';

/**
 * The addresses participants type or scan to join: the machine's local-network IPv4 addresses
 * when the server listens on every interface (HOST=0.0.0.0), otherwise the host it listens on.
 */
export function joinOrigins(
  host: string,
  port: number,
  protocol: 'http' | 'https' = 'http',
): string[] {
  const everywhere = host === '0.0.0.0' || host === '::' || host === '';
  if (!everywhere) return [`${protocol}://${host.includes(':') ? `[${host}]` : host}:${port}`];
  const lan = Object.values(networkInterfaces())
    .flat()
    .filter((a) => a !== undefined && a.family === 'IPv4' && !a.internal)
    .map((a) => `${protocol}://${a?.address}:${port}`);
  return lan.length > 0 ? lan : [`${protocol}://127.0.0.1:${port}`];
}
