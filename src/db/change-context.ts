import { customAlphabet } from 'nanoid';

/** Who makes a change, and how time and ids are obtained (injectable for tests). */
export interface ChangeContext {
  actor: string;
  now: () => string;
  newId: () => string;
}

/** The letters and digits a new id is drawn from: nothing a spreadsheet or a URL treats apart. */
export const ID_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
/** 21 of 62 characters: 125 random bits (a random UUID has 122, in 36 characters). */
export const ID_LENGTH = 21;

/**
 * A new record's id: random, as unlikely to meet another as a random UUID, and 15 characters
 * shorter. IndexedDB stores every id again in each index entry of its record and of the records
 * that name it: a workspace of 1,000 use cases written with these ids took about 300 ms where
 * the same records with random UUIDs took about 450 ms (issue 15 point 6, docs/performance.md).
 * nanoid draws them from the platform's cryptographic random source without bias.
 */
export const newRecordId: () => string = customAlphabet(ID_ALPHABET, ID_LENGTH);

export function changeContext(actor: string): ChangeContext {
  return {
    actor,
    now: () => new Date().toISOString(),
    newId: newRecordId,
  };
}
