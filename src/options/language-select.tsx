import { useEffect, useState } from 'preact/hooks';
import type { I18n } from '../shared/i18n/create-i18n';
import { browserLocale, loadLanguageChoice, saveLanguageChoice } from '../shared/i18n/i18n';
import { LOCALES, sanitizeLanguageChoice, type LanguageChoice } from '../shared/i18n/locales';

/**
 * The interface's language: the browser's (the default) or one of the nine, each named in itself.
 * It acts at once (no Save), like choosing a language anywhere else: the page is shown again in it.
 */
export function LanguageSelect({ i18n, onChange }: { i18n: I18n; onChange: () => void }) {
  const [choice, setChoice] = useState<LanguageChoice>('auto');
  useEffect(() => void loadLanguageChoice().then(setChoice), []);
  const browserName = LOCALES.find((l) => l.id === browserLocale())?.name ?? 'English';

  const select = (event: Event) => {
    const wanted = sanitizeLanguageChoice((event.target as HTMLSelectElement).value);
    setChoice(wanted);
    void saveLanguageChoice(wanted).then(onChange);
  };

  return (
    <div class="setting">
      <label for="language">{i18n.t('languageLabel')}</label>
      <select id="language" data-testid="language" value={choice} aria-describedby="language-hint" onChange={select}>
        <option value="auto">{i18n.t('languageAuto', browserName)}</option>
        {LOCALES.map(({ id, name }) => (
          <option key={id} value={id} lang={id}>
            {name}
          </option>
        ))}
      </select>
      <p id="language-hint" class="hint">
        {i18n.t('languageHint')}
      </p>
    </div>
  );
}
