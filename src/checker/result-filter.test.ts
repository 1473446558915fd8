import { describe, expect, it } from 'vitest';
import type { Hop } from '../shared/capture';
import { newCheckResult, refreshFindings, type CheckResult } from '../shared/checker/check-result';
import { ALL_RESULTS, queryResults, resultHosts } from './result-filter';

function checked(url: string, line: number, codes: number[], ms?: number): CheckResult {
  const chain: Hop[] = codes.map((statusCode, i) => ({
    url: i === 0 ? url : `${url}${i}`,
    method: 'GET',
    timing: {},
    madeBy: 'server',
    statusCode,
    ...(i < codes.length - 1 ? { redirectUrl: `${url}${i + 1}` } : {}),
  }));
  const r: CheckResult = { ...newCheckResult(url, line), state: 'done', chain, ...(ms !== undefined ? { ms } : {}) };
  refreshFindings(r);
  return r;
}

const results = [
  checked('http://a.test/ok', 1, [200], 10),
  checked('http://a.test/moved', 2, [301, 200], 30),
  checked('http://b.test/gone', 3, [302, 301, 404], 20),
];
const urls = (rs: CheckResult[]): string[] => rs.map((r) => r.url);

describe('queryResults', () => {
  it('filters by what went wrong', () => {
    expect(urls(queryResults(results, ALL_RESULTS))).toEqual(['http://a.test/ok', 'http://a.test/moved', 'http://b.test/gone']);
    expect(urls(queryResults(results, { ...ALL_RESULTS, kind: 'broken' }))).toEqual(['http://b.test/gone']);
    expect(urls(queryResults(results, { ...ALL_RESULTS, kind: 'redirected' }))).toEqual(['http://a.test/moved', 'http://b.test/gone']);
    expect(urls(queryResults(results, { ...ALL_RESULTS, kind: 'multi-hop' }))).toEqual(['http://b.test/gone']);
    expect(urls(queryResults(results, { ...ALL_RESULTS, kind: 'findings' }))).toContain('http://b.test/gone');
    expect(queryResults(results, { ...ALL_RESULTS, kind: 'retried' })).toEqual([]);
  });

  it('filters what was asked again after a 429 or 503, whether or not the retry has gone yet', () => {
    const retried = [
      ...results,
      { ...checked('http://c.test/busy', 4, [200]), retried: { firstStatus: 429, retryAfter: '1', retriedAt: 5 } },
      { ...newCheckResult('http://c.test/later', 5), retried: { firstStatus: 503, retryAfter: '30' } },
    ];
    expect(urls(queryResults(retried, { ...ALL_RESULTS, kind: 'retried' }))).toEqual(['http://c.test/busy', 'http://c.test/later']);
  });

  it('filters by host and by text anywhere in the chain, and sorts', () => {
    expect(urls(queryResults(results, { ...ALL_RESULTS, host: 'b.test' }))).toEqual(['http://b.test/gone']);
    expect(urls(queryResults(results, { ...ALL_RESULTS, text: 'MOVED1' }))).toEqual(['http://a.test/moved']);
    expect(urls(queryResults(results, { ...ALL_RESULTS, order: 'status' }))).toEqual(['http://a.test/ok', 'http://a.test/moved', 'http://b.test/gone']);
    expect(urls(queryResults(results, { ...ALL_RESULTS, order: 'hops' }))[0]).toBe('http://b.test/gone');
    expect(urls(queryResults(results, { ...ALL_RESULTS, order: 'time' }))[0]).toBe('http://a.test/moved');
    expect(resultHosts(results)).toEqual(['a.test', 'b.test']);
  });
});
