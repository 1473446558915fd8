import { useEffect, useState } from 'preact/hooks';
import { ClientRedirectToggle } from './client-redirect-toggle';
import { SETTING_FIELDS } from './setting-fields';
import { DEFAULT_SETTINGS, loadSettings, saveSettings, SETTING_LIMITS, type Settings } from '../shared/settings';

export function OptionsApp() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [saved, setSaved] = useState(false);
  useEffect(() => void loadSettings().then(setSettings), []);

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
            {hint} ({SETTING_LIMITS[key].min}–{SETTING_LIMITS[key].max})
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
