/** The number settings the options page offers, with the words (message keys) a person reads beside each. */
import type { MessageKey } from '../shared/i18n/create-i18n';
import type { Settings } from '../shared/settings';

export interface SettingField {
  key: keyof Settings;
  label: MessageKey;
  hint: MessageKey;
}

export const SETTING_FIELDS: readonly SettingField[] = [
  { key: 'keptLoadsPerTab', label: 'optionsKeptLoadsLabel', hint: 'optionsKeptLoadsHint' },
  { key: 'maxSubresourcesPerLoad', label: 'optionsSubresourcesLabel', hint: 'optionsSubresourcesHint' },
  { key: 'maxHeaderValueLength', label: 'optionsHeaderLengthLabel', hint: 'optionsHeaderLengthHint' },
];
