/** How a registry entry is named in the lookup box's results. */
import type { I18n, MessageKey } from '../shared/i18n/create-i18n';
import type { Lifecycle, StatusEntry } from '../shared/registry/registry-types';

/** 'SIP 486', 'net::ERR_NAME_NOT_RESOLVED', '404.3'. */
export function entryCodeLabel(entry: Pick<StatusEntry, 'protocol' | 'code'>): string {
  return entry.protocol === 'sip' ? `SIP ${entry.code}` : entry.code;
}

// Every lifecycle but the standard one has its tag: a new one cannot be forgotten here.
const LIFECYCLE: Readonly<Record<Exclude<Lifecycle, 'standard'>, MessageKey>> = {
  temporary: 'popupLifecycleTemporary',
  deprecated: 'popupLifecycleDeprecated',
  unused: 'popupLifecycleUnused',
  obsolete: 'popupLifecycleObsolete',
  historic: 'popupLifecycleHistoric',
  vendor: 'popupLifecycleVendor',
};

/** A tag for anything that is not a current standard meaning; '' for a standard one. */
export function lifecycleLabel(lifecycle: Lifecycle, i18n: Pick<I18n, 't'>): string {
  return lifecycle === 'standard' ? '' : i18n.t(LIFECYCLE[lifecycle]);
}
