import { useEffect, useState } from 'preact/hooks';
import { ClientRedirectToggle } from './client-redirect-toggle';
import { LanguageSelect } from './language-select';
import { SETTING_FIELDS } from './setting-fields';
import { DEFAULT_SETTINGS, loadSettings, saveSettings, SETTING_LIMITS, type Settings } from '../shared/settings';
import { browserI18n, loadI18n } from '../shared/i18n/i18n';

export function OptionsApp() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [saved, setSaved] = useState(false);
  // The browser's language at once; the stored choice, if another, a moment later.
  const [i18n, setI18n] = useState(browserI18n);
  const reloadLanguage = () => void loadI18n().then(setI18n);
  useEffect(() => void loadSettings().then(setSettings), []);
  useEffect(reloadLanguage, []);
  useEffect(() => {
    document.documentElement.lang = i18n.locale;
  }, [i18n]);

  const onSubmit = (event: Event) => {
    event.preventDefault();
    void saveSettings(settings).then(() => setSaved(true));
  };

  return (
    <form onSubmit={onSubmit}>
      <h1>Status Inspector options</h1>
      <p>
        <a href="../checker/checker.html" target="_blank" data-testid="open-checker">
          Check a list of URLs
        </a>
        : each one's status, meaning and redirect chain.
      </p>
      <LanguageSelect i18n={i18n} onChange={reloadLanguage} />
      {SETTING_FIELDS.map(({ key, label, hint }) => (
        <div class="setting" key={key}>
          <label for={key}>{label}</label>
          <input
            id={key}
            type="number"
            min={SETTING_LIMITS[key].min}
            max={SETTING_LIMITS[key].max}
            value={settings[key]}
            aria-describedby={`${key}-hint`}
            onInput={(e) => {
              setSaved(false);
              setSettings({ ...settings, [key]: Number((e.target as HTMLInputElement).value) });
            }}
          />
          <p id={`${key}-hint`} class="hint">
            {hint} {i18n.t('settingRange', i18n.number(SETTING_LIMITS[key].min), i18n.number(SETTING_LIMITS[key].max))}
          </p>
        </div>
      ))}
      <ClientRedirectToggle />
      <p>Captured data stays in the browser's memory and is gone when the browser closes. Only these settings are saved.</p>
      <button type="submit">Save</button>
      {saved ? <span role="status"> Saved.</span> : null}
    </form>
  );
}
