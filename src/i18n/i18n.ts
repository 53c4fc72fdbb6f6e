import i18next from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../domain/schema/common';
import en from './en.json';
import fr from './fr.json';

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
      resources: { en: { translation: en }, fr: { translation: fr } },
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
