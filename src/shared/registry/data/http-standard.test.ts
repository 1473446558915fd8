import { describe, expect, it } from 'vitest';
import statuses from 'statuses';
import { ORIGINS } from '../origins';
import type { StatusEntry } from '../registry-types';
import { httpHistoricEntries } from './http-historic';
import { httpStandardEntries } from './http-standard';

/** The IANA HTTP Status Code Registry, written out by hand so the data file cannot grade itself. */
const IANA_CODES: Record<string, number[]> = {
  informational: [100, 101, 102, 103, 104],
  success: [200, 201, 202, 203, 204, 205, 206, 207, 208, 226],
  redirection: [300, 301, 302, 303, 304, 305, 306, 307, 308],
  'client-error': [
    400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418, 421, 422, 423, 424, 425, 426, 428, 429, 431, 451,
  ],
  'server-error': [500, 501, 502, 503, 504, 505, 506, 507, 508, 510, 511],
};
const ALL_IANA = Object.values(IANA_CODES).flat();

/**
 * Where our table deliberately differs from the `statuses` package. Anything not listed here must
 * match it, so a missing code or a typo in a phrase fails.
 */
// Codes whose RFC 9110 / IANA name differs from `statuses`: our phrase, and `statuses`' name is an alias.
const RENAMED: Record<number, string> = {
  413: 'Content Too Large',
  418: '(Unused)',
  422: 'Unprocessable Content',
  510: 'Not Extended (OBSOLETED)',
};
// Codes `statuses` has that IANA does not register (509 is an Apache/cPanel convention).
const NOT_IANA = [509];
// Codes IANA registers that `statuses` lacks.
const MISSING_FROM_STATUSES = [104, 306];

const byCode = new Map(httpStandardEntries.map((e) => [e.status, e]));
const lower = (s: string) => s.toLowerCase();

function textFields(e: StatusEntry): Array<[string, string]> {
  const fields: Array<[string, string]> = [
    ['code', e.code],
    ['phrase', e.phrase],
    ['summary', e.summary],
    ['explanation', e.explanation],
    ['visitorAdvice', e.visitorAdvice],
    ['ownerAdvice', e.ownerAdvice],
  ];
  if (e.crawlerNote !== undefined) fields.push(['crawlerNote', e.crawlerNote]);
  e.causes.forEach((c, i) => fields.push([`causes[${i}]`, c]));
  e.aliases?.forEach((a, i) => fields.push([`aliases[${i}]`, a]));
  e.headers?.forEach((h, i) => fields.push([`headers[${i}]`, h]));
  return fields;
}

function classOf(status: number): StatusEntry['class'] {
  const classes = ['informational', 'success', 'redirection', 'client-error', 'server-error'] as const;
  return classes[Math.floor(status / 100) - 1] ?? 'unknown';
}

describe('httpStandardEntries against the statuses package', () => {
  const statusCodes = Object.keys(statuses.message).map(Number);

  it('lists exactly the deliberate differences', () => {
    for (const code of NOT_IANA) expect(statusCodes, `statuses should still have ${code}`).toContain(code);
    for (const code of MISSING_FROM_STATUSES) expect(statuses.message[code], `${code}`).toBeUndefined();
    const onlyInStatuses = statusCodes.filter((c) => !ALL_IANA.includes(c));
    expect(onlyInStatuses.sort()).toEqual([...NOT_IANA].sort());
  });

  it('contains every IANA-registered code that statuses knows', () => {
    for (const code of statusCodes) {
      if (NOT_IANA.includes(code)) {
        expect(byCode.has(code), `${code} is not IANA-registered`).toBe(false);
      } else {
        expect(byCode.has(code), `${code} missing`).toBe(true);
      }
    }
  });

  it("matches statuses' names, except the RFC 9110 renames", () => {
    for (const code of statusCodes) {
      if (NOT_IANA.includes(code)) continue;
      const entry = byCode.get(code)!;
      const theirs = statuses.message[code]!;
      const aliases = (entry.aliases ?? []).map(lower);
      if (code in RENAMED) {
        expect(entry.phrase, `${code} phrase`).toBe(RENAMED[code]);
        expect(aliases, `${code} should keep "${theirs}" as an alias`).toContain(lower(theirs));
      } else {
        const ok = lower(entry.phrase) === lower(theirs) || aliases.includes(lower(theirs));
        expect(ok, `${code}: "${entry.phrase}" vs statuses "${theirs}"`).toBe(true);
      }
    }
  });
});

describe('httpStandardEntries shape', () => {
  it('has exactly the 64 IANA codes, 5/10/9/29/11 per class, without duplicates', () => {
    expect(httpStandardEntries).toHaveLength(64);
    const codes = httpStandardEntries.map((e) => e.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const [cls, list] of Object.entries(IANA_CODES)) {
      const ours = httpStandardEntries.filter((e) => e.class === cls).map((e) => e.status);
      expect(ours, cls).toEqual(list);
    }
    expect(Object.values(IANA_CODES).map((l) => l.length)).toEqual([5, 10, 9, 29, 11]);
  });

  it('uses consistent protocol, code, status, class and origin', () => {
    for (const e of httpStandardEntries) {
      expect(e.protocol).toBe('http');
      expect(e.code).toMatch(/^[1-5]\d\d$/);
      expect(e.status, e.code).toBe(Number(e.code));
      expect(e.class, e.code).toBe(classOf(e.status!));
      expect(e.origin, e.code).toEqual(ORIGINS.ietf);
    }
  });

  it('has no empty text fields, 2-5 causes, and one-sentence summaries of at most 140 characters', () => {
    for (const e of httpStandardEntries) {
      for (const [name, value] of textFields(e)) {
        expect(value.trim(), `${e.code} ${name}`).not.toBe('');
        expect(value, `${e.code} ${name} has stray whitespace`).toBe(value.trim());
      }
      expect(e.causes.length, `${e.code} causes`).toBeGreaterThanOrEqual(2);
      expect(e.causes.length, `${e.code} causes`).toBeLessThanOrEqual(5);
      if (e.aliases) expect(e.aliases.length, `${e.code} aliases`).toBeGreaterThan(0);
      if (e.headers) expect(e.headers.length, `${e.code} headers`).toBeGreaterThan(0);
      expect(e.summary.length, `${e.code} summary: ${e.summary.length} chars`).toBeLessThanOrEqual(140);
      expect(e.summary, `${e.code} summary`).toMatch(/\.$/);
      // one sentence: no full stop followed by a new capitalized sentence
      expect(e.summary, `${e.code} summary is more than one sentence`).not.toMatch(/[.!?] [A-Z]/);
      expect(e.explanation.length, `${e.code} explanation`).toBeGreaterThan(e.summary.length);
    }
  });

  it('marks the lifecycle of 104, 305, 306, 418 and 510, and standard for the rest', () => {
    const special: Record<number, StatusEntry['lifecycle']> = {
      104: 'temporary',
      305: 'deprecated',
      306: 'unused',
      418: 'unused',
      510: 'obsolete',
    };
    for (const e of httpStandardEntries) {
      expect(e.lifecycle, e.code).toBe(special[e.status!] ?? 'standard');
    }
  });

  it('marks as cacheable exactly the codes RFC 9110 §15.1 lists', () => {
    const cacheable = httpStandardEntries.filter((e) => e.cacheable).map((e) => e.status);
    expect(cacheable).toEqual([200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 501]);
  });

  it('uses the current RFC 9110 names and keeps the old ones as aliases', () => {
    const expectations: Array<[number, string, string[]]> = [
      [103, 'Early Hints', []],
      [104, 'Upload Resumption Supported', []],
      [302, 'Found', ['Moved Temporarily']],
      [306, '(Unused)', ['Switch Proxy']],
      [408, 'Request Timeout', ['Request Time-out']],
      [413, 'Content Too Large', ['Payload Too Large', 'Request Entity Too Large']],
      [414, 'URI Too Long', ['Request-URI Too Long']],
      [416, 'Range Not Satisfiable', ['Requested Range Not Satisfiable']],
      [418, '(Unused)', ["I'm a teapot", "I'm a Teapot"]],
      [421, 'Misdirected Request', []],
      [422, 'Unprocessable Content', ['Unprocessable Entity']],
      [425, 'Too Early', []],
      [504, 'Gateway Timeout', ['Gateway Time-out']],
      [505, 'HTTP Version Not Supported', ['HTTP Version not supported']],
      [510, 'Not Extended (OBSOLETED)', ['Not Extended']],
    ];
    for (const [code, phrase, aliases] of expectations) {
      const e = byCode.get(code)!;
      expect(e.phrase, `${code}`).toBe(phrase);
      for (const alias of aliases) expect(e.aliases, `${code}`).toContain(alias);
    }
  });

  it('cites the defining document and section, with https rfc-editor anchors', () => {
    const notRfc9110: Record<number, [string, string | undefined]> = {
      102: ['RFC 2518', '10.1'],
      103: ['RFC 8297', '2'],
      104: ['draft-ietf-httpbis-resumable-upload', undefined],
      207: ['RFC 4918', '11.1'],
      208: ['RFC 5842', '7.1'],
      226: ['RFC 3229', '10.4.1'],
      423: ['RFC 4918', '11.3'],
      424: ['RFC 4918', '11.4'],
      425: ['RFC 8470', '5.2'],
      428: ['RFC 6585', '3'],
      429: ['RFC 6585', '4'],
      431: ['RFC 6585', '5'],
      451: ['RFC 7725', '3'],
      506: ['RFC 2295', '8.1'],
      507: ['RFC 4918', '11.5'],
      508: ['RFC 5842', '7.2'],
      510: ['RFC 2774', '7'],
      511: ['RFC 6585', '6'],
    };
    const rfc9110Sections: Record<number, string> = {
      100: '15.2.1',
      101: '15.2.2',
      200: '15.3.1',
      201: '15.3.2',
      202: '15.3.3',
      203: '15.3.4',
      204: '15.3.5',
      205: '15.3.6',
      206: '15.3.7',
      300: '15.4.1',
      301: '15.4.2',
      302: '15.4.3',
      303: '15.4.4',
      304: '15.4.5',
      305: '15.4.6',
      306: '15.4.7',
      307: '15.4.8',
      308: '15.4.9',
      400: '15.5.1',
      401: '15.5.2',
      402: '15.5.3',
      403: '15.5.4',
      404: '15.5.5',
      405: '15.5.6',
      406: '15.5.7',
      407: '15.5.8',
      408: '15.5.9',
      409: '15.5.10',
      410: '15.5.11',
      411: '15.5.12',
      412: '15.5.13',
      413: '15.5.14',
      414: '15.5.15',
      415: '15.5.16',
      416: '15.5.17',
      417: '15.5.18',
      418: '15.5.19',
      421: '15.5.20',
      422: '15.5.21',
      426: '15.5.22',
      500: '15.6.1',
      501: '15.6.2',
      502: '15.6.3',
      503: '15.6.4',
      504: '15.6.5',
      505: '15.6.6',
    };
    for (const e of httpStandardEntries) {
      const code = e.status!;
      expect(e.spec, e.code).toBeDefined();
      const spec = e.spec!;
      expect(spec.url, e.code).toMatch(/^https:\/\//);
      const [title, section] = notRfc9110[code] ?? ['RFC 9110', rfc9110Sections[code]];
      expect(section ?? code === 104, `${code} has no expected section`).toBeTruthy();
      expect(spec.title, e.code).toBe(title);
      expect(spec.section, e.code).toBe(section);
      if (title.startsWith('RFC ')) {
        const num = title.slice(4);
        expect(spec.url, e.code).toBe(`https://www.rfc-editor.org/rfc/rfc${num}#section-${String(section)}`);
      }
    }
  });

  it('gives crawler notes where search engines care', () => {
    for (const code of [200, 301, 302, 303, 304, 307, 308, 404, 410, 429, 500, 503]) {
      expect(byCode.get(code)!.crawlerNote, `${code}`).toBeTruthy();
    }
    expect(byCode.get(301)!.crawlerNote).toMatch(/strong signal/);
    expect(byCode.get(308)!.crawlerNote).toMatch(/strong signal/);
    expect(byCode.get(302)!.crawlerNote).toMatch(/weak signal/);
    expect(byCode.get(307)!.crawlerNote).toMatch(/weak signal/);
    expect(byCode.get(503)!.crawlerNote).toMatch(/Retry-After/);
    expect(byCode.get(404)!.crawlerNote).toMatch(/robots\.txt/);
    expect(byCode.get(500)!.crawlerNote).toMatch(/robots\.txt/);
  });

  it('gives honest retry advice and the expected headers', () => {
    const retry: Record<number, StatusEntry['retry']> = {
      200: 'no',
      401: 'after-change',
      404: 'no',
      408: 'immediately',
      410: 'no',
      429: 'later',
      503: 'later',
    };
    for (const [code, advice] of Object.entries(retry)) {
      expect(byCode.get(Number(code))!.retry, code).toBe(advice);
    }
    for (const code of [502, 504]) expect(['immediately', 'later']).toContain(byCode.get(code)!.retry);

    const headers: Record<number, string[]> = {
      101: ['Upgrade'],
      103: ['Link'],
      206: ['Content-Range'],
      301: ['Location'],
      302: ['Location'],
      303: ['Location'],
      307: ['Location'],
      308: ['Location'],
      401: ['WWW-Authenticate'],
      405: ['Allow'],
      406: ['Vary'],
      407: ['Proxy-Authenticate'],
      416: ['Content-Range'],
      426: ['Upgrade'],
      429: ['Retry-After'],
      503: ['Retry-After'],
    };
    for (const [code, list] of Object.entries(headers)) {
      for (const h of list) expect(byCode.get(Number(code))!.headers, code).toContain(h);
    }
  });
});

describe('httpHistoricEntries', () => {
  const expected: Array<[string, string, string]> = [
    ['203', 'Partial Information', ORIGINS.http1994.id],
    ['204', 'No Response', ORIGINS.http1994.id],
    ['301', 'Moved', ORIGINS.http1994.id],
    ['303', 'Method', ORIGINS.http1994.id],
    ['402', 'Payment Required', ORIGINS.http1994.id],
    ['502', 'Service temporarily overloaded', ORIGINS.http1994.id],
    ['503', 'Gateway timeout', ORIGINS.http1994.id],
    ['302', 'Moved Temporarily', ORIGINS.http1997.id],
    ['306', 'Switch Proxy', ORIGINS.http1996Draft.id],
    ['103', 'Checkpoint', ORIGINS.googleResumable.id],
  ];

  it('has each historic meaning with the right origin', () => {
    expect(httpHistoricEntries).toHaveLength(expected.length);
    for (const [code, phrase, origin] of expected) {
      const e = httpHistoricEntries.find((h) => h.code === code && h.phrase === phrase);
      expect(e, `${code} ${phrase}`).toBeDefined();
      expect(e!.origin.id, `${code} ${phrase}`).toBe(origin);
    }
  });

  it('is well formed and says it is historic', () => {
    for (const e of httpHistoricEntries) {
      const label = `${e.code} ${e.phrase}`;
      expect(e.protocol).toBe('http');
      expect(e.lifecycle, label).toBe('historic');
      expect(e.status, label).toBe(Number(e.code));
      expect(e.class, label).toBe(classOf(e.status!));
      expect(e.cacheable, label).toBe(false);
      for (const [name, value] of textFields(e)) expect(value.trim(), `${label} ${name}`).not.toBe('');
      expect(e.causes.length, label).toBeGreaterThanOrEqual(2);
      expect(e.causes.length, label).toBeLessThanOrEqual(5);
      expect(e.summary.length, `${label} summary: ${e.summary.length} chars`).toBeLessThanOrEqual(140);
      expect(e.summary, label).toMatch(/\.$/);
      expect(e.summary, `${label} summary is more than one sentence`).not.toMatch(/[.!?] [A-Z]/);
      expect(e.explanation, label).toMatch(/historic/);
      expect(e.spec?.url, label).toMatch(/^https:\/\//);
      // the historic meaning must differ from today's name for the same code, except 402 (same name, old mechanism)
      const today = httpStandardEntries.find((s) => s.code === e.code)!;
      expect(today, label).toBeDefined();
      if (e.code !== '402') expect(lower(e.phrase), label).not.toBe(lower(today.phrase));
    }
  });
});
