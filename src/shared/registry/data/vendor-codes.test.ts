import { describe, expect, it } from 'vitest';
import { classOf } from '../classes';
import type { StatusEntry } from '../registry-types';
import { ORIGINS } from '../origins';
import { vendorCodeEntries } from './vendor-codes';

const find = (code: string, originId: string): StatusEntry | undefined => vendorCodeEntries.find((e) => e.code === code && e.origin.id === originId);

const get = (code: string, originId: string): StatusEntry => {
  const entry = find(code, originId);
  if (!entry) throw new Error(`missing entry ${code} (${originId})`);
  return entry;
};

const expected: Record<string, string[]> = {
  [ORIGINS.nginx.id]: ['444', '494', '495', '496', '497', '499'],
  [ORIGINS.cloudflare.id]: [
    '520',
    '521',
    '522',
    '523',
    '524',
    '525',
    '526',
    '527',
    '530',
    '1000',
    '1001',
    '1002',
    '1003',
    '1004',
    '1005',
    '1006',
    '1007',
    '1008',
    '1009',
    '1010',
    '1011',
    '1012',
    '1013',
    '1014',
    '1015',
    '1016',
    '1018',
    '1019',
    '1020',
    '1023',
    '1025',
    '1033',
    '1034',
    '1035',
    '1036',
    '1037',
    '1040',
    '1041',
    '1101',
    '1102',
    '1103',
    '1200',
  ],
  [ORIGINS.awsElb.id]: ['460', '463', '464', '507', '561', '000'],
  [ORIGINS.cpanel.id]: ['509'],
  [ORIGINS.cloudlinux.id]: ['508'],
  [ORIGINS.pantheon.id]: ['530'],
  [ORIGINS.shopify.id]: ['430', '540', '783'],
  [ORIGINS.linkedin.id]: ['999'],
  [ORIGINS.spring.id]: ['420'],
  [ORIGINS.twitter.id]: ['420'],
  [ORIGINS.esri.id]: ['498', '499'],
  [ORIGINS.microsoft.id]: ['450'],
  [ORIGINS.laravel.id]: ['419'],
  [ORIGINS.qualys.id]: ['529'],
  [ORIGINS.proxies.id]: ['598', '599'],
};

describe('vendor codes: coverage', () => {
  for (const [originId, codes] of Object.entries(expected)) {
    it(`has every listed ${originId} code with origin ${originId}`, () => {
      const missing = codes.filter((code) => !find(code, originId));
      expect(missing).toEqual([]);
    });
  }

  it('keeps each meaning of a shared number as its own entry', () => {
    expect(get('499', ORIGINS.nginx.id).phrase).toBe('Client Closed Request');
    expect(get('499', ORIGINS.esri.id).phrase).toBe('Token Required');
    expect(get('420', ORIGINS.spring.id).phrase).toBe('Method Failure');
    expect(get('420', ORIGINS.twitter.id).phrase).toBe('Enhance Your Calm');
    expect(get('530', ORIGINS.cloudflare.id).status).toBe(530);
    expect(get('530', ORIGINS.pantheon.id).phrase).toBe('Site Frozen');
    expect(get('508', ORIGINS.cloudlinux.id).phrase).toBe('Resource Limit Is Reached');
    expect(get('507', ORIGINS.awsElb.id).explanation).toMatch(/redirect/);
    expect(get('1103', ORIGINS.cloudflare.id).spec?.url).toMatch(/workers\/observability\/errors/);
  });

  it('uses only origins from ORIGINS, by identity', () => {
    const known = new Set<unknown>(Object.values(ORIGINS));
    const strays = vendorCodeEntries.filter((e) => !known.has(e.origin)).map((e) => e.code);
    expect(strays).toEqual([]);
  });

  it('has around 30-40 Cloudflare 1xxx codes', () => {
    const n = vendorCodeEntries.filter((e) => e.origin.id === ORIGINS.cloudflare.id && /^1\d{3}$/.test(e.code)).length;
    expect(n).toBeGreaterThanOrEqual(30);
    expect(n).toBeLessThanOrEqual(40);
  });
});

describe('vendor codes: facts', () => {
  it('marks Cloudflare 527 (Railgun) obsolete and everything else vendor', () => {
    expect(get('527', ORIGINS.cloudflare.id).lifecycle).toBe('obsolete');
    const others = vendorCodeEntries.filter((e) => !(e.code === '527' && e.origin.id === ORIGINS.cloudflare.id));
    expect(others.filter((e) => e.lifecycle !== 'vendor').map((e) => e.code)).toEqual([]);
  });

  it('carries Cloudflare 1xxx errors under the HTTP status Cloudflare sends', () => {
    expect(get('1020', ORIGINS.cloudflare.id).status).toBe(403);
    expect(get('1015', ORIGINS.cloudflare.id).status).toBe(429);
    expect(get('1016', ORIGINS.cloudflare.id).status).toBe(530);
    expect(get('1033', ORIGINS.cloudflare.id).status).toBe(530);
    expect(get('1018', ORIGINS.cloudflare.id).status).toBe(409);
  });

  it('sends nginx 494-497 to the client as 400', () => {
    for (const code of ['494', '495', '496', '497']) {
      expect(get(code, ORIGINS.nginx.id).status).toBe(400);
    }
  });

  it('gives log-only codes no wire status', () => {
    for (const [code, originId] of [
      ['444', ORIGINS.nginx.id],
      ['499', ORIGINS.nginx.id],
      ['460', ORIGINS.awsElb.id],
      ['000', ORIGINS.awsElb.id],
    ] as const) {
      const entry = get(code, originId);
      expect(entry.status).toBeUndefined();
      expect(entry.class).toBe('no-response');
    }
  });

  it('uses the code itself as status for plain numeric vendor codes that reach the client', () => {
    for (const e of vendorCodeEntries) {
      if (/^\d{3}$/.test(e.code) && e.status !== undefined && e.origin.id !== ORIGINS.nginx.id) {
        expect(e.status, `${e.code} (${e.origin.id})`).toBe(Number(e.code));
      }
    }
  });

  it('derives the class from the status where there is one', () => {
    for (const e of vendorCodeEntries) {
      if (e.status !== undefined) {
        expect(e.class, `${e.code} (${e.origin.id})`).toBe(classOf(e.status));
      }
    }
  });
});

describe('vendor codes: shape and writing', () => {
  it('has no duplicate (code, origin) pairs', () => {
    const keys = vendorCodeEntries.map((e) => `${e.code}|${e.origin.id}`);
    const dupes = keys.filter((k, i) => keys.indexOf(k) !== i);
    expect(dupes).toEqual([]);
  });

  it('is all HTTP', () => {
    expect(vendorCodeEntries.filter((e) => e.protocol !== 'http').map((e) => e.code)).toEqual([]);
  });

  it('has one-sentence summaries of at most 140 characters ending with a period', () => {
    for (const e of vendorCodeEntries) {
      const label = `${e.code} (${e.origin.id}): ${e.summary}`;
      expect(e.summary.length, label).toBeLessThanOrEqual(140);
      expect(e.summary.endsWith('.'), label).toBe(true);
      // One sentence: no sentence break before the final period.
      expect(/[.!?]\s+[A-Z]/.test(e.summary.slice(0, -1)), label).toBe(false);
    }
  });

  it('fills every required string', () => {
    for (const e of vendorCodeEntries) {
      const label = `${e.code} (${e.origin.id})`;
      for (const value of [e.code, e.phrase, e.summary, e.explanation, e.visitorAdvice, e.ownerAdvice, e.origin.id, e.origin.name]) {
        expect(value.trim().length, label).toBeGreaterThan(0);
      }
      expect(e.causes.length, label).toBeGreaterThan(0);
      for (const cause of e.causes) expect(cause.trim().length, label).toBeGreaterThan(0);
      if (e.crawlerNote !== undefined) expect(e.crawlerNote.trim().length, label).toBeGreaterThan(0);
      for (const alias of e.aliases ?? []) expect(alias.trim().length, label).toBeGreaterThan(0);
      for (const header of e.headers ?? []) expect(header.trim().length, label).toBeGreaterThan(0);
    }
  });

  it('points every spec at an https URL with a title', () => {
    for (const e of vendorCodeEntries) {
      if (!e.spec) continue;
      const label = `${e.code} (${e.origin.id})`;
      expect(e.spec.url.startsWith('https://'), `${label}: ${e.spec.url}`).toBe(true);
      expect(() => new URL(e.spec!.url), label).not.toThrow();
      expect(e.spec.title.trim().length, label).toBeGreaterThan(0);
    }
  });

  it('never marks a vendor error as cacheable', () => {
    expect(vendorCodeEntries.filter((e) => e.cacheable).map((e) => e.code)).toEqual([]);
  });

  it('writes explanations as full sentences', () => {
    for (const e of vendorCodeEntries) {
      expect(/[.)]$/.test(e.explanation.trim()), `${e.code} (${e.origin.id})`).toBe(true);
      expect(/[.)]$/.test(e.visitorAdvice.trim()), `${e.code} (${e.origin.id})`).toBe(true);
      expect(/[.)]$/.test(e.ownerAdvice.trim()), `${e.code} (${e.origin.id})`).toBe(true);
    }
  });
});
