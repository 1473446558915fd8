import type { I18n } from '../shared/i18n/create-i18n';
import { loadCheckerSettings, saveCheckerSettings, watchCheckerSettings } from '../shared/checker-settings';
import { PolitenessFields, useCheckerSettings, type CheckerSettingsStore } from '../shared/ui/politeness-fields';

const STORE: CheckerSettingsStore = { load: loadCheckerSettings, save: saveCheckerSettings, watch: watchCheckerSettings };

/**
 * The link checker's politeness, the same boxes as on the checker page and the same stored value:
 * what is set here is what the checker page shows and its next run uses. Saved as typed, apart from
 * the capture's settings above and their Save button.
 */
export function CheckerSettingsSection({ i18n }: { i18n: I18n }) {
  const [settings, change] = useCheckerSettings(STORE);
  return (
    <section class="checker-settings" aria-labelledby="checker-settings-heading" data-testid="options-checker">
      <h2 id="checker-settings-heading">{i18n.t('optionsCheckerHeading')}</h2>
      <p>{i18n.t('optionsCheckerSends')}</p>
      <p class="hint">{i18n.t('checkerPoliteNote')}</p>
      <PolitenessFields i18n={i18n} settings={settings} change={change} />
    </section>
  );
}
