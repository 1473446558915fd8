import { describe, expect, it } from 'vitest';
import { MEANING_ROWS } from './data/meaning-keys';
import { ALL_ENTRIES, CODE_INDEX } from './entries';
import { meaningIndex } from './meaning-index';

const MEANING_INDEX = meaningIndex();
import { isCaptureMeaning, meaningRowOf } from './meaning-keys-source';
import type { MeaningKey } from './registry-types';

const STALE = 'the data files changed: run `npx tsx scripts/generate-meaning-keys.ts`';

/** Every key of a meaning, as the background's index holds it. */
function keysOf(entry: MeaningKey): MeaningKey {
  const { protocol, code, status, phrase, aliases, class: cls, origin, lifecycle } = entry;
  const key: MeaningKey = { protocol, code, phrase, class: cls, origin: { id: origin.id, name: origin.name }, lifecycle };
  if (status !== undefined) key.status = status;
  if (aliases !== undefined && aliases.length > 0) key.aliases = aliases;
  return key;
}

describe("the background's compact copy of the registry", () => {
  it('is generated from the data files as they are now', () => {
    expect(MEANING_ROWS, STALE).toEqual(ALL_ENTRIES.filter(isCaptureMeaning).map(meaningRowOf));
  });

  it('finds, under every key it has, the same meanings in the same order as the full registry', () => {
    expect(MEANING_INDEX.size).toBeGreaterThan(0);
    for (const [key, meanings] of MEANING_INDEX) {
      expect(meanings.map(keysOf), key).toEqual((CODE_INDEX.get(key) ?? []).map(keysOf));
    }
  });

  it('has every key under which the full registry lists a meaning the background can choose', () => {
    for (const [key, meanings] of CODE_INDEX) {
      if (meanings.some(isCaptureMeaning)) expect(MEANING_INDEX.has(key), key).toBe(true);
      else expect(MEANING_INDEX.has(key), key).toBe(false);
    }
  });

  it('holds every meaning of a wire status, of status 0 and of a browser error, and no finer code', () => {
    const codes = ALL_ENTRIES.filter(isCaptureMeaning).map((e) => `${e.protocol} ${e.code}`);
    expect(codes).toContain('http 404');
    expect(codes).toContain('http 0');
    expect(codes).toContain('net net::ERR_NAME_NOT_RESOLVED');
    // Named only by an error page's body, which the background never reads.
    expect(codes).not.toContain('http 404.3');
    expect(codes).not.toContain('http 1020');
  });

  it('carries no prose: no entry’s summary, explanation, causes or advice', () => {
    const rows = JSON.stringify(MEANING_ROWS);
    for (const entry of ALL_ENTRIES) {
      for (const text of [entry.summary, entry.explanation, entry.visitorAdvice, entry.ownerAdvice, ...entry.causes]) {
        expect(rows.includes(JSON.stringify(text)), entry.code).toBe(false);
      }
    }
  });
});
