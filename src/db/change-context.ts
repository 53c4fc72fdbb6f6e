/** Who makes a change, and how time and ids are obtained (injectable for tests). */
export interface ChangeContext {
  actor: string;
  now: () => string;
  newId: () => string;
}

export function changeContext(actor: string): ChangeContext {
  return {
    actor,
    now: () => new Date().toISOString(),
    newId: () => crypto.randomUUID(),
  };
}
