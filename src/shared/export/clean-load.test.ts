import { describe, expect, it } from 'vitest';
import { cleanLoad } from './clean-load';
import { REDACTED } from './redact';
import { redirectChainLoad, SECRETS } from './fixtures/page-loads';

describe('cleanLoad', () => {
  it('gives back the capture’s own records, cleaned and redacted', () => {
    const load = cleanLoad(redirectChainLoad(), true);
    expect(load.chain.map((h) => h.statusCode)).toEqual([301, 302, 200]);
    expect(load.chain[0]?.url).toBe(`http://example.com/?utm_source=mail&token=${REDACTED}`);
    expect(load.chain[0]?.headers?.find((h) => h.name === 'Set-Cookie')?.value).toBe(REDACTED);
    expect(load.tracking.navigationStarted).toBe(true);
    expect(JSON.stringify(load)).not.toContain(SECRETS.token);
    // Without redaction, only the cleaning is done: the fixture is plain, so nothing changes.
    expect(cleanLoad(redirectChainLoad(), false)).toEqual(redirectChainLoad());
  });

  it('carries a field no table names, cleaned by its key and by what it holds', () => {
    const raw = redirectChainLoad() as unknown as { chain: Record<string, unknown>[] };
    Object.assign(raw.chain[0] ?? {}, {
      httpVersion: 'h2\u0000',
      serverUrl: `https://user:${SECRETS.password}@a.example/?token=${SECRETS.token}`,
      serverTiming: Number.NaN,
      extra: { headers: [{ name: 'Cookie', value: SECRETS.cookie }], when: 5, skipped: null },
    });
    const hop = cleanLoad(raw, true).chain[0] as unknown as Record<string, unknown>;
    expect(hop['httpVersion']).toBe('h2');
    expect(hop['serverUrl']).toBe(`https://${REDACTED}@a.example/?token=${REDACTED}`);
    expect('serverTiming' in hop).toBe(false);
    expect(hop['extra']).toEqual({ headers: [{ name: 'Cookie', value: REDACTED }], when: 5 });
  });

  it('redacts a vendor’s proof like the header it quotes', () => {
    const raw = redirectChainLoad();
    const hop = raw.chain[0];
    if (hop === undefined) throw new Error('fixture');
    hop.vendors = [
      { id: 'aws-alb', name: 'AWS ALB', proof: `set-cookie: AWSALB=${SECRETS.token}` },
      { id: 'nginx', name: 'nginx', proof: 'server: nginx/1.25' },
    ];
    expect(cleanLoad(raw, true).chain[0]?.vendors?.map((v) => v.proof)).toEqual([`set-cookie: ${REDACTED}`, 'server: nginx/1.25']);
    expect(cleanLoad(raw, false).chain[0]?.vendors?.[0]?.proof).toBe(`set-cookie: AWSALB=${SECRETS.token}`);
  });

  it('gives each field its type and the defaults the formats rely on, whatever the input', () => {
    const load = cleanLoad(JSON.parse('{"__proto__":{"polluted":1},"tabId":"7","chain":[null,{"url":5,"timing":"x"}],"final":{"statusCode":0}}'), true);
    expect(Object.getPrototypeOf(load)).toBe(Object.prototype);
    expect('tabId' in load).toBe(false);
    expect(load.chain).toEqual([
      { url: '', method: 'GET', timing: {} },
      { url: '', method: 'GET', timing: {} },
    ]);
    expect(load.final).toBeUndefined();
    expect(load.counts.total).toBe(0);
    expect(load).toMatchObject({ id: '', url: '', state: '', committed: false, findings: [], subresources: [], errors: [], droppedHops: 0 });
  });
});
