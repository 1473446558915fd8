import { describe, expect, it } from 'vitest';
import type { Hop, MadeBy } from '../capture/capture-state';
import { inEnglish } from './in-english';
import { verdictFor as verdictForRaw } from './redirect-verdict';

// The answers as a person reads them, in English.
const verdictFor = (...args: Parameters<typeof verdictForRaw>) => inEnglish(verdictForRaw(...args));

/** A chain from [url, status, madeBy?] steps; every step but the last redirects to the next. */
function chain(...steps: Array<[string, number | undefined, MadeBy?]>): Hop[] {
  return steps.map(([url, statusCode, madeBy], i) => {
    const hop: Hop = { url, method: 'GET', timing: {}, madeBy: madeBy ?? 'server' };
    if (statusCode !== undefined) hop.statusCode = statusCode;
    const next = steps[i + 1];
    if (next !== undefined) hop.redirectUrl = next[0];
    return hop;
  });
}

const OLD = 'https://a.example/old';
const NEW = 'https://a.example/new';
const row = (expectedCode?: number): { to: string; expectedCode?: number } => (expectedCode === undefined ? { to: NEW } : { to: NEW, expectedCode });

describe('verdictFor', () => {
  it('is right for one permanent redirect to the target, and says so', () => {
    expect(verdictFor(row(), chain([OLD, 301], [NEW, 200]))).toEqual({
      verdict: 'right',
      message: 'Redirects with 301 to the expected target.',
      finalUrl: NEW,
      redirects: 1,
      firstCode: 301,
    });
    expect(verdictFor(row(), chain([OLD, 308], [NEW, 200])).verdict).toBe('right');
    expect(verdictFor(row(302), chain([OLD, 302], [NEW, 200])).verdict).toBe('right');
  });

  it('compares the target by the stated URL rules', () => {
    expect(verdictFor({ to: 'https://A.EXAMPLE:443/new#top' }, chain([OLD, 301], [NEW, 200])).verdict).toBe('right');
    const slash = verdictFor(row(), chain([OLD, 301], [`${NEW}/`, 200]));
    expect(slash).toMatchObject({ verdict: 'wrong-target', message: `Ends at ${NEW}/, not at ${NEW} (only the trailing slash differs).` });
  });

  it('calls a temporary redirect where a permanent one was expected by its name', () => {
    expect(verdictFor(row(), chain([OLD, 302], [NEW, 200]))).toMatchObject({
      verdict: 'temporary-not-permanent',
      message: 'Right target, but 302 is temporary: 301 or 308 (permanent) was expected.',
    });
    expect(verdictFor(row(301), chain([OLD, 307], [NEW, 200])).verdict).toBe('temporary-not-permanent');
  });

  it('tells another wrong code apart', () => {
    expect(verdictFor(row(301), chain([OLD, 308], [NEW, 200]))).toMatchObject({
      verdict: 'wrong-code',
      message: 'Right target, but with 308 where 301 was expected.',
    });
    expect(verdictFor(row(302), chain([OLD, 301], [NEW, 200])).verdict).toBe('wrong-code');
    expect(verdictFor(row(), chain([OLD, 300], [NEW, 200])).verdict).toBe('wrong-code');
    expect(verdictFor(row(), chain([OLD, undefined, 'client-meta-refresh'], [NEW, 200])).verdict).toBe('wrong-code');
  });

  it('finds a wrong target, and a URL that does not redirect at all', () => {
    expect(verdictFor(row(), chain([OLD, 301], ['https://a.example/', 200]))).toMatchObject({ verdict: 'wrong-target', finalUrl: 'https://a.example/' });
    expect(verdictFor(row(), chain([OLD, 200]))).toMatchObject({
      verdict: 'wrong-target',
      message: `Does not redirect to ${NEW}: answers 200 itself.`,
      redirects: 0,
    });
  });

  it('counts the site’s redirects, not the browser’s own HSTS upgrade', () => {
    expect(verdictFor(row(), chain(['http://a.example/old', 307, 'browser-hsts'], [OLD, 301], [NEW, 200]))).toMatchObject({ verdict: 'right', redirects: 1 });
    expect(verdictFor(row(), chain(['http://a.example/old', 301], [OLD, 301], [NEW, 200]))).toMatchObject({
      verdict: 'more-than-one-hop',
      message: 'Reaches the target in 2 redirects (301 → 301) instead of one.',
      redirects: 2,
      firstCode: 301,
    });
  });

  it('takes the loop from the capture core’s findings', () => {
    const loop = chain([OLD, 301], [NEW, 302], [OLD, 301], [NEW, undefined]);
    const last = loop[loop.length - 1]!;
    last.error = 'net::ERR_TOO_MANY_REDIRECTS';
    expect(verdictFor(row(), loop).verdict).toBe('loop');
  });

  it('calls a chain that ends in an error, a failure or an unfollowed redirect an error', () => {
    expect(verdictFor(row(), chain([OLD, 301], [NEW, 404]))).toMatchObject({ verdict: 'error', message: 'Ends in an error: 404.' });
    const failed = chain([OLD, 301], [NEW, undefined]);
    failed[1]!.error = 'net::ERR_NAME_NOT_RESOLVED';
    expect(verdictFor(row(), failed)).toMatchObject({ verdict: 'error', message: 'Ended without a response: net::ERR_NAME_NOT_RESOLVED.' });
    expect(verdictFor(row(), chain([OLD, 301]))).toMatchObject({ verdict: 'error', message: 'Ends in a 301 that was not followed (no Location).' });
    expect(verdictFor(row(), chain([OLD, undefined]))).toMatchObject({ verdict: 'error' });
    expect(verdictFor(row(), [])).toEqual({ verdict: 'error', message: 'No response was observed.', redirects: 0 });
  });
});
