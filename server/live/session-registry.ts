import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import * as z from 'zod';
import type { RegistryStore } from './live-store';

/** A participant of a live session: a name and the hash of their token. */
const sessionParticipantSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  tokenHash: z.string(),
  joinedAt: z.string(),
});
type SessionParticipant = z.infer<typeof sessionParticipantSchema>;

const sessionRecordSchema = z.strictObject({
  id: z.string(),
  facilitatorTokenHash: z.string(),
  passcodeHash: z.string(),
  useCaseIds: z.array(z.string()),
  roster: z.array(z.string()),
  participants: z.array(sessionParticipantSchema),
  createdAt: z.string(),
});
export type SessionRecord = z.infer<typeof sessionRecordSchema>;

export type Role =
  | { kind: 'facilitator'; sessionId: string }
  | { kind: 'participant'; sessionId: string; participantId: string; name: string };

/** A random, unguessable id or token (128 or 256 bits, URL-safe). */
function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

function hash(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

function sameHash(secret: string, expected: string): boolean {
  const a = Buffer.from(hash(secret), 'hex');
  const b = Buffer.from(expected, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

function sameName(a: string, b: string): boolean {
  return a.trim().localeCompare(b.trim(), undefined, { sensitivity: 'base' }) === 0;
}

export interface OpenedSession {
  sessionId: string;
  facilitatorToken: string;
  passcode: string;
}

export type JoinResult =
  | { kind: 'joined'; participantId: string; token: string; name: string }
  | { kind: 'roster'; names: string[] }
  | { kind: 'wrongPasscode' }
  | { kind: 'unknown' }
  | { kind: 'ended' }
  | { kind: 'nameTaken' }
  | { kind: 'full' };

export type SessionState = 'open' | 'ended' | 'unknown';

/**
 * The live sessions a server hosts: who may open which document. Secrets are stored as hashes;
 * an ended session leaves only a marker (so its address says "ended", not "unknown").
 */
export class SessionRegistry {
  /** Serialises the read-modify-write of a session's record on this instance. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: RegistryStore,
    private readonly maxParticipants = 200,
  ) {}

  private async read(sessionId: string): Promise<SessionRecord | null> {
    const text = await this.store.get(`session:${sessionId}`);
    return text === null ? null : sessionRecordSchema.parse(JSON.parse(text));
  }

  private async write(record: SessionRecord): Promise<void> {
    await this.store.put(`session:${record.id}`, JSON.stringify(record));
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const next = this.queue.then(task, task);
    this.queue = next.catch(() => undefined);
    return next;
  }

  async open(useCaseIds: string[], roster: string[]): Promise<OpenedSession> {
    const sessionId = randomToken(16);
    const facilitatorToken = randomToken();
    const passcode = String(randomInt(0, 1_000_000)).padStart(6, '0');
    await this.write({
      id: sessionId,
      facilitatorTokenHash: hash(facilitatorToken),
      passcodeHash: hash(`${sessionId}:${passcode}`),
      useCaseIds: [...new Set(useCaseIds)],
      roster: roster.filter((n, i) => roster.findIndex((m) => sameName(m, n)) === i),
      participants: [],
      createdAt: new Date().toISOString(),
    });
    return { sessionId, facilitatorToken, passcode };
  }

  async state(sessionId: string): Promise<SessionState> {
    if (await this.read(sessionId)) return 'open';
    return (await this.store.get(`ended:${sessionId}`)) ? 'ended' : 'unknown';
  }

  async session(sessionId: string): Promise<SessionRecord | null> {
    return this.read(sessionId);
  }

  /** After the passcode: without a name, the names one may still pick; with one, a token. */
  join(sessionId: string, passcode: string, name: string | undefined): Promise<JoinResult> {
    return this.serial(async () => {
      const record = await this.read(sessionId);
      if (!record) return { kind: (await this.state(sessionId)) === 'ended' ? 'ended' : 'unknown' };
      if (!sameHash(`${sessionId}:${passcode}`, record.passcodeHash))
        return { kind: 'wrongPasscode' };
      const taken = (n: string) => record.participants.some((p) => sameName(p.name, n));
      if (name === undefined)
        return { kind: 'roster', names: record.roster.filter((n) => !taken(n)) };
      if (taken(name)) return { kind: 'nameTaken' };
      if (record.participants.length >= this.maxParticipants) return { kind: 'full' };
      const participantId = randomToken(16);
      const token = randomToken();
      const joinedAt = new Date().toISOString();
      record.participants.push({ id: participantId, name, tokenHash: hash(token), joinedAt });
      await this.write(record);
      return { kind: 'joined', participantId, token, name };
    });
  }

  /** Who holds this token for this session, or null. */
  async roleOf(sessionId: string, token: string): Promise<Role | null> {
    const record = await this.read(sessionId);
    if (!record || token.length === 0 || token.length > 100) return null;
    if (sameHash(token, record.facilitatorTokenHash)) return { kind: 'facilitator', sessionId };
    const participant = record.participants.find((p) => sameHash(token, p.tokenHash));
    return participant
      ? { kind: 'participant', sessionId, participantId: participant.id, name: participant.name }
      : null;
  }

  /**
   * A participant leaves, or the facilitator frees their name: their token stops working and
   * the name can be taken again. Returns who was released, or null when nobody had that id.
   */
  release(sessionId: string, participantId: string): Promise<SessionParticipant | null> {
    return this.serial(async () => {
      const record = await this.read(sessionId);
      const participant = record?.participants.find((p) => p.id === participantId);
      if (!record || !participant) return null;
      record.participants = record.participants.filter((p) => p.id !== participantId);
      await this.write(record);
      return participant;
    });
  }

  /** Ends a session: its record goes, a marker stays. */
  end(sessionId: string): Promise<void> {
    return this.serial(async () => {
      await this.store.put(`ended:${sessionId}`, new Date().toISOString());
      await this.store.del(`session:${sessionId}`);
    });
  }
}
