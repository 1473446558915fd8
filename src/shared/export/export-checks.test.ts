import { describe, expect, it } from 'vitest';
import type { Hop } from '../capture/capture-state';
import { newCheckResult, refreshFindings, type CheckResult } from '../checker/check-result';
import { ENGLISH } from '../i18n/english-i18n';
import { checkExportFileName, exportChecks, type CheckExportFormat } from './export-checks';
import { CHECK_COLUMNS, RETRY_COLUMNS } from './format-check-rows';

function checked(url: string, chain: Hop[], fields: Partial<CheckResult> = {}): CheckResult {
  const r: CheckResult = { ...newCheckResult(url, 3), state: 'done', chain, ...fields };
  refreshFindings(r);
  return r;
}

const moved = checked(
  'https://a.test/old',
  [
    { url: 'https://a.test/old', method: 'GET', timing: {}, madeBy: 'server', statusCode: 301, redirectUrl: 'https://a.test/new' },
    {
      url: 'https://a.test/new',
      method: 'GET',
      timing: { start: 1000, end: 1120 },
      madeBy: 'server',
      statusCode: 404,
      ip: '192.0.2.1',
      explanation: { code: '404', phrase: 'Not Found' },
      vendors: [{ id: 'nginx', name: 'nginx' }],
    },
  ],
  { ms: 120 },
);

/** A server that puts a formula, Markdown, HTML, a line break and secrets where it can. */
const hostile = checked(
  'https://user:pw@a.test/?token=abc&q=1',
  [
    {
      url: 'https://user:pw@a.test/?token=abc&q=1',
      method: 'GET',
      timing: {},
      madeBy: 'server',
      statusCode: 302,
      statusLine: 'HTTP/1.1 302 =HYPERLINK("x"), "quoted"',
      redirectUrl: 'https://a.test/next?sessionid=s3cr3t',
      headers: [
        { name: 'Location', value: 'https://a.test/next?sessionid=s3cr3t' },
        { name: 'Set-Cookie', value: 'sid=cookie-value' },
      ],
      vendors: [{ id: 'php', name: 'PHP', proof: 'set-cookie: PHPSESSID=cookie-value' }],
    },
    {
      url: 'https://a.test/next?sessionid=s3cr3t',
      method: 'GET',
      timing: {},
      madeBy: 'server',
      statusCode: 500,
      statusLine: 'HTTP/1.1 500 <img src=x onerror=alert(1)> | [x](javascript:alert(1))\nInjected: row',
    },
  ],
  { line: 7 },
);

const FORMATS: readonly CheckExportFormat[] = ['csv', 'tsv', 'json', 'markdown'];
const SECRETS = ['abc', 'user:pw', 's3cr3t', 'cookie-value'];

describe('exportChecks', () => {
  it('CSV: a header and one row per URL, with the chain’s codes and meaning', () => {
    const [header, row, end] = exportChecks([moved], 'csv', ENGLISH).split('\r\n');
    expect(header).toBe(CHECK_COLUMNS.join(','));
    expect(row).toBe('3,https://a.test/old,404,Not Found,https://a.test/new,301 → 404,1,nginx,Ends in an error,192.0.2.1,120,');
    expect(end).toBe('');
  });

  it('CSV: quotes commas and quotes, keeps formulas as text, one line per URL', () => {
    const lines = exportChecks([hostile], 'csv', ENGLISH).split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain('https://[redacted]@a.test/?token=[redacted]&q=1');
    expect(lines[1]).not.toMatch(/,=/);
  });

  it('TSV: the same columns, tab-separated; a formula stays text and no value adds a row or a column', () => {
    const lines = exportChecks([moved, hostile], 'tsv', ENGLISH).split('\n');
    expect(lines[0]).toBe(CHECK_COLUMNS.join('\t'));
    expect(lines[1]?.split('\t')).toEqual([
      '3',
      'https://a.test/old',
      '404',
      'Not Found',
      'https://a.test/new',
      '301 → 404',
      '1',
      'nginx',
      'Ends in an error',
      '192.0.2.1',
      '120',
      '',
    ]);
    expect(lines).toHaveLength(4);
    for (const line of lines.slice(1, 3)) expect(line.split('\t')).toHaveLength(CHECK_COLUMNS.length);
  });

  it('Markdown: a table whose hostile cells stay text (no HTML, no link, no extra cell or row)', () => {
    const md = exportChecks([moved, hostile], 'markdown', ENGLISH);
    expect(md).toMatch(/^# Status Inspector link check\n/);
    expect(md).toContain('- **URLs:** 2, 2 broken');
    expect(md).toContain('- **Redaction:** on');
    const rows = md.split('\n').filter((l) => l.startsWith('| '));
    expect(rows).toHaveLength(3);
    expect(rows[1]).toContain('| 3 | https://a.test/old | 404 | Not Found |');
    expect(md).not.toContain('<img');
    expect(md).toContain('\\[x\\](javascript');
    expect(md).not.toMatch(/(?<!\\)\]\(javascript/);
    // Every row has the header's number of cells: no '|' from a value splits one.
    for (const row of rows) expect(row.split(/(?<!\\)\|/).length).toBe(CHECK_COLUMNS.length + 2);
  });

  it('JSON: status-inspector-check/1, every key present, hops in the load export’s shape', () => {
    const json = JSON.parse(exportChecks([moved, hostile, checked('https://b.test/', [], { failure: 'timeout', line: 9 })], 'json', ENGLISH)) as {
      format: string;
      redacted: boolean;
      results: Record<string, unknown>[];
    };
    expect(json.format).toBe('status-inspector-check/1');
    expect(json.redacted).toBe(true);
    expect(json.results[0]).toMatchObject({
      line: 3,
      url: 'https://a.test/old',
      state: 'done',
      finalStatus: 404,
      phrase: 'Not Found',
      finalUrl: 'https://a.test/new',
      redirects: 1,
      answeredBy: 'nginx',
      ip: '192.0.2.1',
      ms: 120,
      droppedHops: 0,
    });
    const chain = json.results[0]?.['chain'] as Record<string, unknown>[];
    expect(chain.map((h) => [h['hop'], h['statusCode'], h['redirectType']])).toEqual([
      [1, 301, 'permanent'],
      [2, 404, null],
    ]);
    expect(chain[1]).toMatchObject({ timing: { start: 1000, end: 1120, durationMs: 120 }, vendors: [{ id: 'nginx', name: 'nginx' }] });
    expect(json.results[0]?.['findings']).toEqual([expect.objectContaining({ kind: 'final-not-2xx', hops: [2] })]);
    // Never an invented status: a timeout has none, and says why.
    expect(json.results[2]).toMatchObject({
      finalStatus: null,
      phrase: null,
      failure: 'timeout',
      note: expect.stringMatching(/time allowed/) as unknown,
      chain: [],
    });
  });

  it.each(FORMATS)('%s: cookies, credentials and secret parameters are redacted, and kept only when asked', (format) => {
    const redacted = exportChecks([hostile], format, ENGLISH);
    for (const secret of SECRETS) expect(redacted).not.toContain(secret);
    expect(redacted).toContain('[redacted]');
    const open = exportChecks([hostile], format, ENGLISH, { redact: false });
    expect(open).toContain('token=abc');
    expect(open).toContain('s3cr3t');
  });

  it.each(FORMATS)('%s: never throws on damaged results, and prints what it can', (format) => {
    const damaged = [null, 42, { url: 7, chain: 'no', findings: [null] }, { url: 'https://c.test/\u0000x', line: -3, chain: [{ statusCode: 9999 }] }];
    const out = exportChecks(damaged as unknown as CheckResult[], format, ENGLISH);
    expect(out).toContain('https://c.test/x');
    expect(out).not.toContain('9999');
    expect(out).not.toContain('\u0000');
  });

  it('a retried URL: CSV and TSV add its first status, the Retry-After it gave and when the retry went; never for a URL asked once', () => {
    const retriedAt = Date.UTC(2026, 11, 5, 10, 0, 2);
    const retried = checked('https://a.test/busy', [{ url: 'https://a.test/busy', method: 'GET', timing: {}, madeBy: 'server', statusCode: 200 }], {
      retried: { firstStatus: 429, retryAfter: '2', retriedAt },
    });
    // Stopped before the second request went: no time is made up for it.
    const cut = checked('https://b.test/busy', [{ url: 'https://b.test/busy', method: 'GET', timing: {}, madeBy: 'server', statusCode: 503 }], {
      state: 'skipped',
      skipped: 'stopped',
      retried: { firstStatus: 503, retryAfter: 'Sat, 05 Dec 2026 10:05:00 GMT' },
    });
    const csv = exportChecks([moved, retried, cut], 'csv', ENGLISH).split('\r\n');
    expect(csv[0]).toBe([...CHECK_COLUMNS, ...RETRY_COLUMNS].join(','));
    expect(csv[1]?.endsWith(',120,,,,')).toBe(true);
    expect(csv[2]).toMatch(/,429,2,2026-12-05T10:00:02\.000Z$/);
    expect(csv[3]).toMatch(/,503,"Sat, 05 Dec 2026 10:05:00 GMT",$/);
    const tsv = exportChecks([retried], 'tsv', ENGLISH).split('\n');
    expect(tsv[1]?.split('\t').slice(-3)).toEqual(['429', '2', '2026-12-05T10:00:02.000Z']);
    // A run where no URL was retried has the columns it always had.
    expect(exportChecks([moved], 'csv', ENGLISH).split('\r\n')[0]).toBe(CHECK_COLUMNS.join(','));
  });

  it('JSON: `retried` holds the first answer, `null` for a URL asked once; a damaged one is dropped, never half kept', () => {
    const retried = checked('https://a.test/busy', [{ url: 'https://a.test/busy', method: 'GET', timing: {}, madeBy: 'server', statusCode: 200 }], {
      retried: { firstStatus: 503, retryAfter: '1', retriedAt: 1_700_000_000_000 },
    });
    const damaged = { ...moved, retried: { firstStatus: 9999, retryAfter: '1' } } as unknown as CheckResult;
    const json = JSON.parse(exportChecks([retried, moved, damaged], 'json', ENGLISH)) as { results: Record<string, unknown>[] };
    expect(json.results.map((r) => r['retried'])).toEqual([{ firstStatus: 503, retryAfter: '1', retriedAt: 1_700_000_000_000 }, null, null]);
    expect(json.results[0]).toMatchObject({ finalStatus: 200 });
  });

  it('Markdown: the retry’s columns, headed in the interface’s language', () => {
    const retried = checked('https://a.test/busy', [{ url: 'https://a.test/busy', method: 'GET', timing: {}, madeBy: 'server', statusCode: 200 }], {
      retried: { firstStatus: 429, retryAfter: '2', retriedAt: Date.UTC(2026, 11, 5, 10, 0, 2) },
    });
    const md = exportChecks([retried], 'markdown', ENGLISH);
    expect(md).toContain('| First status | Retry-After | Retried at |');
    expect(md).toContain('| 429 | 2 | 2026-12-05T10:00:02.000Z |');
  });

  it('names the file by the time only', () => {
    expect(checkExportFileName('markdown', new Date(Date.UTC(2026, 11, 5, 10, 0, 0, 123)))).toBe('status-inspector-check-2026-12-05T10-00-00Z.md');
  });
});
