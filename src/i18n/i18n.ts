import i18next from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../domain/schema/common';
import en from './en.json';
import fr from './fr.json';

type Catalogue = Record<string, unknown>;

/**
 * The catalogue of a language: the core file (en.json) plus one file per area (en/<area>.json),
 * each under its own top-level key: the key "title" of en/roadmap.json is "roadmap.title".
 */
export function buildCatalogue(
  core: Catalogue,
  areas: Record<string, { default: Catalogue }>,
): Catalogue {
  const merged: Catalogue = { ...core };
  for (const [path, module] of Object.entries(areas)) {
    const area = path.replace(/^.*\/([^/]+)\.json$/, '$1');
    if (area in merged) throw new Error(`Translation area "${area}" is already defined`);
    merged[area] = module.default;
  }
  return merged;
}

export const CATALOGUES = {
  en: buildCatalogue(en, import.meta.glob<{ default: Catalogue }>('./en/*.json', { eager: true })),
  fr: buildCatalogue(fr, import.meta.glob<{ default: Catalogue }>('./fr/*.json', { eager: true })),
};

export const LANGUAGES: readonly Language[] = ['fr', 'en'];
export const LANGUAGE_STORAGE_KEY = 'clarte.language';

/**
 * i18next with the French and English catalogues bundled (no network). The language is the
 * one chosen in the header (remembered in localStorage), else the browser's, else English.
 */
export function setUpI18n(): typeof i18next {
  if (i18next.isInitialized) return i18next;
  void i18next
    .use(LanguageDetector)
    .use(initReactI18next)
    .init({
      resources: { en: { translation: CATALOGUES.en }, fr: { translation: CATALOGUES.fr } },
      supportedLngs: LANGUAGES,
      nonExplicitSupportedLngs: true,
      load: 'languageOnly',
      fallbackLng: 'en',
      interpolation: { escapeValue: false },
      returnNull: false,
      detection: {
        order: ['localStorage', 'navigator'],
        lookupLocalStorage: LANGUAGE_STORAGE_KEY,
        caches: ['localStorage'],
      },
    });
  document.documentElement.lang = currentLanguage();
  i18next.on('languageChanged', () => {
    document.documentElement.lang = currentLanguage();
  });
  return i18next;
}

/** The UI language, reduced to one we have ('fr-CA' -> 'fr'). */
export function currentLanguage(): Language {
  const lng = i18next.resolvedLanguage ?? i18next.language;
  return lng.startsWith('fr') ? 'fr' : 'en';
}

/** BCP 47 locale for Intl in the UI language. */
export function intlLocale(language: Language): string {
  return language === 'fr' ? 'fr-FR' : 'en-GB';
}
