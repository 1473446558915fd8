import { describe, expect, it } from 'vitest';

describe('SIP codes', () => {
  it('come with the lookup box (search.ts), not with the lookups the worker and the panel load', async () => {
    const { lookup } = await import('./lookup');
    expect(lookup(404)?.phrase).toBe('Not Found');
    expect(lookup(486, { protocol: 'sip' })).toBeUndefined();
    const { search } = await import('./search');
    expect(lookup(486, { protocol: 'sip' })?.phrase).toBe('Busy Here');
    expect(search('sip 486')[0]?.code).toBe('486');
  });
});
