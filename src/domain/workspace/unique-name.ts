/**
 * A name that none of the existing ones bears (case and accents ignored): the name itself, else
 * "name (2)", "name (3)"... so that two workspaces are never confused in the list.
 */
export function uniqueName(name: string, existing: readonly string[], locale = 'en'): string {
  const same = (a: string, b: string) => a.localeCompare(b, locale, { sensitivity: 'base' }) === 0;
  if (!existing.some((e) => same(e, name))) return name;
  for (let n = 2; ; n++) {
    const candidate = `${name} (${n})`;
    if (!existing.some((e) => same(e, candidate))) return candidate;
  }
}
