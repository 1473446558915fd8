import { describe, expect, it } from 'vitest';
import { ENGLISH } from '../shared/i18n/english-i18n';
import { entryCodeLabel, lifecycleLabel } from './lookup-words';

describe('lookup words', () => {
  it('names SIP codes apart from HTTP ones', () => {
    expect(entryCodeLabel({ protocol: 'sip', code: '486' })).toBe('SIP 486');
    expect(entryCodeLabel({ protocol: 'http', code: '404.3' })).toBe('404.3');
    expect(entryCodeLabel({ protocol: 'net', code: 'net::ERR_NAME_NOT_RESOLVED' })).toBe('net::ERR_NAME_NOT_RESOLVED');
  });

  it('tags meanings that are not current standards', () => {
    expect(lifecycleLabel('standard', ENGLISH)).toBe('');
    expect(lifecycleLabel('vendor', ENGLISH)).toBe('vendor code');
    expect(lifecycleLabel('unused', ENGLISH)).toBe('reserved, unused');
    expect(lifecycleLabel('deprecated', ENGLISH)).toBe('deprecated');
  });
});
