import { afterEach, describe, expect, it, vi } from 'vitest';
import { detectLanguage, LANGUAGE_STORAGE_KEY, loadCatalogue } from './i18n';

function browser(languages: string[], stored: string | null = null) {
  const storage = new Map(stored ? [[LANGUAGE_STORAGE_KEY, stored]] : []);
  vi.stubGlobal('navigator', { languages, language: languages[0] ?? '' });
  vi.stubGlobal('localStorage', { getItem: (key: string) => storage.get(key) ?? null });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the UI language at start', () => {
  it('is the one chosen in the header, whatever the browser speaks', () => {
    browser(['en-US', 'en'], 'fr');
    expect(detectLanguage()).toBe('fr');
  });

  it('is else the first of the browser languages we have, regional variants included', () => {
    browser(['fr-CA', 'en']);
    expect(detectLanguage()).toBe('fr');
    browser(['de-DE', 'es', 'fr-BE', 'en']);
    expect(detectLanguage()).toBe('fr');
    browser(['de', 'en-GB']);
    expect(detectLanguage()).toBe('en');
  });

  it('is English when neither the choice nor the browser gives one we have', () => {
    browser(['de', 'ja']);
    expect(detectLanguage()).toBe('en');
    browser([], 'it');
    expect(detectLanguage()).toBe('en');
  });
});

describe('the catalogue loaded in two parts (first screen, then the other areas)', () => {
  it('holds every area file of the language once', async () => {
    const en = await loadCatalogue('en');
    // Areas of both parts (backup, exchange: first screen) under their own key, and the core's.
    for (const area of ['backup', 'exchange', 'roadmap', 'weights', 'businessCase'])
      expect(en).toHaveProperty(area);
    expect(en).toHaveProperty('home');
    expect((en.backup as Record<string, string>).never).toBe('No backup yet');
  });
});
