import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../i18n/i18n';
import { auditShownLine } from './audit-shown-line';

const [en, fr] = await Promise.all([loadCatalogue('en'), loadCatalogue('fr')]);
const i18n = i18next.createInstance();
await i18n.init({
  resources: { en: { translation: en }, fr: { translation: fr } },
  lng: 'en',
  interpolation: { escapeValue: false },
});

function line(lang: 'en' | 'fr', shown: number, matching: number, total: number): string {
  return auditShownLine(i18n.getFixedT(lang), { shown, matching, total });
}

// French groups thousands with a narrow no-break space.
const NNBSP = '\u202f';

describe('the audit trail status line', () => {
  it('says how many entries are loaded of the 251 in the trail, page after page of 100', () => {
    expect(line('en', 100, 251, 251)).toBe('100 of 251 entries shown.');
    expect(line('en', 200, 251, 251)).toBe('200 of 251 entries shown.');
    expect(line('en', 251, 251, 251)).toBe('251 of 251 entries shown.');
    expect(line('fr', 100, 251, 251)).toBe('100 entrées affichées sur 251.');
    expect(line('fr', 200, 251, 251)).toBe('200 entrées affichées sur 251.');
    expect(line('fr', 251, 251, 251)).toBe('251 entrées affichées sur 251.');
  });

  it('says how many match and how many the trail holds when filters narrow it', () => {
    expect(line('en', 100, 1200, 1500)).toBe(
      '100 of 1,200 matching entries shown (1,500 in the trail).',
    );
    expect(line('fr', 100, 1200, 1500)).toBe(
      `100 entrées affichées sur 1${NNBSP}200 qui correspondent (1${NNBSP}500 dans le journal).`,
    );
    expect(line('en', 1, 1, 3)).toBe('1 of 1 matching entry shown (3 in the trail).');
    expect(line('fr', 1, 1, 3)).toBe('1 entrée affichée sur 1 qui correspond (3 dans le journal).');
    expect(line('en', 0, 0, 251)).toBe('No entry shown (251 in the trail).');
    expect(line('fr', 0, 0, 251)).toBe('Aucune entrée affichée (251 dans le journal).');
  });

  it('reads one entry in the singular', () => {
    expect(line('en', 1, 1, 1)).toBe('1 of 1 entry shown.');
    expect(line('fr', 1, 1, 1)).toBe('1 entrée affichée sur 1.');
  });
});
