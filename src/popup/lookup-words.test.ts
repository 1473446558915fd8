import { describe, expect, it } from 'vitest';
import { entryCodeLabel, lifecycleLabel } from './lookup-words';

describe('lookup words', () => {
  it('names SIP codes apart from HTTP ones', () => {
    expect(entryCodeLabel({ protocol: 'sip', code: '486' })).toBe('SIP 486');
    expect(entryCodeLabel({ protocol: 'http', code: '404.3' })).toBe('404.3');
    expect(entryCodeLabel({ protocol: 'net', code: 'net::ERR_NAME_NOT_RESOLVED' })).toBe('net::ERR_NAME_NOT_RESOLVED');
  });

  it('tags meanings that are not current standards', () => {
    expect(lifecycleLabel('standard')).toBe('');
    expect(lifecycleLabel('vendor')).toBe('vendor code');
    expect(lifecycleLabel('unused')).toBe('reserved, unused');
    expect(lifecycleLabel('deprecated')).toBe('deprecated');
  });
});
