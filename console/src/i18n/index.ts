import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import fi from './fi.json';
import sv from './sv.json';
import en from './en.json';
import { viewKey, type Messages } from './catalogue';

// Each view's own messages (src/views/<view>/messages/<lang>.json) come with the view's own
// chunk, not in the first JavaScript: the door's phone loads no desk or figures words.
const viewFiles = import.meta.glob<Messages>('../views/*/messages/*.json', { import: 'default' });

/** Adds these views' messages in every language (a person may switch language on the page). */
export async function loadViewMessages(...views: string[]): Promise<void> {
  const wanted = new Set(views);
  await Promise.all(
    Object.entries(viewFiles).map(async ([path, load]) => {
      const key = viewKey(path);
      if (!key || !wanted.has(key.folder)) return;
      i18n.addResourceBundle(key.language, 'translation', { [key.view]: await load() }, true, false);
    }),
  );
}

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
    fi: { translation: fi },
    sv: { translation: sv },
    en: { translation: en },
  },
  lng: initialLanguage(),
  fallbackLng: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});
document.documentElement.lang = i18n.language;

export default i18n;
