import { useTranslation } from 'react-i18next';
import { chooseLanguage, LANGUAGES } from '../i18n';

/** Each language named in itself: "suomi", "svenska", "English" (stable accessible names). */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <label className="language-switch">
      <span>{t('layout.language')}</span>
      <select value={i18n.language} onChange={(event) => chooseLanguage(event.target.value)}>
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {t(`language.${language}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
