import { describe, expect, it } from 'vitest';
import type { Hop } from '../capture/capture-state';
import { newCheckResult, refreshFindings, type CheckResult } from '../checker/check-result';
import { ENGLISH } from '../i18n/english-i18n';
import { exportChecks, type CheckExportFormat } from './export-checks';
import { CHECK_COLUMNS, MAP_COLUMNS } from './format-check-rows';

function hop(url: string, statusCode: number, redirectUrl?: string): Hop {
  return { url, method: 'GET', timing: {}, madeBy: 'server', statusCode, ...(redirectUrl === undefined ? {} : { redirectUrl }) };
}

/** A checked row of a redirect map: the old URL, what the map expects, and the chain the browser followed. */
function row(line: number, from: string, expected: CheckResult['expected'], chain: Hop[], fields: Partial<CheckResult> = {}): CheckResult {
  const r: CheckResult = { ...newCheckResult(from, line), state: 'done', chain, ...(expected === undefined ? {} : { expected }), ...fields };
  refreshFindings(r);
  return r;
}

const right = row(2, 'https://a.test/old', { to: 'https://a.test/new', expectedCode: 301 }, [
  hop('https://a.test/old', 301, 'https://a.test/new'),
  hop('https://a.test/new', 200),
]);
const temporary = row(3, 'https://a.test/tmp', { to: 'https://a.test/new' }, [
  hop('https://a.test/tmp', 302, 'https://a.test/new'),
  hop('https://a.test/new', 200),
]);
/** Sent elsewhere; the target carries a secret, which the sentence quotes. */
const wrongTarget = row(4, 'https://a.test/moved', { to: 'https://a.test/want?token=t0p' }, [
  hop('https://a.test/moved', 301, 'https://a.test/other?sessionid=s3ss'),
  hop('https://a.test/other?sessionid=s3ss', 200),
]);
/** Never asked (the run was stopped): no verdict, as on the page. */
const skipped: CheckResult = { ...newCheckResult('https://a.test/late', 5), state: 'skipped', skipped: 'stopped', expected: { to: 'https://a.test/later' } };

const MAP = [right, temporary, wrongTarget, skipped];
const FORMATS: readonly CheckExportFormat[] = ['csv', 'tsv', 'json', 'markdown'];

interface JsonResult {
  expectedUrl: string | null;
  expectedStatus: number | null;
  verdict: string | null;
  verdictSentence: string | null;
}

describe('exportChecks of a redirect map', () => {
  it('CSV: each row’s expected URL and code, its verdict as a token and its sentence, after the usual columns', () => {
    const lines = exportChecks(MAP, 'csv', ENGLISH).split('\r\n');
    expect(lines[0]).toBe([...CHECK_COLUMNS, ...MAP_COLUMNS].join(','));
    expect(lines[1]).toMatch(/,https:\/\/a\.test\/new,301,right,Redirects with 301 to the expected target\.$/);
    expect(lines[2]).toMatch(/,https:\/\/a\.test\/new,,temporary-not-permanent,"Right target, but 302 is temporary: 301 or 308 \(permanent\) was expected\."$/);
    // The sentence's URLs are redacted like every other; the sentence's own comma and full stop are kept.
    expect(lines[3]).toMatch(/,wrong-target,"Ends at https:\/\/a\.test\/other\?sessionid=\[redacted\], not at https:\/\/a\.test\/want\?token=\[redacted\]\."$/);
    expect(lines[3]).not.toMatch(/s3ss|t0p/);
    expect(lines[4]).toMatch(/,https:\/\/a\.test\/later,,,$/);
    expect(lines).toHaveLength(MAP.length + 2);
  });

  it('TSV: the same cells, one per column', () => {
    const rows = exportChecks(MAP, 'tsv', ENGLISH)
      .split('\n')
      .slice(0, -1)
      .map((l) => l.split('\t'));
    const width = CHECK_COLUMNS.length + MAP_COLUMNS.length;
    for (const r of rows) expect(r).toHaveLength(width);
    expect(rows.map((r) => r.slice(CHECK_COLUMNS.length, CHECK_COLUMNS.length + 3))).toEqual([
      ['Expected URL', 'Expected status', 'Verdict'],
      ['https://a.test/new', '301', 'right'],
      ['https://a.test/new', '', 'temporary-not-permanent'],
      ['https://a.test/want?token=[redacted]', '', 'wrong-target'],
      ['https://a.test/later', '', ''],
    ]);
  });

  it('JSON: expectedUrl, expectedStatus, verdict and verdictSentence on every result, null where there is none', () => {
    const json = JSON.parse(exportChecks([...MAP, row(9, 'https://b.test/', undefined, [hop('https://b.test/', 200)])], 'json', ENGLISH)) as {
      format: string;
      results: JsonResult[];
    };
    expect(json.format).toBe('status-inspector-check/1');
    expect(json.results.map((r) => [r.expectedUrl, r.expectedStatus, r.verdict])).toEqual([
      ['https://a.test/new', 301, 'right'],
      ['https://a.test/new', null, 'temporary-not-permanent'],
      ['https://a.test/want?token=[redacted]', null, 'wrong-target'],
      ['https://a.test/later', null, null],
      [null, null, null],
    ]);
    expect(json.results[0]?.verdictSentence).toBe('Redirects with 301 to the expected target.');
    expect(json.results[3]?.verdictSentence).toBeNull();
  });

  it('Markdown: the verdict’s name in the interface’s language, and its sentence', () => {
    const md = exportChecks(MAP, 'markdown', ENGLISH);
    expect(md).toContain('| Expected URL | Expected code | Verdict | Why |');
    expect(md).toContain('| https://a.test/new | 301 | Right | Redirects with 301 to the expected target. |');
    expect(md).toContain('| Temporary, not permanent | Right target, but 302 is temporary');
    expect(md).not.toContain('temporary-not-permanent');
  });

  it('judges on the chain as the browser reported it: a target differing only by a secret is still the wrong one', () => {
    // Redacted, both URLs read "?token=[redacted]": judged after redaction, this row would look right.
    const secretTarget = row(6, 'https://a.test/s', { to: 'https://a.test/next?token=two' }, [
      hop('https://a.test/s', 301, 'https://a.test/next?token=one'),
      hop('https://a.test/next?token=one', 200),
    ]);
    for (const format of FORMATS) {
      const out = exportChecks([secretTarget], format, ENGLISH);
      expect(out, format).not.toMatch(/token=(one|two)/);
      expect(out, format).toMatch(format === 'markdown' ? /Wrong target/ : /wrong-target/);
    }
    expect(exportChecks([secretTarget], 'csv', ENGLISH, { redact: false })).toContain('not at https://a.test/next?token=two.');
  });

  it.each(FORMATS)('%s: a formula or markup where the target goes stays text, and damaged rows give no verdict and no crash', (format) => {
    const hostile = row(7, 'https://a.test/h', { to: '=HYPERLINK("https://evil.test")|<img src=x onerror=alert(1)>' }, [hop('https://a.test/h', 200)]);
    const damaged = [
      { ...right, expected: { to: 5 } },
      { ...right, chain: [{ url: 'https://a.test/old', madeBy: 7 }] },
      { ...right, expected: { to: 'https://a.test/new', expectedCode: '301' } },
    ] as unknown as CheckResult[];
    const out = exportChecks([hostile, ...damaged], format, ENGLISH);
    expect(out).not.toMatch(/[,\t]=HYPERLINK/);
    if (format === 'markdown') expect(out).not.toContain('<img');
    expect(out).toMatch(format === 'markdown' ? /Wrong target/ : /wrong-target/);
    // Only the hostile row was judged: the damaged ones print without a verdict.
    expect(out.match(format === 'markdown' ? /\| Right \|/g : /right/g)).toBeNull();
  });
});
