import { ClassicLevel } from 'classic-level';
import * as Y from 'yjs';

/**
 * Where the live sessions' registry is kept: this instance's LevelDB, or Redis when several
 * instances share the sessions (then every instance reads the same records).
 */
export interface RegistryStore {
  get(key: string): Promise<string | null>;
  put(key: string, value: string): Promise<void>;
  del(key: string): Promise<void>;
}

/** The few Redis commands the registry needs (an ioredis client, e.g. the Redis extension's). */
export interface RedisCommands {
  get(key: string): Promise<string | null>;
  set(key: string, value: string): Promise<unknown>;
  del(key: string): Promise<unknown>;
}

export function redisRegistryStore(redis: RedisCommands, prefix = 'clarte-live'): RegistryStore {
  return {
    get: (key) => redis.get(`${prefix}:${key}`),
    put: async (key, value) => {
      await redis.set(`${prefix}:${key}`, value);
    },
    del: async (key) => {
      await redis.del(`${prefix}:${key}`);
    },
  };
}

const SYNC = { sync: true } as const;

interface WaitingUpdate {
  key: string;
  value: Uint8Array;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * The documents on disk (LevelDB through classic-level, whose binaries ship in the package).
 * Every update a client sends is appended to its document's log with an fsync BEFORE the server
 * applies and acknowledges it (several at once: group commit), so a `kill -9` loses nothing
 * acknowledged. Loading a document
 * merges its last state and its log, then compacts them into one state.
 */
export class LiveStore implements RegistryStore {
  private readonly db: ClassicLevel<string, Uint8Array>;
  private sequence = Date.now() * 1000;
  private waiting: WaitingUpdate[] = [];
  private writing: Promise<void> | null = null;

  constructor(folder: string) {
    this.db = new ClassicLevel<string, Uint8Array>(folder, {
      keyEncoding: 'utf8',
      valueEncoding: 'view',
    });
  }

  async open(): Promise<void> {
    await this.db.open();
  }

  async close(): Promise<void> {
    await this.flushed();
    await this.db.close();
  }

  async get(key: string): Promise<string | null> {
    const value = await this.db.get(`r:${key}`);
    return value === undefined ? null : Buffer.from(value).toString('utf8');
  }

  async put(key: string, value: string): Promise<void> {
    await this.db.put(`r:${key}`, Buffer.from(value, 'utf8'), SYNC);
  }

  async del(key: string): Promise<void> {
    await this.db.del(`r:${key}`, SYNC);
  }

  private nextLogKey(documentName: string): string {
    this.sequence += 1;
    return `d:${documentName}:u:${String(this.sequence).padStart(20, '0')}`;
  }

  /**
   * Appends an update to the document's log, durably (fsync) before it resolves. Group commit:
   * the updates that arrive while a write is under way (or in the same turn) are written
   * together in one batch with one fsync, and each resolves only once its batch is on disk.
   */
  appendUpdate(documentName: string, update: Uint8Array): Promise<void> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ key: this.nextLogKey(documentName), value: update, resolve, reject });
      this.writing ??= this.writeWaiting();
    });
  }

  private async writeWaiting(): Promise<void> {
    // Let the updates of the same turn join the first group.
    await new Promise((resolve) => setImmediate(resolve));
    while (this.waiting.length > 0) {
      const group = this.waiting.splice(0);
      try {
        await this.db.batch(
          group.map(({ key, value }) => ({ type: 'put' as const, key, value })),
          SYNC,
        );
        for (const { resolve } of group) resolve();
      } catch (error) {
        for (const { reject } of group) reject(error);
      }
    }
    this.writing = null;
  }

  /** Resolves once every update appended so far is on disk (or refused). */
  async flushed(): Promise<void> {
    while (this.writing) await this.writing;
  }

  /** The document's state (last state and log merged, then compacted), or null when none. */
  async loadDocument(documentName: string): Promise<Uint8Array | null> {
    const updates: Uint8Array[] = [];
    const logKeys: string[] = [];
    const state = await this.db.get(`d:${documentName}:state`);
    if (state) updates.push(state);
    const prefix = `d:${documentName}:u:`;
    for await (const [key, value] of this.db.iterator({ gte: prefix, lt: `${prefix}~` })) {
      logKeys.push(key);
      updates.push(value);
    }
    if (updates.length === 0) return null;
    const merged = Y.mergeUpdates(updates);
    if (logKeys.length > 0) {
      await this.db.batch(
        [
          { type: 'put', key: `d:${documentName}:state`, value: merged },
          ...logKeys.map((key) => ({ type: 'del' as const, key })),
        ],
        SYNC,
      );
    }
    return merged;
  }

  async storeDocument(documentName: string, state: Uint8Array): Promise<void> {
    await this.db.put(`d:${documentName}:state`, state, SYNC);
  }

  /** Deletes every document whose name starts with the prefix (a session's documents). */
  async deleteDocuments(namePrefix: string): Promise<number> {
    await this.flushed();
    const keys: string[] = [];
    const gte = `d:${namePrefix}`;
    for await (const key of this.db.keys({ gte, lt: `${gte}~` })) keys.push(key);
    await this.db.batch(
      keys.map((key) => ({ type: 'del' as const, key })),
      SYNC,
    );
    return keys.length;
  }

  /** How many records are stored under a document name prefix (for tests and checks). */
  async countDocumentRecords(namePrefix: string): Promise<number> {
    let count = 0;
    const gte = `d:${namePrefix}`;
    for await (const key of this.db.keys({ gte, lt: `${gte}~` })) if (key) count += 1;
    return count;
  }
}
