import { ENGLISH } from '../i18n/english-i18n';
import { describe, expect, it } from 'vitest';
import type { Hop } from '../capture/capture-state';
import { chainCodes, checkNote, endHop, finalResponse, isBroken, newCheckResult, redirectCount, refreshFindings, type CheckResult } from './check-result';

const hop = (url: string, fields: Partial<Hop> = {}): Hop => ({ url, method: 'GET', timing: {}, madeBy: 'server', ...fields });

function result(chain: Hop[], fields: Partial<CheckResult> = {}): CheckResult {
  const r = { ...newCheckResult(chain[0]?.url ?? 'http://a.test/', 1), state: 'done' as const, chain, ...fields };
  refreshFindings(r);
  return r;
}

describe('a checked URL', () => {
  it('reads its codes, redirects, final response and findings from the chain', () => {
    const r = result([
      hop('http://a.test/', { statusCode: 301, redirectUrl: 'http://a.test/b' }),
      hop('http://a.test/b', { statusCode: 302, redirectUrl: 'http://a.test/c' }),
      hop('http://a.test/c', { statusCode: 404 }),
    ]);
    expect(chainCodes(r.chain)).toBe('301 → 302 → 404');
    expect(redirectCount(r.chain)).toBe(2);
    expect(finalResponse(r)?.statusCode).toBe(404);
    expect(isBroken(r)).toBe(true);
    expect(r.findings.map((f) => f.kind)).toContain('final-not-2xx');
  });

  it('shows a failed hop as ✕, without inventing a final status', () => {
    const r = result([hop('http://a.test/', { error: 'net::ERR_CONNECTION_REFUSED', madeBy: undefined as never })]);
    expect(chainCodes(r.chain)).toBe('✕');
    expect(finalResponse(r)).toBeUndefined();
    expect(endHop(r)?.error).toBe('net::ERR_CONNECTION_REFUSED');
    expect(isBroken(r)).toBe(true);
  });

  it('is not broken before it is done, nor when it ends on a 2xx', () => {
    expect(isBroken({ ...newCheckResult('http://a.test/', 1), state: 'running' })).toBe(false);
    expect(isBroken(result([hop('http://a.test/', { statusCode: 200 })]))).toBe(false);
  });

  it('says why the check, not the server, left it without a response', () => {
    expect(checkNote(result([], { failure: 'timeout' }), ENGLISH)).toMatch(/time allowed/);
    expect(checkNote(result([], { failure: 'not-observed' }), ENGLISH)).toMatch(/reported nothing/);
    expect(checkNote({ ...newCheckResult('http://a.test/', 1), state: 'skipped', skipped: 'host-failing' }, ENGLISH)).toMatch(/failed too many times/);
    expect(checkNote(result([hop('http://a.test/', { statusCode: 200 })]), ENGLISH)).toBeUndefined();
  });
});
