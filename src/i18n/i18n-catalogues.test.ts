import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from './i18n';

const [en, fr] = await Promise.all([loadCatalogue('en'), loadCatalogue('fr')]);

function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\./.test(name) ? [path] : [];
  });
}

/** i18next plural forms: a key used as "x" may exist only as "x_one", "x_other"... */
function exists(key: string, all: Set<string>): boolean {
  return all.has(key) || [...all].some((k) => k.startsWith(`${key}_`));
}

describe('translation catalogues', () => {
  const enKeys = keys(en).sort();
  const frKeys = keys(fr).sort();

  it('have exactly the same keys in French and English', () => {
    expect(frKeys.filter((k) => !enKeys.includes(k))).toEqual([]);
    expect(enKeys.filter((k) => !frKeys.includes(k))).toEqual([]);
  });

  it('have no empty text', () => {
    const empty = (tree: object) =>
      keys(tree).filter(
        (k) =>
          k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], tree) === '',
      );
    expect(empty(en)).toEqual([]);
    expect(empty(fr)).toEqual([]);
  });

  it('contain every literal key the code asks for', () => {
    const all = new Set(enKeys);
    const missing: string[] = [];
    for (const file of sourceFiles(join(__dirname, '..'))) {
      const text = readFileSync(file, 'utf8');
      // t('…') in components, label('…') where the domain is handed a translator.
      for (const m of text.matchAll(/\b(?:t|label)\(\s*'([a-zA-Z0-9_.]+)'/g)) {
        const key = m[1] as string;
        if (!exists(key, all)) missing.push(`${file}: ${key}`);
      }
      for (const m of text.matchAll(
        /'((?:errors|criteria|quadrant|status|scope)\.[a-zA-Z0-9_.]+)'/g,
      )) {
        const key = m[1] as string;
        if (!exists(key, all)) missing.push(`${file}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('write the French apostrophe one way, the typographic one (as the demo and catalogues do)', () => {
    const texts = (tree: object): string[] =>
      Object.values(tree).flatMap((v) =>
        typeof v === 'object' && v !== null ? texts(v as object) : [String(v)],
      );
    // "cas d'usage" next to "d’attrition" on one screen reads as a typo.
    const straight = texts(fr).filter((text) => /\p{L}'\p{L}/u.test(text));
    expect(straight).toEqual([]);
  });
});
