import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_ENTRIES } from '../entries';
import type { StatusEntry } from '../registry-types';
import { loadTranslations, localizeEntry, TRANSLATED_LOCALES } from './localize';
import { englishSource, inTranslatedSet, TRANSLATED_FIELDS, translatedSet, translationKey } from './translated-set';

const DIR = import.meta.dirname;
const FILES = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort();
const { entries: SET, missing } = translatedSet(ALL_ENTRIES);
const ENGLISH = englishSource(SET);

/**
 * What a translation must carry over unchanged: browser error names, status codes (404, 500.19),
 * header names (Retry-After, WWW-Authenticate), robots.txt, and HTTP/HTTPS as written.
 */
const TOKENS = /net::ERR_\w+|NS_ERROR_\w+|SEC_ERROR_\w+|SSL_ERROR_\w+|\b\d{3}(?:\.\d+)?\b|\b[A-Z][A-Za-z]*-[A-Z][A-Za-z-]*\b|robots\.txt|HTTPS?\b/g;

describe('the translated set', () => {
  it('names only codes the registry has: 109 entries, the 64 IANA HTTP codes among them', () => {
    expect(missing).toEqual([]);
    expect(SET).toHaveLength(109);
    const ietf = ALL_ENTRIES.filter((e) => e.protocol === 'http' && e.origin.id === 'ietf');
    expect(ietf).toHaveLength(64);
    expect(ietf.every(inTranslatedSet)).toBe(true);
    expect(SET.filter((e) => e.origin.id === 'cloudflare').map((e) => e.code)).toContain('520');
    expect(inTranslatedSet(ALL_ENTRIES.find((e) => e.code === '1020')!)).toBe(false);
  });

  it('keys every entry apart', () => {
    expect(new Set(SET.map(translationKey)).size).toBe(SET.length);
  });
});

describe.each(FILES)('translation file %s', (file) => {
  const table = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Record<string, Record<string, unknown>>;

  it('has a loader: its text is a chunk of its own', () => {
    expect(TRANSLATED_LOCALES).toContain(file.replace(/\.json$/, ''));
  });

  it('has exactly the set’s entries, each with exactly English’s fields', () => {
    expect(Object.keys(table).sort()).toEqual(Object.keys(ENGLISH).sort());
    for (const [key, english] of Object.entries(ENGLISH)) expect(Object.keys(table[key] ?? {}).sort(), key).toEqual(Object.keys(english).sort());
  });

  it('never blank, and keeps every code, header name and number of the English', () => {
    const problems: string[] = [];
    for (const [key, english] of Object.entries(ENGLISH)) {
      for (const field of TRANSLATED_FIELDS) {
        const source = english[field];
        if (source === undefined) continue;
        const text = table[key]?.[field];
        if (typeof text !== 'string' || text.trim() === '') {
          problems.push(`${key} ${field}: blank`);
          continue;
        }
        if (field === 'phrase') continue;
        for (const token of new Set(source.match(TOKENS) ?? [])) if (!text.includes(token)) problems.push(`${key} ${field}: no "${token}"`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('is translated, not copied: no summary is the English one', () => {
    const copied = Object.entries(ENGLISH).filter(([key, english]) => table[key]?.summary === english.summary);
    expect(copied.map(([key]) => key)).toEqual([]);
  });
});

/** Everything of an entry that is a fact, not prose. */
const facts = (e: StatusEntry) => ({
  protocol: e.protocol,
  code: e.code,
  status: e.status,
  class: e.class,
  spec: e.spec,
  origin: e.origin,
  lifecycle: e.lifecycle,
  retry: e.retry,
  cacheable: e.cacheable,
  headers: e.headers,
  aliases: e.aliases,
});

describe.each(TRANSLATED_LOCALES)('localized entries in %s', (locale) => {
  it('keep code, status, class, spec, origin, lifecycle, retry and cacheable identical to English', async () => {
    const table = await loadTranslations(locale);
    expect(table).toBeDefined();
    for (const entry of ALL_ENTRIES) expect(facts(localizeEntry(entry, locale, table)), translationKey(entry)).toEqual(facts(entry));
  });

  it('replace the translated fields and mark only the explanation and causes as English', async () => {
    const table = await loadTranslations(locale);
    for (const entry of SET) {
      const localized = localizeEntry(entry, locale, table);
      expect(localized.summary).not.toBe(entry.summary);
      expect(localized.ownerAdvice).not.toBe(entry.ownerAdvice);
      expect(localized.explanation).toBe(entry.explanation);
      expect(localized.inEnglish).toEqual(entry.causes.length > 0 ? ['explanation', 'causes'] : ['explanation']);
    }
  });
});

describe('falling back to English, marked', () => {
  const notFound = ALL_ENTRIES.find((e) => e.protocol === 'http' && e.code === '404' && e.origin.id === 'ietf')!;
  const cf1020 = ALL_ENTRIES.find((e) => e.code === '1020' && e.origin.id === 'cloudflare')!;

  it('German 404 is German, with the explanation marked English', async () => {
    const de = localizeEntry(notFound, 'de', await loadTranslations('de'));
    expect(de.summary).toMatch(/nicht|gefunden/);
    expect(de.inEnglish).toContain('explanation');
    expect(de.inEnglish).not.toContain('summary');
  });

  it('an entry outside the set is English in every prose field it has, each marked', async () => {
    const de = localizeEntry(cf1020, 'de', await loadTranslations('de'));
    expect(de.summary).toBe(cf1020.summary);
    expect(de.phrase).toBe(cf1020.phrase);
    expect(de.inEnglish).toEqual(expect.arrayContaining(['phrase', 'summary', 'explanation', 'visitorAdvice', 'ownerAdvice']));
  });

  it('English asks for no marks; a language without translations marks everything', async () => {
    expect(localizeEntry(notFound, 'en', undefined).inEnglish).toEqual([]);
    expect(await loadTranslations('xx')).toBeUndefined();
    expect(await loadTranslations('constructor')).toBeUndefined();
    const xx = localizeEntry(notFound, 'xx', undefined);
    expect(xx.summary).toBe(notFound.summary);
    expect(xx.inEnglish).toContain('summary');
    expect(xx.inEnglish).toContain('crawlerNote');
  });

  it('a blank or missing translated field keeps the English text, marked, never a blank', () => {
    const key = translationKey(notFound);
    const localized = localizeEntry(notFound, 'de', { [key]: { phrase: 'Nicht gefunden', summary: '  ', visitorAdvice: '' } });
    expect(localized.phrase).toBe('Nicht gefunden');
    expect(localized.summary).toBe(notFound.summary);
    expect(localized.visitorAdvice).toBe(notFound.visitorAdvice);
    expect(localized.inEnglish).toEqual(['summary', 'explanation', 'causes', 'visitorAdvice', 'ownerAdvice', 'crawlerNote']);
  });
});
