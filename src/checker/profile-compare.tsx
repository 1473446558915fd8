/** The choice of a second profile: the same list is then checked under both, and the chains compared. */
import { CHECK_PROFILES, type CheckProfileId } from '../shared/checker/check-profiles';
import { useI18n } from '../shared/ui/use-i18n';

export interface CompareChoice {
  on: boolean;
  /** One of the fixed profiles (a custom User-Agent is the first profile's alone). */
  profileId: CheckProfileId;
}

export const NO_COMPARE: CompareChoice = { on: false, profileId: 'googlebot-smartphone' };

export function ProfileCompare({ value, onChange }: { value: CompareChoice; onChange: (next: CompareChoice) => void }) {
  const i18n = useI18n();
  return (
    <span class="compare-choice">
      <label>
        <input type="checkbox" data-testid="compare" checked={value.on} onChange={(e) => onChange({ ...value, on: (e.target as HTMLInputElement).checked })} />{' '}
        {i18n.t('checkerCompareWith')}
      </label>{' '}
      <select
        data-testid="compare-profile"
        aria-label={i18n.t('checkerSecondProfile')}
        disabled={!value.on}
        value={value.profileId}
        onChange={(e) => onChange({ ...value, profileId: (e.target as HTMLSelectElement).value as CheckProfileId })}
      >
        {CHECK_PROFILES.map((p) => (
          <option value={p.id} key={p.id}>
            {i18n.t(p.label)}
          </option>
        ))}
      </select>
    </span>
  );
}
