import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../domain/schema/common';
import type { Catalogue } from './catalogue';

export const LANGUAGES: readonly Language[] = ['fr', 'en'];
export const LANGUAGE_STORAGE_KEY = 'clarte.language';

type CatalogueModule = Promise<{ default: Catalogue }>;

// Only the language in use is loaded, the other one when switching to it. Of that language, the
// first screen waits only for the core texts (catalogue-en.ts); the texts of the other areas
// (catalogue-en-areas.ts) are loaded alongside, and every screen but home waits for them.
const CATALOGUES: Record<Language, { start: () => CatalogueModule; areas: () => CatalogueModule }> =
  {
    en: { start: () => import('./catalogue-en'), areas: () => import('./catalogue-en-areas') },
    fr: { start: () => import('./catalogue-fr'), areas: () => import('./catalogue-fr-areas') },
  };

/** The whole catalogue of a language. */
export async function loadCatalogue(language: Language): Promise<Catalogue> {
  const [start, areas] = await Promise.all([
    CATALOGUES[language].start(),
    CATALOGUES[language].areas(),
  ]);
  const twice = Object.keys(areas.default).filter((area) => area in start.default);
  if (twice.length) throw new Error(`Translation area "${twice.join('", "')}" is already defined`);
  return { ...start.default, ...areas.default };
}

function toLanguage(lng: string | undefined): Language {
  return lng?.startsWith('fr') ? 'fr' : 'en';
}

function storedLanguage(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null; // storage disabled: the browser's language
  }
}

function rememberLanguage(language: Language): void {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // storage disabled: the choice lasts until the page is closed
  }
}

/**
 * The language chosen in the header (remembered in localStorage), else the first of the
 * browser's languages that we have ('fr-CA' -> 'fr'), else English.
 */
export function detectLanguage(): Language {
  const browser =
    typeof navigator === 'undefined' ? [] : [...(navigator.languages ?? []), navigator.language];
  const candidates = [storedLanguage(), ...browser];
  for (const candidate of candidates) {
    const code = candidate?.toLowerCase().split(/[-_]/)[0];
    if (code === 'fr' || code === 'en') return code;
  }
  return 'en';
}

const complete = new Map<Language, Promise<void>>();

/** Resolves once the whole catalogue of the language is in i18next (loads what is missing). */
function ensureCatalogue(language: Language): Promise<void> {
  let done = complete.get(language);
  if (!done) {
    done = (async () => {
      if (!i18next.hasResourceBundle(language, 'translation')) {
        i18next.addResourceBundle(language, 'translation', await loadCatalogue(language));
        return;
      }
      const areas = (await CATALOGUES[language].areas()).default;
      i18next.addResourceBundle(language, 'translation', areas, true, false);
    })();
    complete.set(language, done);
  }
  return done;
}

let initialised: () => void = () => undefined;
const ready = new Promise<void>((resolve) => {
  initialised = resolve;
});

/**
 * Resolves once every text of the UI language is loaded (after setUpI18n): the screens (lazy
 * routes, which the router may load before i18next is set up) wait for it, the first screen
 * does not.
 */
export async function allTextsLoaded(): Promise<void> {
  await ready;
  await ensureCatalogue(currentLanguage());
}

/**
 * i18next with the French and English catalogues (bundled with the app, no network). The language
 * is the one chosen in the header (remembered in localStorage), else the browser's, else English.
 * Resolves once the catalogue of that language is loaded: render after it.
 */
export async function setUpI18n(): Promise<typeof i18next> {
  if (i18next.isInitialized) return i18next;
  const language = detectLanguage();
  // A deep link (not the home page) will wait for the other areas' texts: fetch them alongside.
  if (typeof location !== 'undefined' && location.pathname !== '/')
    void CATALOGUES[language].areas();
  const start = (await CATALOGUES[language].start()).default;
  await i18next.use(initReactI18next).init({
    resources: { [language]: { translation: start } },
    lng: language,
    partialBundledLanguages: true,
    supportedLngs: LANGUAGES,
    nonExplicitSupportedLngs: true,
    load: 'languageOnly',
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    // Re-render when the rest of the catalogue arrives.
    react: { bindI18nStore: 'added' },
  });
  rememberLanguage(language);
  document.documentElement.lang = language;
  i18next.on('languageChanged', (lng) => {
    const changed = toLanguage(lng);
    document.documentElement.lang = changed;
    rememberLanguage(changed);
  });
  initialised();
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
