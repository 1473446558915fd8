import { describe, expect, it } from 'vitest';
import { VENDORS, type VendorRef } from '../fingerprints';
import { ALL_ENTRIES } from './entries';
import { explainRecord } from './explain';
import { KEY_SOURCE } from './key-source';
import { entryOf, lookupAll } from './lookup';
import { explainRecordWith, type RecordFacts } from './record-explanation';
import { ownCodeOriginName } from './origins';

/** What the background stores: its choice over the compact keys. */
const inWorker = (facts: RecordFacts) => explainRecordWith(KEY_SOURCE, facts);

/** No vendor, then every vendor the fingerprints name, sure and unsure of it. */
const VENDOR_SETS: readonly (readonly VendorRef[])[] = [
  [],
  ...[...VENDORS.values()].flatMap((v) => (['high', 'low'] as const).map((confidence) => [{ id: v.id, name: v.name, role: v.role, confidence }])),
];

/** No status line, an HTTP/2 one, a phrase no one registered, and every registered name of the status. */
function statusLines(status: number): (string | undefined)[] {
  const names = lookupAll(status).flatMap((e) => [e.phrase, ...(e.aliases ?? [])]);
  return [undefined, `HTTP/2 ${status}`, `HTTP/1.1 ${status} Weird Words`, ...names.map((n) => `HTTP/1.1 ${status} ${n}`)];
}

describe("the background's choice of a meaning, over the registry's compact keys", () => {
  // About 39,000 choices: a second or two, more on a busy 2-core machine.
  it('is the pages’ choice over the full registry, for every status 100–999, vendor and reason phrase', { timeout: 60_000 }, () => {
    let compared = 0;
    for (let status = 100; status <= 999; status++) {
      const lines = statusLines(status);
      // Where no one defines the status, no vendor can change the choice: two vendor sets say so.
      const vendorSets = lookupAll(status).length > 0 ? VENDOR_SETS : VENDOR_SETS.slice(0, 2);
      for (const vendors of vendorSets) {
        for (const statusLine of lines) {
          const facts: RecordFacts = { statusCode: status, vendors };
          if (statusLine !== undefined) facts.statusLine = statusLine;
          const worker = inWorker(facts);
          const page = explainRecord(facts);
          if (JSON.stringify(worker) !== JSON.stringify(page)) expect(worker, JSON.stringify(facts)).toEqual(page);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(30_000);
  });

  it('is the same for status 0, nonsense statuses and every form of every browser error', () => {
    for (const statusCode of [0, -1, 1000, 1020, 99, Number.NaN]) expect(inWorker({ statusCode })).toEqual(explainRecord({ statusCode }));
    const errors = ALL_ENTRIES.filter((e) => e.protocol === 'net').flatMap((e) => [e.code, ...(e.aliases ?? [])]);
    expect(errors.length).toBeGreaterThan(155);
    for (const error of [...errors, 'net::ERR_NOT_IN_THE_REGISTRY', 'NS_ERROR_X', 'garbage', '']) {
      expect(inWorker({ error }), error).toEqual(explainRecord({ error }));
    }
  });

  it('does not name a finer HTTP code passed off as a browser error, which no browser reports', () => {
    // The one difference: the compact keys hold no code only an error page's body can name.
    expect(explainRecord({ error: '404.3' })?.originId).toBe('iis');
    expect(inWorker({ error: '404.3' })).toBeUndefined();
  });

  it('stores no summary, and names the entry whose summary the pages show and whose code the badge says it is', () => {
    const ref = inWorker({ statusCode: 520, statusLine: 'HTTP/1.1 520 ', vendors: [{ id: 'cloudflare', name: 'Cloudflare', confidence: 'high' }] });
    expect(ref).toEqual({ code: '520', phrase: 'Web Server Returned an Unknown Error', statusClass: 'server-error', originId: 'cloudflare' });
    expect(entryOf(ref)?.summary).toMatch(/^Cloudflare reached/);
    expect(ownCodeOriginName(ref?.originId)).toBe('Cloudflare');
  });

  it('gives the badge the name of whoever defines a wire status as a code of its own, and none for a standard or unregistered one', () => {
    for (const entry of ALL_ENTRIES) {
      if (entry.protocol !== 'http' || !/^\d{3}$/.test(entry.code)) continue;
      const standard = entry.origin.id === 'ietf';
      expect(ownCodeOriginName(entry.origin.id), entry.code).toBe(standard ? undefined : entry.origin.name);
    }
    expect(ownCodeOriginName(inWorker({ statusCode: 404 })?.originId)).toBeUndefined();
    expect(ownCodeOriginName(inWorker({ statusCode: 299 })?.originId)).toBeUndefined();
    expect(ownCodeOriginName(inWorker({ error: 'net::ERR_CONNECTION_REFUSED' })?.originId)).toBeUndefined();
    expect(ownCodeOriginName(undefined)).toBeUndefined();
    // An id a later build stored and this one does not know: named by itself, never dropped.
    expect(ownCodeOriginName('some-new-cdn')).toBe('some-new-cdn');
  });
});
