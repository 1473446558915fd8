import { describe, expect, it } from 'vitest';
import { exportLoad, TSV_COLUMNS, tsvCell } from './index';
import { bfcacheLoad, hostileLoad, hstsLoad, metaRefreshLoad, redirectChainLoad } from './fixtures/page-loads';
import { ENGLISH } from '../i18n/english-i18n';

function table(tsv: string): string[][] {
  expect(tsv.endsWith('\n')).toBe(true);
  return tsv
    .slice(0, -1)
    .split('\n')
    .map((line) => line.split('\t'));
}

describe('TSV export', () => {
  it('has the header row, then one row per hop with the right codes', () => {
    const rows = table(exportLoad(redirectChainLoad(), 'tsv', ENGLISH));
    expect(rows[0]).toEqual([...TSV_COLUMNS]);
    expect(rows[0]).toEqual([
      'Hop',
      'Status code',
      'Status text',
      'URL',
      'Redirect to',
      'Redirect type',
      'Made by',
      'Server/CDN',
      'IP',
      'From cache',
      'Time (ms)',
      'HTTP version',
    ]);
    expect(rows).toHaveLength(4);
    expect(rows.slice(1).map((r) => [r[0], r[1], r[2], r[5]])).toEqual([
      ['1', '301', 'Moved Permanently', 'permanent'],
      ['2', '302', 'Found', 'temporary'],
      ['3', '200', 'OK', ''],
    ]);
    expect(rows[3]).toEqual(['3', '200', 'OK', 'https://www.example.com/', '', '', 'server', 'Cloudflare, nginx', '104.16.132.229', 'no', '120', 'HTTP/1.1']);
  });

  it('names HSTS and client-side redirects', () => {
    const hsts = table(exportLoad(hstsLoad(), 'tsv', ENGLISH));
    expect(hsts[1]?.slice(1, 7)).toEqual(['307', 'Temporary Redirect', 'http://bank.example/', 'https://bank.example/', 'HSTS', 'browser HSTS']);
    const meta = table(exportLoad(metaRefreshLoad(), 'tsv', ENGLISH));
    expect(meta[1]?.slice(4, 7)).toEqual(['https://new.example/', 'client-side', 'meta refresh']);
  });

  it('has one "not observed" row, without a code, when nothing was observed', () => {
    const rows = table(exportLoad(bfcacheLoad(), 'tsv', ENGLISH));
    expect(rows).toHaveLength(2);
    expect(rows[1]?.[1]).toBe('');
    expect(rows[1]?.[2]).toContain('not observed — restored from the back/forward cache');
  });

  it('keeps every row at eleven columns when values hold tabs and newlines', () => {
    const rows = table(exportLoad(hostileLoad(), 'tsv', ENGLISH));
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row).toHaveLength(TSV_COLUMNS.length);
  });

  it('neutralises values that a spreadsheet would run as formulas', () => {
    const rows = table(exportLoad(hostileLoad(), 'tsv', ENGLISH));
    const first = rows[1] ?? [];
    expect(first[2]).toBe("'=cmd|' /C calc'!A0"); // status text from the server's status line
    expect(first[4]).toBe("'-2+3"); // redirect target
    expect(first[7]).toBe("'+SUM(1,2)"); // vendor name
    expect(first[8]).toBe("'@1.2.3.4"); // IP
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@]/);
  });

  it('tsvCell on its own', () => {
    expect(tsvCell('=1+1')).toBe("'=1+1");
    expect(tsvCell('+1')).toBe("'+1");
    expect(tsvCell('-1')).toBe("'-1");
    expect(tsvCell('@A1')).toBe("'@A1");
    expect(tsvCell('a\tb\r\nc')).toBe('a b  c');
    expect(tsvCell('\n=1')).toBe(' =1');
    expect(tsvCell('a=1')).toBe('a=1');
    expect(tsvCell('')).toBe('');
  });
});
