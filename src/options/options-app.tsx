import { useEffect, useState } from 'preact/hooks';
import { ClientRedirectToggle } from './client-redirect-toggle';
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
      <label for="kept">Page loads kept per tab</label>
      <input
        id="kept"
        type="number"
        min={SETTING_LIMITS.keptLoadsPerTab.min}
        max={SETTING_LIMITS.keptLoadsPerTab.max}
        value={settings.keptLoadsPerTab}
        onInput={(e) => {
          setSaved(false);
          setSettings({ ...settings, keptLoadsPerTab: Number((e.target as HTMLInputElement).value) });
        }}
      />
      <ClientRedirectToggle />
      <p>Captured data stays in the browser's memory and is gone when the browser closes. Only these settings are saved.</p>
      <button type="submit">Save</button>
      {saved ? <span role="status"> Saved.</span> : null}
    </form>
  );
}
