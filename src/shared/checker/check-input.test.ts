import { describe, expect, it } from 'vitest';
import { CHECKER_LIMITS } from './checker-limits';
import { inEnglish } from './in-english';
import { detectListFormat, readUrlList as readUrlListRaw, readUrlListFile as readUrlListFileRaw, urlListOf as urlListOfRaw, type UrlList } from './check-input';

// The answers as a person reads them, in English.
const readUrlList = (...args: Parameters<typeof readUrlListRaw>) => inEnglish(readUrlListRaw(...args));
const readUrlListFile = (...args: Parameters<typeof readUrlListFileRaw>) => inEnglish(readUrlListFileRaw(...args));
const urlListOf = (...args: Parameters<typeof urlListOfRaw>) => inEnglish(urlListOfRaw(...args));

const urls = (list: Pick<UrlList, 'targets'>): string[] => list.targets.map((t) => t.url);
const encode = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('readUrlList, one URL per line', () => {
  it('skips comments and blank lines, reads CRLF and a byte order mark, and keeps line numbers', () => {
    const list = readUrlList('\uFEFF# my list\r\nhttps://a.example/\r\n\r\n  https://b.example/x  \r\n', 'lines');
    expect(list.targets).toEqual([
      { url: 'https://a.example/', line: 2, count: 1 },
      { url: 'https://b.example/x', line: 4, count: 1 },
    ]);
    expect(list.refused).toEqual([]);
  });

  it('merges repeats after normalisation and counts them', () => {
    const list = readUrlList('https://a.example/\nHTTPS://A.EXAMPLE\nhttps://a.example/#top\nhttps://b.example/', 'lines');
    expect(list.targets[0]).toEqual({ url: 'https://a.example/', line: 1, count: 3 });
    expect(list.duplicates).toBe(2);
    expect(urls(list)).toEqual(['https://a.example/', 'https://b.example/']);
  });

  it('refuses bad lines with their line number and reason, and checks the rest', () => {
    const list = readUrlList('https://user:pw@a.example/\nmailto:x@a.example\nwww.a.example\nhttps://a.example/ok\nhttp://[::1\n', 'lines');
    expect(list.refused.map((r) => [r.line, r.reason])).toEqual([
      [1, 'credentials'],
      [2, 'not-http'],
      [3, 'no-scheme'],
      [5, 'malformed'],
    ]);
    expect(list.refused[0]?.input).not.toContain('pw');
    expect(urls(list)).toEqual(['https://a.example/ok']);
  });

  it('reads 100,000 lines, and reports the lines beyond the cap as not read', () => {
    const max = CHECKER_LIMITS.maxInputRows;
    const text = Array.from({ length: max + 250 }, (_, i) => `https://a.example/page/${i}`).join('\n');
    const started = performance.now();
    // The raw answer: a hundred thousand rows need no words, and the timing is the reader's alone.
    const list = readUrlListRaw(text, 'lines');
    expect(list.targets).toHaveLength(max);
    expect(list.truncated).toEqual({ by: 'rows', limit: max, dropped: 250 });
    // Not a timing assertion, a hint when it regresses badly.
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  it('does not report truncation at exactly the cap', () => {
    const text = Array.from({ length: CHECKER_LIMITS.maxInputRows }, (_, i) => `https://a.example/${i}`).join('\n');
    expect(readUrlListRaw(text, 'lines').truncated).toBeUndefined();
  });
});

describe('readUrlList, CSV', () => {
  it('finds the URL column by its header', () => {
    const list = readUrlList('Title;Address;Status\nHome;https://a.example/;200\nAbout;https://a.example/about;200\n', 'csv');
    expect(list.csv).toEqual({ delimiter: ';', column: 1, header: true });
    expect(urls(list)).toEqual(['https://a.example/', 'https://a.example/about']);
  });

  it('finds the URL column without a header, and a header it cannot name', () => {
    expect(readUrlList('x,https://a.example/1\ny,https://a.example/2', 'csv').csv).toMatchObject({ column: 1, header: false });
    const list = readUrlList('Seite\tZiel\nx\thttps://a.example/1\n', 'csv');
    expect(list.csv).toMatchObject({ delimiter: '\t', column: 1, header: true });
    expect(urls(list)).toEqual(['https://a.example/1']);
  });

  it('reads quoted URLs holding the delimiter', () => {
    expect(urls(readUrlList('url\n"https://a.example/?a=1,2"\n', 'csv'))).toEqual(['https://a.example/?a=1,2']);
  });

  it('refuses a row missing the URL column, and reads the others', () => {
    const list = readUrlList('name,url\nhome,https://a.example/\nbroken\nabout,https://a.example/about\n', 'csv');
    expect(list.refused).toEqual([{ line: 3, input: 'broken', reason: 'missing-column', message: 'No column 2 on this row.' }]);
    expect(list.targets).toHaveLength(2);
  });

  it('says where a quote was left open', () => {
    expect(readUrlList('url\nhttps://a.example/\n"https://b.example/\nhttps://c.example/\n', 'csv').csv?.unterminatedQuoteLine).toBe(3);
  });
});

describe('detectListFormat', () => {
  it('reads pasted text as lines unless it looks like a table', () => {
    expect(detectListFormat('https://a.example/\nhttps://b.example/')).toBe('lines');
    expect(detectListFormat('https://a.example/a,b\n')).toBe('lines');
    expect(detectListFormat('# list\nurl;title\nhttps://a.example/;Home')).toBe('csv');
    expect(detectListFormat('https://a.example/\tHome')).toBe('csv');
    expect(detectListFormat('')).toBe('lines');
  });
});

describe('readUrlListFile', () => {
  it('decodes a windows-1252 CSV and says so', () => {
    const bytes = new Uint8Array([...encode('title;url\nCaf'), 0xe9, ...encode(';https://a.example/caf%C3%A9\n')]);
    const list = readUrlListFile(bytes, 'csv');
    expect(list).toMatchObject({ encoding: 'windows-1252', targets: [{ url: 'https://a.example/caf%C3%A9' }] });
  });

  it('answers a spreadsheet file with what to do', () => {
    expect(readUrlListFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]), 'csv')).toEqual({ error: expect.stringContaining('save it as CSV') as unknown });
  });

  it('reads a file over the byte cap up to its last whole line, and says how much it left', () => {
    const line = 'https://a.example/' + 'x'.repeat(1000) + '\n';
    const count = Math.ceil(CHECKER_LIMITS.maxInputBytes / line.length) + 10;
    const bytes = encode(line.repeat(count));
    const list = readUrlListFile(bytes, 'lines');
    if ('error' in list) throw new Error(list.error);
    expect(list.truncated?.by).toBe('bytes');
    expect(list.truncated?.dropped).toBe(bytes.length - Math.floor(CHECKER_LIMITS.maxInputBytes / line.length) * line.length);
    expect(list.refused).toEqual([]);
  });
});

describe('urlListOf', () => {
  it('puts a sitemap’s <loc> values through the same rules, numbered by position', () => {
    const list = urlListOf(['https://a.example/', '/relative', 'https://a.example/', 'https://u:p@a.example/']);
    expect(list.targets).toEqual([{ url: 'https://a.example/', line: 1, count: 2 }]);
    expect(list.refused.map((r) => [r.line, r.reason])).toEqual([
      [2, 'malformed'],
      [4, 'credentials'],
    ]);
  });
});
