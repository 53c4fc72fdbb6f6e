import i18next from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../domain/schema/common';

export const LANGUAGES: readonly Language[] = ['fr', 'en'];
export const LANGUAGE_STORAGE_KEY = 'clarte.language';

type Catalogue = Record<string, unknown>;
type JsonModule = { default: Catalogue };

/**
 * The catalogue of a language: the core file (en.json) plus one file per area (en/<area>.json),
 * each under its own top-level key: the key "title" of en/roadmap.json is "roadmap.title".
 */
export function buildCatalogue(core: Catalogue, areas: Record<string, JsonModule>): Catalogue {
  const merged: Catalogue = { ...core };
  for (const [path, module] of Object.entries(areas)) {
    const area = path.replace(/^.*\/([^/]+)\.json$/, '$1');
    if (area in merged) throw new Error(`Translation area "${area}" is already defined`);
    merged[area] = module.default;
  }
  return merged;
}

// Only the language in use is loaded (a chunk per file); the other one when switching to it.
const CORE: Record<Language, () => Promise<JsonModule>> = {
  en: () => import('./en.json'),
  fr: () => import('./fr.json'),
};
const AREAS: Record<Language, Record<string, () => Promise<JsonModule>>> = {
  en: import.meta.glob<JsonModule>('./en/*.json'),
  fr: import.meta.glob<JsonModule>('./fr/*.json'),
};

export async function loadCatalogue(language: Language): Promise<Catalogue> {
  const [core, ...areas] = await Promise.all([
    CORE[language](),
    ...Object.values(AREAS[language]).map((load) => load()),
  ]);
  const paths = Object.keys(AREAS[language]);
  return buildCatalogue(
    core?.default ?? {},
    Object.fromEntries(paths.map((p, i) => [p, areas[i] as JsonModule])),
  );
}

function toLanguage(lng: string | undefined): Language {
  return lng?.startsWith('fr') ? 'fr' : 'en';
}

async function ensureCatalogue(language: Language): Promise<void> {
  if (i18next.hasResourceBundle(language, 'translation')) return;
  i18next.addResourceBundle(language, 'translation', await loadCatalogue(language));
}

/**
 * i18next with the French and English catalogues (bundled with the app, no network). The language
 * is the one chosen in the header (remembered in localStorage), else the browser's, else English.
 * Resolves once the catalogue of that language is loaded: render after it.
 */
export async function setUpI18n(): Promise<typeof i18next> {
  if (i18next.isInitialized) return i18next;
  await i18next
    .use(LanguageDetector)
    .use(initReactI18next)
    .init({
      resources: {},
      partialBundledLanguages: true,
      supportedLngs: LANGUAGES,
      nonExplicitSupportedLngs: true,
      load: 'languageOnly',
      fallbackLng: false,
      interpolation: { escapeValue: false },
      returnNull: false,
      detection: {
        order: ['localStorage', 'navigator'],
        lookupLocalStorage: LANGUAGE_STORAGE_KEY,
        caches: ['localStorage'],
      },
    });
  const language = toLanguage(i18next.resolvedLanguage ?? i18next.language);
  await ensureCatalogue(language);
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
  i18next.on('languageChanged', (lng) => {
    document.documentElement.lang = toLanguage(lng);
  });
  return i18next;
}

/** Switches the UI language once its catalogue is loaded (no flash of untranslated keys). */
export async function switchLanguage(language: Language): Promise<void> {
  await ensureCatalogue(language);
  await i18next.changeLanguage(language);
}

/** The UI language, reduced to one we have ('fr-CA' -> 'fr'). */
export function currentLanguage(): Language {
  return toLanguage(i18next.resolvedLanguage ?? i18next.language);
}

/** BCP 47 locale for Intl in the UI language. */
export function intlLocale(language: Language): string {
  return language === 'fr' ? 'fr-FR' : 'en-GB';
}
