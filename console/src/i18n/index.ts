import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import fi from './fi.json';
import sv from './sv.json';
import en from './en.json';
import { mergeCatalogue, type Messages } from './catalogue';

// Each view's own messages (src/views/<view>/messages/<lang>.json), bundled with the app.
const viewFiles = import.meta.glob<Messages>('../views/*/messages/*.json', { eager: true, import: 'default' });

export const LANGUAGES = ['fi', 'sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const KEY = 'kaiku.lang';

function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** ?lang= wins (and is remembered), then the remembered choice, then Finnish. */
function initialLanguage(): Language {
  const asked = new URLSearchParams(location.search).get('lang');
  if (isLanguage(asked)) {
    localStorage.setItem(KEY, asked);
    return asked;
  }
  const remembered = localStorage.getItem(KEY);
  return isLanguage(remembered) ? remembered : 'fi';
}

export function chooseLanguage(language: string): void {
  if (!isLanguage(language)) return;
  localStorage.setItem(KEY, language);
  void i18n.changeLanguage(language);
}

/** Follows ?lang= after client-side navigation too. */
export function followLanguageParameter(search: string): void {
  const asked = new URLSearchParams(search).get('lang');
  if (isLanguage(asked) && asked !== i18n.language) chooseLanguage(asked);
}

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

void i18n.use(initReactI18next).init({
  resources: {
    fi: { translation: mergeCatalogue('fi', fi, viewFiles) },
    sv: { translation: mergeCatalogue('sv', sv, viewFiles) },
    en: { translation: mergeCatalogue('en', en, viewFiles) },
  },
  lng: initialLanguage(),
  fallbackLng: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});
document.documentElement.lang = i18n.language;

export default i18n;
