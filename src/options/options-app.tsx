import { useEffect, useState } from 'preact/hooks';
import { CheckerSettingsSection } from './checker-settings-section';
import { ClientRedirectToggle } from './client-redirect-toggle';
import { LanguageSelect } from './language-select';
import { SETTING_FIELDS } from './setting-fields';
import { DEFAULT_SETTINGS, loadSettings, saveSettings, SETTING_LIMITS, type Settings } from '../shared/settings';
import { browserI18n, loadI18n } from '../shared/i18n/i18n';

/** A message around a link: the text before and after where the link goes. */
const MARK = '\uE000';

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
    // The tab's title too (index.html's is English until this runs).
    document.title = i18n.t('optionsTitle');
  }, [i18n]);

  const [beforeLink, afterLink] = i18n.t('optionsCheckerSentence', MARK).split(MARK);

  const onSubmit = (event: Event) => {
    event.preventDefault();
    void saveSettings(settings).then(() => setSaved(true));
  };

  return (
    <>
      <form onSubmit={onSubmit}>
        <h1>{i18n.t('optionsTitle')}</h1>
        <p>
          {beforeLink}
          <a href="../checker/checker.html" target="_blank" data-testid="open-checker">
            {i18n.t('optionsCheckerLink')}
          </a>
          {afterLink}
        </p>
        <LanguageSelect i18n={i18n} onChange={reloadLanguage} />
        {SETTING_FIELDS.map(({ key, label, hint }) => (
          <div class="setting" key={key}>
            <label for={key}>{i18n.t(label)}</label>
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
              {i18n.t(hint)} {i18n.t('settingRange', i18n.number(SETTING_LIMITS[key].min), i18n.number(SETTING_LIMITS[key].max))}
            </p>
          </div>
        ))}
        <ClientRedirectToggle i18n={i18n} />
        <p>{i18n.t('optionsPrivacy')}</p>
        <button type="submit">{i18n.t('optionsSave')}</button>
        {saved ? <span role="status"> {i18n.t('optionsSaved')}</span> : null}
      </form>
      <CheckerSettingsSection i18n={i18n} />
    </>
  );
}
