import { describe, expect, it } from 'vitest';
import { hopTags } from './hop-tags';
import { ENGLISH } from '../i18n/english-i18n';

const kinds = (hop: Parameters<typeof hopTags>[0]): string[] => hopTags(hop, ENGLISH).map((t) => t.kind);

describe('hopTags', () => {
  it('says whether a server redirect is permanent and whether it keeps the method', () => {
    expect(kinds({ statusCode: 301, madeBy: 'server' })).toEqual(['permanent']);
    expect(kinds({ statusCode: 308, madeBy: 'server' })).toEqual(['permanent', 'keeps-method']);
    expect(kinds({ statusCode: 302, madeBy: 'server' })).toEqual(['temporary']);
    expect(kinds({ statusCode: 303, madeBy: 'server' })).toEqual(['temporary', 'switches-to-get']);
    expect(kinds({ statusCode: 307, madeBy: 'server' })).toEqual(['temporary', 'keeps-method']);
  });

  it('tags a status it does not classify with nothing', () => {
    expect(kinds({ statusCode: 300, madeBy: 'server' })).toEqual([]);
    expect(kinds({ statusCode: 200, madeBy: 'server' })).toEqual([]);
    expect(kinds({})).toEqual([]);
  });

  it('marks the browser’s own 307 as HSTS, not as a temporary server redirect', () => {
    expect(kinds({ statusCode: 307, madeBy: 'browser-hsts' })).toEqual(['browser-hsts']);
    expect(hopTags({ statusCode: 307, madeBy: 'browser-hsts' }, ENGLISH)[0]?.label).toBe('made by the browser (HSTS)');
    expect(kinds({ statusCode: 307, madeBy: 'browser-internal' })).toEqual(['browser-internal']);
  });

  it('marks client-side hops with how they were made', () => {
    expect(hopTags({ statusCode: 200, madeBy: 'client-meta-refresh', clientDelaySeconds: 3 }, ENGLISH)[0]?.label).toBe('meta refresh after 3 s');
    expect(hopTags({ statusCode: 200, madeBy: 'client-meta-refresh', clientDelaySeconds: 0 }, ENGLISH)[0]?.label).toBe('meta refresh');
    expect(kinds({ statusCode: 200, madeBy: 'client-javascript' })).toEqual(['javascript']);
    expect(kinds({ statusCode: 200, madeBy: 'client-unknown' })).toEqual(['client-side']);
  });

  it('adds a cache tag after the kind', () => {
    expect(kinds({ statusCode: 301, madeBy: 'server', fromCache: true })).toEqual(['permanent', 'from-cache']);
  });

  it('gives every tag a sentence for assistive technology', () => {
    for (const status of [301, 302, 303, 307, 308]) {
      for (const t of hopTags({ statusCode: status, madeBy: 'server', fromCache: true }, ENGLISH)) expect(t.description.length).toBeGreaterThan(20);
    }
  });
});
