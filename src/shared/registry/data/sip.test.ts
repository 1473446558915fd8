import { describe, expect, it } from 'vitest';
import { ORIGINS } from '../origins';
import type { StatusEntry } from '../registry-types';
import { sipEntries } from './sip';

/** Every code in IANA's SIP Response Codes registry (sip-parameters-7). */
const IANA_SIP_CODES = [
  100, 180, 181, 182, 183, 199, 200, 202, 204, 300, 301, 302, 305, 380, 400, 401, 402, 403, 404, 405, 406, 407, 408, 410, 412, 413, 414, 415, 416, 417, 420,
  421, 422, 423, 424, 425, 428, 429, 430, 433, 436, 437, 438, 439, 440, 469, 470, 480, 481, 482, 483, 484, 485, 486, 487, 488, 489, 491, 493, 494, 500, 501,
  502, 503, 504, 505, 513, 555, 580, 600, 603, 604, 606, 607, 608,
];

const byCode = new Map(sipEntries.map((e) => [e.code, e]));
const get = (code: number): StatusEntry => {
  const entry = byCode.get(String(code));
  if (!entry) throw new Error(`SIP ${code} missing`);
  return entry;
};

describe('sipEntries', () => {
  it('holds at least 70 entries and every IANA-registered code', () => {
    expect(sipEntries.length).toBeGreaterThanOrEqual(70);
    const missing = IANA_SIP_CODES.filter((c) => !byCode.has(String(c)));
    expect(missing).toEqual([]);
  });

  it('holds no code that IANA does not register (no HTTP-only codes such as 303 or 409)', () => {
    const extra = sipEntries.map((e) => Number(e.code)).filter((c) => !IANA_SIP_CODES.includes(c));
    expect(extra).toEqual([]);
  });

  it('has no duplicate codes', () => {
    const codes = sipEntries.map((e) => e.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('uses the registered reason phrases for codes that differ from HTTP', () => {
    expect(get(421).phrase).toBe('Extension Required');
    expect(get(486).phrase).toBe('Busy Here');
    expect(get(500).phrase).toBe('Server Internal Error');
    expect(get(302).phrase).toBe('Moved Temporarily');
    expect(get(437).phrase).toBe('Unsupported Credential');
  });

  it('derives the class from the first digit, with 6xx as global-failure', () => {
    const expected: Record<string, StatusEntry['class']> = {
      '1': 'informational',
      '2': 'success',
      '3': 'redirection',
      '4': 'client-error',
      '5': 'server-error',
      '6': 'global-failure',
    };
    for (const e of sipEntries) expect(e.class, e.code).toBe(expected[e.code.charAt(0)]);
    for (const c of [600, 603, 604, 606, 607, 608]) expect(get(c).class).toBe('global-failure');
  });

  it('marks only 202 as obsolete, as IANA does', () => {
    expect(get(202).lifecycle).toBe('obsolete');
    const others = sipEntries.filter((e) => e.code !== '202');
    for (const e of others) expect(e.lifecycle, e.code).toBe('standard');
  });

  it('fills the fixed fields of every entry', () => {
    for (const e of sipEntries) {
      expect(e.protocol, e.code).toBe('sip');
      expect(e.status, e.code).toBe(Number(e.code));
      expect(e.origin, e.code).toBe(ORIGINS.ietfSip);
      expect(e.cacheable, e.code).toBe(false);
      expect(['no', 'immediately', 'later', 'after-change']).toContain(e.retry);
    }
  });

  it('has no empty required strings', () => {
    for (const e of sipEntries) {
      for (const field of ['code', 'phrase', 'summary', 'explanation', 'visitorAdvice', 'ownerAdvice'] as const) {
        expect(e[field].trim(), `${e.code}.${field}`).not.toBe('');
      }
      expect(e.causes.length, `${e.code}.causes`).toBeGreaterThan(0);
      for (const cause of e.causes) expect(cause.trim(), `${e.code}.causes`).not.toBe('');
      for (const alias of e.aliases ?? []) expect(alias.trim(), `${e.code}.aliases`).not.toBe('');
      for (const header of e.headers ?? []) expect(header.trim(), `${e.code}.headers`).not.toBe('');
    }
  });

  it('keeps summaries to one sentence of at most 140 characters ending with a period', () => {
    for (const e of sipEntries) {
      expect(e.summary.length, `${e.code}: ${e.summary}`).toBeLessThanOrEqual(140);
      expect(e.summary, e.code).toMatch(/\.$/);
      // One sentence: no sentence break inside the summary.
      expect(e.summary.slice(0, -1), e.code).not.toMatch(/[.!?]\s+[A-Z]/);
    }
  });

  it('cites an RFC section on rfc-editor.org over https', () => {
    for (const e of sipEntries) {
      expect(e.spec, e.code).toBeDefined();
      const spec = e.spec!;
      expect(spec.url, e.code).toMatch(/^https:\/\/www\.rfc-editor\.org\/rfc\/rfc\d+#section-[\d.]+$/);
      expect(spec.title, e.code).toMatch(/^RFC \d+$/);
      expect(spec.url, e.code).toContain(`#section-${String(spec.section)}`);
    }
    expect(get(486).spec?.url).toBe('https://www.rfc-editor.org/rfc/rfc3261#section-21.4.24');
    expect(get(480).spec?.url).toBe('https://www.rfc-editor.org/rfc/rfc3261#section-21.4.18');
    expect(get(607).spec?.title).toBe('RFC 8197');
  });

  it('gives the RFC 3261 codes the RFC 3261 section 21 references', () => {
    const rfc3261 = sipEntries.filter((e) => e.spec?.title === 'RFC 3261');
    expect(rfc3261.length).toBe(50);
    for (const e of rfc3261) expect(e.spec!.section, e.code).toMatch(/^21\.[1-6]\.\d+$/);
  });

  it('names the headers that go with codes whose meaning depends on them', () => {
    expect(get(401).headers).toContain('WWW-Authenticate');
    expect(get(407).headers).toContain('Proxy-Authenticate');
    expect(get(421).headers).toContain('Require');
    expect(get(420).headers).toContain('Unsupported');
    expect(get(423).headers).toContain('Min-Expires');
    expect(get(422).headers).toContain('Min-SE');
    expect(get(503).headers).toContain('Retry-After');
    expect(get(302).headers).toContain('Contact');
  });
});
