import { describe, expect, it } from 'vitest';
import type { Hop, MadeBy } from './capture-state';
import { findChainIssues, isCanonicalisation } from './chain-findings';

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

const kinds = (hops: Hop[]): string[] => findChainIssues(hops).map((f) => f.kind);

describe('findChainIssues', () => {
  it('finds nothing in a clean permanent chain', () => {
    expect(findChainIssues(chain(['http://example.com/', 301], ['https://example.com/', 200]))).toEqual([]);
    expect(findChainIssues([])).toEqual([]);
  });

  it('reports a loop with every repeated hop', () => {
    const findings = findChainIssues(
      chain(['https://a.example/x', 302], ['https://a.example/y', 302], ['https://a.example/x', 302], ['https://a.example/y', undefined]),
    );
    expect(findings.find((f) => f.kind === 'loop')).toMatchObject({ severity: 'error', hops: [0, 1, 2, 3] });
  });

  it('does not call post/redirect/get to the same URL a loop', () => {
    const hops = chain(['https://a.example/form', 303], ['https://a.example/form', 200]);
    const first = hops[0];
    if (first !== undefined) first.method = 'POST';
    expect(kinds(hops)).not.toContain('loop');
  });

  it('warns above 5 redirects and errs above 10', () => {
    const six = chain(...Array.from({ length: 7 }, (_, i): [string, number] => [`https://a.example/${i}`, i < 6 ? 301 : 200]));
    expect(findChainIssues(six).find((f) => f.kind === 'long-chain')).toMatchObject({ severity: 'warning', hops: [0, 1, 2, 3, 4, 5] });
    const five = chain(...Array.from({ length: 6 }, (_, i): [string, number] => [`https://a.example/${i}`, i < 5 ? 301 : 200]));
    expect(kinds(five)).not.toContain('long-chain');
    const eleven = chain(...Array.from({ length: 12 }, (_, i): [string, number] => [`https://a.example/${i}`, i < 11 ? 301 : 200]));
    expect(findChainIssues(eleven).find((f) => f.kind === 'long-chain')?.severity).toBe('error');
  });

  it('does not count the browser HSTS hop as a redirect of the site', () => {
    const hops = chain(['http://a.example/', 307, 'browser-hsts'], ...Array.from({ length: 5 }, (_, i): [string, number] => [`https://a.example/${i}`, 301]), [
      'https://a.example/end',
      200,
    ]);
    expect(kinds(hops)).not.toContain('long-chain');
    expect(kinds(hops)).not.toContain('temporary-redirect');
  });

  it('reports an https to http downgrade', () => {
    expect(findChainIssues(chain(['https://a.example/', 301], ['http://a.example/', 200])).find((f) => f.kind === 'https-downgrade')).toMatchObject({
      severity: 'error',
      hops: [0, 1],
    });
  });

  it.each([
    ['http://a.example/p', 'https://a.example/p'],
    ['https://a.example/p', 'https://www.a.example/p'],
    ['https://www.a.example/p', 'https://a.example/p'],
    ['https://a.example/p', 'https://a.example/p/'],
    ['http://a.example/p/', 'https://www.a.example/p'],
  ])('flags a temporary code for canonicalisation %s -> %s', (from, to) => {
    expect(findChainIssues(chain([from, 302], [to, 200])).find((f) => f.kind === 'temporary-redirect')).toMatchObject({ severity: 'warning', hops: [0] });
    expect(kinds(chain([from, 307], [to, 200]))).toContain('temporary-redirect');
    expect(kinds(chain([from, 301], [to, 200]))).not.toContain('temporary-redirect');
  });

  it('accepts a temporary redirect that is not a canonicalisation', () => {
    expect(kinds(chain(['https://a.example/login', 302], ['https://a.example/home', 200]))).not.toContain('temporary-redirect');
    expect(kinds(chain(['https://a.example/p?x=1', 302], ['https://a.example/p?x=2', 200]))).not.toContain('temporary-redirect');
  });

  it('notes a chain mixing permanent and temporary codes', () => {
    const findings = findChainIssues(chain(['http://a.example/', 301], ['https://a.example/', 302], ['https://a.example/home', 200]));
    expect(findings.find((f) => f.kind === 'mixed-redirects')).toMatchObject({ severity: 'info', hops: [0, 1] });
  });

  it('reports a final status that is not 2xx, and an ending in error', () => {
    expect(findChainIssues(chain(['https://a.example/', 301], ['https://a.example/gone', 404])).find((f) => f.kind === 'final-not-2xx')).toMatchObject({
      severity: 'error',
      hops: [1],
    });
    expect(findChainIssues(chain(['https://a.example/', 304])).find((f) => f.kind === 'final-not-2xx')?.severity).toBe('warning');
    const failed = chain(['https://a.example/', undefined]);
    const only = failed[0];
    if (only !== undefined) only.error = 'net::ERR_CONNECTION_REFUSED';
    expect(findChainIssues(failed)).toEqual([expect.objectContaining({ kind: 'final-not-2xx', severity: 'error', hops: [0] })]);
    // Still waiting for the last response: nothing to say yet.
    expect(kinds(chain(['https://a.example/', 301], ['https://b.example/', undefined]))).not.toContain('final-not-2xx');
  });

  it('notes each hop to another host, but not a scheme change alone', () => {
    const findings = findChainIssues(chain(['http://a.example/', 301], ['https://a.example/', 301], ['https://b.example/', 200]));
    expect(findings.filter((f) => f.kind === 'cross-origin')).toEqual([expect.objectContaining({ severity: 'info', hops: [1, 2] })]);
  });

  it('treats client-side redirects as redirects of the site', () => {
    const hops = chain(...Array.from({ length: 6 }, (_, i): [string, number, MadeBy] => [`https://a.example/${i}`, 200, 'client-javascript']), [
      'https://a.example/end',
      200,
    ]);
    expect(kinds(hops)).toContain('long-chain');
  });
});

describe('isCanonicalisation', () => {
  it('rejects identical URLs, other paths and downgrades', () => {
    expect(isCanonicalisation(new URL('https://a.example/'), new URL('https://a.example/'))).toBe(false);
    expect(isCanonicalisation(new URL('https://a.example/a'), new URL('https://a.example/b'))).toBe(false);
    expect(isCanonicalisation(new URL('https://a.example/a'), new URL('http://a.example/a'))).toBe(false);
  });
});
