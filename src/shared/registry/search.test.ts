import { describe, expect, it } from 'vitest';
import { search, searchScored } from './search';

const codes = (query: string, limit?: number): string[] => search(query, limit).map((e) => `${e.protocol}:${e.code}:${e.origin.id}`);

describe('search: codes', () => {
  it("'404': the standard entry first, then IIS sub-statuses, SIP's 404 too", () => {
    const hits = search('404', 100);
    expect(hits[0]?.code).toBe('404');
    expect(hits[0]?.origin.id).toBe('ietf');
    const firstSub = hits.findIndex((e) => e.code.startsWith('404.'));
    expect(firstSub).toBeGreaterThan(0);
    expect(hits.some((e) => e.protocol === 'sip' && e.code === '404')).toBe(true);
  });

  it("'404.3', '1020', '520'", () => {
    expect(codes('404.3')[0]).toBe('http:404.3:iis');
    expect(codes('1020')[0]).toBe('http:1020:cloudflare');
    expect(codes('520')[0]).toBe('http:520:cloudflare');
  });

  it('every meaning of an ambiguous number, with its vendor', () => {
    expect(codes('530').slice(0, 2).sort()).toEqual(['http:530:cloudflare', 'http:530:pantheon']);
    expect(codes('499').slice(0, 2).sort()).toEqual(['http:499:esri', 'http:499:nginx']);
    const c420 = codes('420');
    expect(c420.slice(0, 2).sort()).toEqual(['http:420:spring', 'http:420:twitter']);
    expect(c420).toContain('sip:420:ietf-sip');
    expect(codes('451').slice(0, 2)).toEqual(['http:451:ietf', 'http:451:exchange']);
  });

  it('net errors in both spellings, and by prefix', () => {
    expect(codes('ERR_NAME_NOT_RESOLVED')[0]).toBe('net:net::ERR_NAME_NOT_RESOLVED:chromium');
    expect(codes('net::ERR_NAME_NOT_RESOLVED')[0]).toBe('net:net::ERR_NAME_NOT_RESOLVED:chromium');
    expect(codes('err_name_not')).toContain('net:net::ERR_NAME_NOT_RESOLVED:chromium');
    expect(codes('NS_ERROR_UNKNOWN_HOST')[0]).toBe('net:NS_ERROR_UNKNOWN_HOST:firefox');
  });

  it("SIP: 'sip 486', 'SIP/2.0 486', 'SIP/2.0 486 Busy Here'", () => {
    expect(codes('sip 486')[0]).toBe('sip:486:ietf-sip');
    expect(codes('SIP/2.0 486')[0]).toBe('sip:486:ietf-sip');
    expect(codes('SIP/2.0 486 Busy Here')[0]).toBe('sip:486:ietf-sip');
    expect(codes('sip 404')[0]).toBe('sip:404:ietf-sip');
    expect(codes('486')[0]).toBe('sip:486:ietf-sip');
  });

  it("a code and words: '404 not found'", () => {
    expect(codes('404 not found')[0]).toBe('http:404:ietf');
    expect(codes('HTTP/1.1 404 Not Found')[0]).toBe('http:404:ietf');
  });

  it('a prefix lists the codes it starts', () => {
    const hits = codes('52', 50);
    for (const c of ['520', '521', '522']) expect(hits).toContain(`http:${c}:cloudflare`);
  });

  it('reports how it matched', () => {
    const [first] = searchScored('404');
    expect(first?.match).toBe('code');
  });
});

describe('search: words', () => {
  it("'teapot' finds 418", () => {
    expect(search('teapot')[0]?.code).toBe('418');
  });

  it("'gateway' puts phrase matches (502, 504) before text matches", () => {
    const hits = searchScored('gateway');
    const top = hits
      .slice(0, 2)
      .map((h) => h.entry.code)
      .sort();
    expect(top).toEqual(['502', '504']);
    expect(hits[0]?.match).toBe('phrase');
  });

  it("'too large' finds the Too Large family", () => {
    const top = search('too large', 10).map((e) => e.code);
    for (const c of ['413', '431', '494']) expect(top).toContain(c);
    expect(search('too large')[0]?.protocol).toBe('http');
  });

  it('an old name (alias) finds the current entry first', () => {
    const [first] = search('Request Entity Too Large');
    expect(first?.protocol).toBe('http');
    expect(first?.code).toBe('413');
  });

  it('exact phrase beats a word inside a summary', () => {
    const hits = searchScored('not found');
    expect(hits[0]?.entry.code).toBe('404');
    expect(hits[0]?.match).toBe('phrase');
  });

  it('case and punctuation do not matter', () => {
    expect(search("I'M A TEAPOT")[0]?.code).toBe('418');
    expect(search('enhance your calm')[0]?.origin.id).toBe('twitter');
  });
});

describe('search: limits and odd input', () => {
  it('respects the limit', () => {
    expect(search('4', 5).length).toBeLessThanOrEqual(5);
    expect(search('error', 0)).toEqual([]);
    expect(search('404', Number.NaN).length).toBeGreaterThan(0);
  });

  it('empty or odd queries', () => {
    expect(search('')).toEqual([]);
    expect(search('   ')).toEqual([]);
    expect(search('zzzzqqqxx')).toEqual([]);
    expect(search(undefined as unknown as string)).toEqual([]);
    expect(search('\u0000\u202e')).toEqual([]);
  });
});

describe('search: words of the chosen language', () => {
  const key = (e: { protocol: string; code: string; origin: { id: string } }): string => `${e.protocol}:${e.code}:${e.origin.id}`;

  it("German 'nicht gefunden' finds 404 once German is loaded, and not before", async () => {
    const { loadTranslations } = await import('./translations/localize');
    const de = await loadTranslations('de');
    expect(search('nicht gefunden', 20).map(key)).not.toContain('http:404:ietf');
    const hits = search('nicht gefunden', 20, { translations: de }).map(key);
    expect(hits.slice(0, 2).sort()).toEqual(['http:404.0:iis', 'http:404:ietf']);
  });

  it('German phrases and summary words: Weiterleitungsschleife, Zertifikat abgelaufen, überlastung', async () => {
    const { loadTranslations } = await import('./translations/localize');
    const de = await loadTranslations('de');
    expect(search('Weiterleitungsschleife', 5, { translations: de }).map(key)[0]).toBe('net:NS_ERROR_REDIRECT_LOOP:firefox');
    expect(search('zertifikat abgelaufen', 5, { translations: de }).map(key)[0]).toBe('net:SEC_ERROR_EXPIRED_CERTIFICATE:firefox');
    expect(search('Überlastung', 5, { translations: de }).map(key)).toContain('http:503:ietf');
  });

  it('English words and codes still work alongside', async () => {
    const { loadTranslations } = await import('./translations/localize');
    const de = await loadTranslations('de');
    expect(search('not found', 5, { translations: de }).map(key)[0]).toBe('http:404:ietf');
    expect(search('520', 5, { translations: de }).map(key)[0]).toBe('http:520:cloudflare');
  });

  it('Japanese and Chinese text, which has no spaces, is matched inside the phrase or summary', () => {
    const table = {
      'http ietf 404': { phrase: 'Not Found', summary: 'サーバーはこのアドレスに何も見つけられませんでした。' },
      'http ietf 502': { phrase: '错误网关', summary: '网关收到了无效响应。' },
    };
    expect(search('見つけ', 5, { translations: table }).map(key)[0]).toBe('http:404:ietf');
    expect(search('网关', 5, { translations: table }).map(key)[0]).toBe('http:502:ietf');
    expect(search('見つけ', 5)).toEqual([]);
  });
});
