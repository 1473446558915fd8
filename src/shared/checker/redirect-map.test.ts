import { describe, expect, it } from 'vitest';
import { CHECKER_LIMITS } from './checker-limits';
import { inEnglish } from './in-english';
import { readRedirectMap as readRedirectMapRaw, readRedirectMapFile as readRedirectMapFileRaw } from './redirect-map';

// The answers as a person reads them, in English.
const readRedirectMap = (...args: Parameters<typeof readRedirectMapRaw>) => inEnglish(readRedirectMapRaw(...args));
const readRedirectMapFile = (...args: Parameters<typeof readRedirectMapFileRaw>) => inEnglish(readRedirectMapFileRaw(...args));

describe('readRedirectMap', () => {
  it('reads old URL, target and code by position, without a header', () => {
    const map = readRedirectMap('https://a.example/old,https://a.example/new,301\nhttps://a.example/x,/y\n');
    expect(map.csv).toEqual({ delimiter: ',', header: false, columns: { from: 0, to: 1, code: 2 } });
    expect(map.rows).toEqual([
      { line: 1, from: 'https://a.example/old', to: 'https://a.example/new', expectedCode: 301 },
      { line: 2, from: 'https://a.example/x', to: 'https://a.example/y' },
    ]);
  });

  it('finds the columns by their header names, in any order', () => {
    const map = readRedirectMap('Status;Target URL;Source URL\n308;https://b.example/;https://a.example/\n');
    expect(map.csv).toEqual({ delimiter: ';', header: true, columns: { from: 2, to: 1, code: 0 } });
    expect(map.rows).toEqual([{ line: 2, from: 'https://a.example/', to: 'https://b.example/', expectedCode: 308 }]);
  });

  it('takes a first row without URLs as a header it cannot name', () => {
    const map = readRedirectMap('Alte Adresse\tNeue Adresse\nhttps://a.example/alt\thttps://a.example/neu\n');
    expect(map.csv.header).toBe(true);
    expect(map.rows).toHaveLength(1);
  });

  it('refuses rows with missing columns, bad URLs, credentials or a bad code, and reads the rest', () => {
    const map = readRedirectMap(
      [
        'old,new,code',
        'https://a.example/1',
        'https://a.example/2,',
        ',https://a.example/x',
        'www.a.example/3,https://a.example/3',
        'https://a.example/4,mailto:x@a.example',
        'https://u:secret@a.example/5,https://a.example/5',
        'https://a.example/6,https://a.example/six,200',
        'https://a.example/7,https://a.example/seven,abc',
        'https://a.example/8,https://a.example/eight,302',
      ].join('\n'),
    );
    expect(map.refused.map((r) => [r.line, r.reason])).toEqual([
      [2, 'missing-column'],
      [3, 'missing-column'],
      [4, 'missing-column'],
      [5, 'no-scheme'],
      [6, 'bad-target'],
      [7, 'credentials'],
      [8, 'bad-code'],
      [9, 'bad-code'],
    ]);
    expect(map.refused[0]?.message).toBe('No expected target (column 2).');
    expect(JSON.stringify(map.refused)).not.toContain('secret');
    expect(map.rows.map((r) => r.line)).toEqual([10]);
  });

  it('merges exact duplicates and refuses a second, different mapping of the same URL', () => {
    const map = readRedirectMap(
      'https://a.example/old,https://a.example/new\nHTTPS://A.example/old#x,https://a.example/new\nhttps://a.example/old,https://a.example/other\n',
    );
    expect(map.rows).toHaveLength(1);
    expect(map.duplicates).toBe(1);
    expect(map.refused).toEqual([
      expect.objectContaining({ line: 3, reason: 'conflict', message: 'Line 1 already maps this URL to https://a.example/new: that row is checked.' }),
    ]);
  });

  it('reports rows beyond the cap', () => {
    const lines = Array.from({ length: CHECKER_LIMITS.maxInputRows + 3 }, (_, i) => `https://a.example/${i},https://b.example/${i}`);
    // The raw answer: a hundred thousand rows need no words.
    const map = readRedirectMapRaw(['old,new', ...lines].join('\n'));
    expect(map.rows).toHaveLength(CHECKER_LIMITS.maxInputRows);
    expect(map.truncated).toEqual({ limit: CHECKER_LIMITS.maxInputRows, dropped: 3 });
  });
});

describe('readRedirectMapFile', () => {
  it('decodes a windows-1252 file', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('https://a.example/caf'), 0xe9, ...new TextEncoder().encode(',https://a.example/new\n')]);
    const map = readRedirectMapFile(bytes);
    expect(map).toMatchObject({ rows: [{ from: 'https://a.example/caf%C3%A9' }] });
  });

  it('answers a binary file with what it is', () => {
    expect(readRedirectMapFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04]))).toEqual({ error: expect.stringContaining('spreadsheet') as unknown });
  });
});
