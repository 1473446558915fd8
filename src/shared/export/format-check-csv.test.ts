import { describe, expect, it } from 'vitest';
import type { Hop } from '../capture/capture-state';
import { newCheckResult, refreshFindings, type CheckResult } from '../checker/check-result';
import { CHECK_CSV_COLUMNS, formatCheckCsv } from './format-check-csv';

function checked(url: string, chain: Hop[], fields: Partial<CheckResult> = {}): CheckResult {
  const r: CheckResult = { ...newCheckResult(url, 3), state: 'done', chain, ...fields };
  refreshFindings(r);
  return r;
}

describe('formatCheckCsv', () => {
  it('writes a header and one row per URL, with the chain’s codes and meaning', () => {
    const csv = formatCheckCsv([
      checked(
        'https://a.test/old',
        [
          { url: 'https://a.test/old', method: 'GET', timing: {}, madeBy: 'server', statusCode: 301, redirectUrl: 'https://a.test/new' },
          {
            url: 'https://a.test/new',
            method: 'GET',
            timing: {},
            madeBy: 'server',
            statusCode: 404,
            ip: '192.0.2.1',
            explanation: { code: '404', phrase: 'Not Found' },
            vendors: [{ id: 'nginx', name: 'nginx' }],
          },
        ],
        { ms: 120 },
      ),
    ]);
    const [header, row, end] = csv.split('\r\n');
    expect(header).toBe(CHECK_CSV_COLUMNS.join(','));
    expect(row).toBe('3,https://a.test/old,404,Not Found,https://a.test/new,301 → 404,1,nginx,Ends in an error,192.0.2.1,120,');
    expect(end).toBe('');
  });

  it('quotes commas and quotes, keeps formulas as text, and redacts secrets unless told not to', () => {
    const hostile = checked('https://a.test/?token=abc&q=1', [
      { url: 'https://a.test/?token=abc&q=1', method: 'GET', timing: {}, madeBy: 'server', statusCode: 500, statusLine: '500 =HYPERLINK("x"), "quoted"' },
    ]);
    const row = formatCheckCsv([hostile]).split('\r\n')[1] ?? '';
    expect(row).toContain('https://a.test/?token=[redacted]&q=1');
    expect(row).toContain(`"'=HYPERLINK(""x""), ""quoted"""`);
    expect(formatCheckCsv([hostile], { redact: false })).toContain('token=abc');
  });

  it('says why a URL has no response', () => {
    const row = formatCheckCsv([checked('https://a.test/', [], { failure: 'timeout' })]).split('\r\n')[1] ?? '';
    expect(row).toMatch(/time allowed.*,timeout$/);
  });
});
