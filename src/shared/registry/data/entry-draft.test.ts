import { describe, expect, it } from 'vitest';
import { classOf } from '../classes';
import { ALL_ENTRIES } from '../entries';
import { lookup } from '../lookup';
import { ORIGINS } from '../origins';
import { fromDraft, type EntryDraft } from './entry-draft';

const base: Omit<EntryDraft, 'status' | 'class'> = {
  protocol: 'http',
  code: 'x',
  phrase: 'x',
  summary: 'x.',
  explanation: 'x',
  causes: ['x'],
  visitorAdvice: 'x',
  ownerAdvice: 'x',
  retry: 'no',
  cacheable: false,
  origin: ORIGINS.unregistered,
  lifecycle: 'vendor',
};

describe('fromDraft', () => {
  it('gives a draft with a status the class of that status, in its protocol', () => {
    expect(fromDraft({ ...base, status: 404 }).class).toBe('client-error');
    expect(fromDraft({ ...base, status: 604 }).class).toBe('unknown');
    expect(fromDraft({ ...base, protocol: 'sip', status: 604 }).class).toBe('global-failure');
  });

  it('keeps the class a draft without a status states', () => {
    expect(fromDraft({ ...base, class: 'no-response' }).class).toBe('no-response');
  });
});

describe('every entry', () => {
  it('has the class of its status wherever it has a status', () => {
    const drifted = ALL_ENTRIES.filter((e) => e.status !== undefined && e.class !== classOf(e.status, e.protocol));
    expect(drifted.map((e) => `${e.code} (${e.origin.id}): ${e.class}`)).toEqual([]);
  });
});

describe('families written once', () => {
  it('IIS IP restrictions: the same four reasons under 401, 403 and 404, each status saying how it answered', () => {
    for (const sub of [501, 502, 503, 504]) {
      const family = [401, 403, 404].map((status) => lookup(`${status}.${sub}`, { vendor: 'iis' }));
      for (const e of family) expect(e?.origin.id, `${sub}`).toBe(ORIGINS.iis.id);
      // One reason, one phrase and one list of causes, whichever status carries it.
      expect(new Set(family.map((e) => e?.phrase)).size, `${sub}`).toBe(1);
      expect(new Set(family.map((e) => e?.causes)).size, `${sub}`).toBe(1);
      // The explanation names the sub-status and the deny action behind each status.
      expect(family[0]?.explanation).toMatch(new RegExp(`Unauthorized deny action.*sub-status ${sub}`));
      expect(family[1]?.explanation).toMatch(new RegExp(`Forbidden deny action.*sub-status ${sub}`));
      expect(family[2]?.explanation).toMatch(new RegExp(`Not Found deny action.*sub-status ${sub}`));
      expect(family[0]?.summary).toMatch(/401/);
      expect(family[2]?.summary).toMatch(/did not exist/);
    }
  });

  it('Cloudflare 1xxx: every error ends with the same note, and only Cloudflare-own fields differ', () => {
    const errors = ALL_ENTRIES.filter((e) => e.origin.id === ORIGINS.cloudflare.id && /^1\d{3}$/.test(e.code));
    expect(errors.length).toBeGreaterThan(30);
    const lastSentence = (text: string): string => text.slice(text.lastIndexOf('. ') + 2);
    expect(new Set(errors.map((e) => lastSentence(e.explanation))).size).toBe(1);
    for (const e of errors) {
      expect(e.cacheable, e.code).toBe(false);
      expect(e.lifecycle, e.code).toBe('vendor');
      expect(e.headers, e.code).toContain('CF-RAY');
      expect(e.spec?.url, e.code).toMatch(/^https:\/\/developers\.cloudflare\.com\//);
    }
  });
});
