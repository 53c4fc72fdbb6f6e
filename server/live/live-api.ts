import type { IncomingMessage, ServerResponse } from 'node:http';
import type * as z from 'zod';
import {
  joinRequestSchema,
  liveSessionIdSchema,
  openSessionRequestSchema,
} from '../../src/domain/live/live-documents';
import { FailureLimiter } from './rate-limit';
import type { SessionRegistry } from './session-registry';

export interface LiveApiOptions {
  registry: SessionRegistry;
  /** Join addresses to show (local network or public). */
  joinOrigins: () => string[];
  /** Ends a session: closes its connections and deletes its documents. */
  endSession: (sessionId: string) => Promise<void>;
  /** Frees a participant's name: closes their connections, deletes their document. */
  releaseParticipant: (sessionId: string, participantId: string) => Promise<boolean>;
  /** Failed passcode attempts allowed per IP address in a minute (default 5). */
  failuresPerIp?: number;
  /** Failed passcode attempts allowed per session in ten minutes (default 30). */
  failuresPerSession?: number;
  /** Only the machine itself may open sessions unless true (behind a reverse proxy). */
  remoteFacilitators?: boolean;
}

const MAX_BODY = 256 * 1024;

class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly problem: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(problem);
  }
}

function send(res: ServerResponse, status: number, body: unknown, headers = {}): void {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(body === null ? undefined : JSON.stringify(body));
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  if (!(req.headers['content-type'] ?? '').startsWith('application/json'))
    throw new HttpProblem(415, 'json-required');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY) throw new HttpProblem(413, 'body-too-large');
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  } catch {
    throw new HttpProblem(400, 'invalid-json');
  }
}

function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new HttpProblem(400, 'invalid-request');
  return result.data;
}

function isLoopback(address: string | undefined): boolean {
  return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';
}

/** A page of another site may not drive the API from a visitor's browser. */
function checkOrigin(req: IncomingMessage): void {
  const origin = req.headers.origin;
  if (origin === undefined) return;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    throw new HttpProblem(403, 'foreign-origin');
  }
  if (host !== req.headers.host) throw new HttpProblem(403, 'foreign-origin');
}

function bearer(req: IncomingMessage): string {
  const header = req.headers.authorization ?? '';
  return header.startsWith('Bearer ') ? header.slice(7) : '';
}

/**
 * The live sessions' HTTP endpoints under /live/api: open a session (facilitator), join one
 * (passcode, rate-limited per IP address and per session), list its participants, free a
 * participant's name, end it.
 * Returns false when the request is not one of them.
 */
export function liveApi(options: LiveApiOptions) {
  const { registry } = options;
  const perIp = new FailureLimiter(options.failuresPerIp ?? 5, 60_000);
  const perSession = new FailureLimiter(options.failuresPerSession ?? 30, 600_000);

  async function facilitatorOf(req: IncomingMessage, sessionId: string): Promise<void> {
    const role = await registry.roleOf(sessionId, bearer(req));
    if (role?.kind !== 'facilitator') throw new HttpProblem(401, 'not-facilitator');
  }

  async function join(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const ip = req.socket.remoteAddress ?? 'unknown';
    const body = parse(joinRequestSchema, await readJson(req));
    const wait = Math.max(perIp.retryAfter(ip), perSession.retryAfter(body.sessionId));
    if (wait > 0)
      throw new HttpProblem(429, 'too-many-attempts', {
        'retry-after': String(Math.ceil(wait / 1000)),
      });
    const result = await registry.join(body.sessionId, body.passcode, body.name);
    switch (result.kind) {
      case 'wrongPasscode':
        perIp.fail(ip);
        perSession.fail(body.sessionId);
        throw new HttpProblem(401, 'wrong-passcode');
      case 'unknown':
        perIp.fail(ip);
        throw new HttpProblem(404, 'unknown-session');
      case 'ended':
        throw new HttpProblem(410, 'session-ended');
      case 'nameTaken':
        throw new HttpProblem(409, 'name-taken');
      case 'full':
        throw new HttpProblem(409, 'session-full');
      case 'roster':
        return send(res, 200, { names: result.names });
      case 'joined':
        return send(res, 200, {
          participantId: result.participantId,
          token: result.token,
          name: result.name,
        });
    }
  }

  /** One participant: does their pass still hold (GET); they or the facilitator free the name (DELETE). */
  async function participant(
    req: IncomingMessage,
    res: ServerResponse,
    sessionId: string,
    participantId: string,
  ): Promise<void> {
    if (!liveSessionIdSchema.safeParse(participantId).success)
      throw new HttpProblem(404, 'not-found');
    const role = await registry.roleOf(sessionId, bearer(req));
    const self = role?.kind === 'participant' && role.participantId === participantId;
    // Whether this pass still holds (200 either way: a freed name is an answer, not an error).
    if (req.method === 'GET')
      return send(res, 200, self ? { holds: true, name: role.name } : { holds: false });
    if (req.method !== 'DELETE') throw new HttpProblem(405, 'method-not-allowed');
    if (!self && role?.kind !== 'facilitator') throw new HttpProblem(401, 'not-allowed');
    if (!(await options.releaseParticipant(sessionId, participantId)))
      throw new HttpProblem(404, 'unknown-participant');
    return send(res, 204, null);
  }

  async function route(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    const method = req.method ?? 'GET';
    if (method !== 'GET') checkOrigin(req);
    if (path === '/live/api/join' && method === 'POST') return join(req, res);
    if (path === '/live/api/sessions' && method === 'POST') {
      if (!options.remoteFacilitators && !isLoopback(req.socket.remoteAddress))
        throw new HttpProblem(403, 'facilitator-machine-only');
      const body = parse(openSessionRequestSchema, await readJson(req));
      const opened = await registry.open(body.useCaseIds, body.roster);
      return send(res, 201, { ...opened, joinOrigins: options.joinOrigins() });
    }
    const match = /^\/live\/api\/sessions\/([^/]+)(\/participants(?:\/([^/]+))?)?$/.exec(path);
    const sessionId = liveSessionIdSchema.safeParse(match?.[1]);
    if (!match || !sessionId.success) throw new HttpProblem(404, 'not-found');
    const id = sessionId.data;
    if (match[3] !== undefined) return participant(req, res, id, match[3]);
    if (match[2] && method === 'GET') {
      await facilitatorOf(req, id);
      const record = await registry.session(id);
      const participants = (record?.participants ?? []).map((p) => ({ id: p.id, name: p.name }));
      return send(res, 200, { participants });
    }
    if (!match[2] && method === 'GET') return send(res, 200, { state: await registry.state(id) });
    if (!match[2] && method === 'DELETE') {
      await facilitatorOf(req, id);
      await options.endSession(id);
      return send(res, 204, null);
    }
    throw new HttpProblem(405, 'method-not-allowed');
  }

  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (!path.startsWith('/live/api/')) return false;
    try {
      await route(req, res, path);
    } catch (error) {
      if (error instanceof HttpProblem)
        send(res, error.status, { problem: error.problem }, error.headers);
      else {
        console.error('live api', error);
        send(res, 500, { problem: 'server-error' });
      }
    }
    return true;
  };
}
