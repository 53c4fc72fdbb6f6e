import { describe, expect, it } from 'vitest';
import {
  SECTOR_FILES,
  SECTORS,
  sectorCatalogue,
  sectorFileSchema,
  type SectorFile,
} from './sector-catalogue';

const file = (lang: 'en' | 'fr', sector: (typeof SECTORS)[number]): SectorFile =>
  sectorFileSchema.parse(SECTOR_FILES[lang][sector]);

describe('the sector catalogues (insurance, banking, public services, retail, industry)', () => {
  it('has a valid data file per sector and language, with at least 15 use cases', () => {
    for (const sector of SECTORS)
      for (const lang of ['en', 'fr'] as const) {
        const parsed = file(lang, sector);
        expect(parsed.sector).toBe(sector);
        expect(parsed.language).toBe(lang);
        expect(parsed.entries.length, `${sector}.${lang}`).toBeGreaterThanOrEqual(15);
      }
  });

  it('has the same entries in both languages: same ids, same order, same scope', () => {
    for (const sector of SECTORS) {
      const en = file('en', sector).entries;
      const fr = file('fr', sector).entries;
      expect(fr.map((e) => [e.id, e.scope])).toEqual(en.map((e) => [e.id, e.scope]));
      // Translated, not copied: no French title equals its English one.
      for (const [i, e] of en.entries()) expect(fr[i]?.title, e.id).not.toBe(e.title);
    }
  });

  it('never uses an id twice, nor a title twice within a language', () => {
    for (const lang of ['en', 'fr'] as const) {
      const all = sectorCatalogue(lang);
      expect(new Set(all.map((e) => `${e.sector}/${e.id}`)).size).toBe(all.length);
      expect(new Set(all.map((e) => e.title)).size).toBe(all.length);
    }
  });

  it('follows French typography: a no-break space before ; : ? ! and inside « »', () => {
    for (const sector of SECTORS)
      for (const e of file('fr', sector).entries) {
        const text = `${e.title} ${e.description}`;
        expect(text, e.id).not.toMatch(/[ \S][;:?!»]/u);
        expect(text, e.id).not.toMatch(/«[^\u00a0]/u);
      }
  });

  it('refuses a file that breaks the rules, saying where', () => {
    const good = file('en', 'retail');
    const tooFew = { ...good, entries: good.entries.slice(0, 14) };
    const issue = sectorFileSchema.safeParse(tooFew).error?.issues[0];
    expect(issue?.path).toEqual(['entries']);
    const noTitle = { ...good, entries: [{ ...good.entries[0], title: ' ' }, ...good.entries] };
    expect(sectorFileSchema.safeParse(noTitle).error?.issues[0]?.path).toEqual([
      'entries',
      0,
      'title',
    ]);
    const extra = { ...good, entries: [{ ...good.entries[0], owner: 'x' }, ...good.entries] };
    expect(sectorFileSchema.safeParse(extra).success).toBe(false);
  });
});
