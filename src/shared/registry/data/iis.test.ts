import { describe, expect, it } from 'vitest';
import { ORIGINS } from '../origins';
import type { StatusEntry } from '../registry-types';
import { iisEntries } from './iis';

const byCode = new Map<string, StatusEntry>(iisEntries.map((e) => [e.code, e]));

function get(code: string): StatusEntry {
  const found = byCode.get(code);
  if (!found) throw new Error(`missing entry ${code}`);
  return found;
}

/** 'prefix.from' … 'prefix.to' as codes, e.g. range(404, 0, 20) → '404.0' … '404.20'. */
function range(prefix: number, from: number, to: number): string[] {
  return Array.from({ length: to - from + 1 }, (_, i) => `${prefix}.${from + i}`);
}

const ANCM_CODES = [...range(500, 30, 38), '502.5'];

/** Codes that only IIS 6.0 (or earlier) produced; their text has to say so. */
const IIS6_ONLY = ['401.7', '403.20', '500.14', '500.16', '500.17', '500.18', '500.20'];

const REQUIRED_GROUPS: Record<string, string[]> = {
  'Microsoft non-standard codes': ['440', '449', '451'],
  '400.1–400.11': range(400, 1, 11),
  '401.1–401.5': range(401, 1, 5),
  '401 dynamic IP': range(401, 501, 504),
  '403.1–403.22': range(403, 1, 22),
  '403 dynamic IP': range(403, 501, 504),
  '404.0–404.20': range(404, 0, 20),
  '404 dynamic IP': range(404, 501, 504),
  '405/406/412/413': ['405.0', '406.0', '412.0', '413.0'],
  '500.x (IIS)': ['500.0', ...range(500, 11, 19), ...range(500, 21, 24), ...range(500, 50, 53), '500.100'],
  'ASP.NET Core Module': ANCM_CODES,
  '502.x': range(502, 1, 4),
  '503.x': ['503.0', '503.2', '503.3', '503.4'],
};

describe('iisEntries: shape', () => {
  it('has at least 95 entries', () => {
    expect(iisEntries.length).toBeGreaterThanOrEqual(95);
  });

  it('has no duplicate codes', () => {
    const seen = new Set<string>();
    const duplicates = iisEntries.map((e) => e.code).filter((c) => (seen.has(c) ? true : (seen.add(c), false)));
    expect(duplicates).toEqual([]);
  });

  it.each(Object.entries(REQUIRED_GROUPS))('contains every code of group %s', (_group, codes) => {
    expect(codes.filter((c) => !byCode.has(c))).toEqual([]);
  });

  it('lists entries in numeric order (status, then sub-status)', () => {
    const key = (e: StatusEntry) => e.code.split('.').map(Number) as [number, number?];
    for (let i = 1; i < iisEntries.length; i++) {
      const [as, asub = -1] = key(iisEntries[i - 1]!);
      const [bs, bsub = -1] = key(iisEntries[i]!);
      expect(as < bs || (as === bs && asub < bsub), `${iisEntries[i - 1]!.code} before ${iisEntries[i]!.code}`).toBe(true);
    }
  });

  it('writes codes as NNN or NNN.sub', () => {
    expect(iisEntries.map((e) => e.code).filter((c) => !/^\d{3}(\.\d+)?$/.test(c))).toEqual([]);
  });

  it('carries every entry under the integer part of its code', () => {
    for (const e of iisEntries) {
      expect(e.status, e.code).toBe(Number(e.code.split('.')[0]));
    }
  });

  it('is HTTP, vendor-defined, and classed by its status', () => {
    for (const e of iisEntries) {
      expect(e.protocol, e.code).toBe('http');
      expect(e.lifecycle, e.code).toBe('vendor');
      expect(e.class, e.code).toBe(e.status! >= 500 ? 'server-error' : 'client-error');
    }
  });

  it('marks only 404.x and 405.0 heuristically cacheable, as RFC 9110 does for 404 and 405', () => {
    for (const e of iisEntries) {
      expect(e.cacheable, e.code).toBe(e.status === 404 || e.status === 405);
    }
  });
});

describe('iisEntries: origins and references', () => {
  it('attributes the ASP.NET Core Module codes to the module', () => {
    for (const code of ANCM_CODES) expect(get(code).origin.id, code).toBe(ORIGINS.aspnetCoreModule.id);
  });

  it('attributes 440 and 451 to Exchange, 449 to Microsoft and everything else to IIS', () => {
    expect(get('440').origin.id).toBe(ORIGINS.exchange.id);
    expect(get('451').origin.id).toBe(ORIGINS.exchange.id);
    // 449 is defined in Microsoft's protocol documents (MS-WDV, Exchange ActiveSync), not by IIS.
    expect(get('449').origin.id).toBe(ORIGINS.microsoft.id);
    const others = iisEntries.filter((e) => !ANCM_CODES.includes(e.code) && !['440', '449', '451'].includes(e.code));
    expect(others.filter((e) => e.origin.id !== ORIGINS.iis.id).map((e) => e.code)).toEqual([]);
  });

  it('points every reference at an https URL', () => {
    for (const e of iisEntries) {
      if (e.spec) {
        expect(e.spec.title.trim(), e.code).not.toBe('');
        expect(new URL(e.spec.url).protocol, e.code).toBe('https:');
      }
    }
  });

  it('gives every sub-status documented by Microsoft a reference (500.20 is known only from IIS 6.0-era lists)', () => {
    const missing = iisEntries.filter((e) => e.code.includes('.') && !e.spec).map((e) => e.code);
    expect(missing).toEqual(['500.20']);
  });

  it('points ANCM codes at the ASP.NET Core troubleshooting article', () => {
    for (const code of ANCM_CODES) expect(get(code).spec?.url, code).toMatch(/\/aspnet\/core\/test\/troubleshoot-azure-iis$/);
  });
});

describe('iisEntries: specific meanings', () => {
  it('keeps Exchange ActiveSync 451 apart from the standard 451', () => {
    const e = get('451');
    expect(e.phrase).toBe('Redirect');
    expect(e.explanation).toContain('Unavailable For Legal Reasons');
    expect(e.headers).toContain('X-MS-Location');
  });

  it('names the IIS 6.0-only codes as such', () => {
    for (const code of IIS6_ONLY) {
      const e = get(code);
      expect(`${e.summary} ${e.explanation}`, code).toMatch(/IIS 6\.0/);
    }
  });

  it('explains 403.14 as a missing default document with directory browsing off', () => {
    const e = get('403.14');
    expect(e.phrase).toBe('Directory listing denied');
    expect(e.explanation).toMatch(/default document/);
    expect(e.explanation).toMatch(/Directory Browsing/);
  });

  it('sends 401.x with WWW-Authenticate and 405.0 with Allow', () => {
    for (const code of range(401, 1, 5)) expect(get(code).headers, code).toContain('WWW-Authenticate');
    expect(get('405.0').headers).toContain('Allow');
  });

  it('tells owners where to look for ANCM start-up errors', () => {
    expect(get('500.30').ownerAdvice).toMatch(/stdout/);
    expect(get('502.5').ownerAdvice).toMatch(/stdout/);
    expect(get('500.37').ownerAdvice).toMatch(/startupTimeLimit/);
  });
});

describe('iisEntries: writing', () => {
  const required = ['code', 'phrase', 'summary', 'explanation', 'visitorAdvice', 'ownerAdvice'] as const satisfies (keyof StatusEntry)[];

  it('fills every required text field', () => {
    for (const e of iisEntries) {
      for (const key of required) expect(e[key].trim(), `${e.code}.${key}`).not.toBe('');
      expect(e.causes.length, `${e.code}.causes`).toBeGreaterThan(0);
      for (const list of [e.causes, e.aliases ?? [], e.headers ?? []]) {
        for (const item of list) expect(item.trim(), e.code).not.toBe('');
      }
    }
  });

  it('keeps each summary to one sentence of at most 140 characters, ending with a period', () => {
    for (const e of iisEntries) {
      expect(e.summary.length, `${e.code}: ${e.summary}`).toBeLessThanOrEqual(140);
      expect(e.summary, e.code).toMatch(/\.$/);
      // One sentence: no full stop followed by a capital letter inside it ("e.g." style abbreviations are not used).
      expect(e.summary.slice(0, -1), e.code).not.toMatch(/[.!?] [A-Z]/);
    }
  });

  it('ends every sentence-like field and cause with punctuation', () => {
    for (const e of iisEntries) {
      for (const text of [e.explanation, e.visitorAdvice, e.ownerAdvice, e.crawlerNote ?? '.', ...e.causes]) {
        expect(text, e.code).toMatch(/[.!?)]$/);
      }
    }
  });

  it('has no stray whitespace or straight apostrophes mixed into the prose', () => {
    for (const e of iisEntries) {
      for (const text of [e.phrase, e.summary, e.explanation, e.visitorAdvice, e.ownerAdvice, e.crawlerNote ?? '', ...e.causes]) {
        expect(text, e.code).not.toMatch(/\s{2,}|^\s|\s$/);
        expect(text, e.code).not.toMatch(/[a-z]'[a-z]/i);
      }
    }
  });

  it('does not repeat an aliases entry that equals the phrase', () => {
    for (const e of iisEntries) expect(e.aliases ?? [], e.code).not.toContain(e.phrase);
  });
});
