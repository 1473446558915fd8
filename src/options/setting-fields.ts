/** The number settings the options page offers, with the words a person reads beside each. */
import type { Settings } from '../shared/settings';

export interface SettingField {
  key: keyof Settings;
  label: string;
  hint: string;
}

export const SETTING_FIELDS: readonly SettingField[] = [
  {
    key: 'keptLoadsPerTab',
    label: 'Page loads kept per tab',
    hint: 'The popup can look back at this many page loads of a tab; older ones are forgotten.',
  },
  {
    key: 'maxSubresourcesPerLoad',
    label: 'Sub-resources kept per page load',
    hint: 'Beyond this the oldest responses are dropped (the counts still include them), so a busy page cannot fill memory.',
  },
  {
    key: 'maxHeaderValueLength',
    label: 'Longest header value kept (characters)',
    hint: 'Longer values are cut, so one huge header cannot fill memory.',
  },
];
