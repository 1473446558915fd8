import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseCsv } from './parse-csv';

const fieldsOf = (text: string): string[][] => parseCsv(text, { maxRows: 1000 }).rows.map((r) => r.fields);

describe('detectDelimiter', () => {
  it('finds comma, semicolon and tab', () => {
    expect(detectDelimiter('old,new\nhttps://a.example/1,https://a.example/2\n')).toBe(',');
    expect(detectDelimiter('old;new;code\nhttps://a.example/1;https://a.example/2;301\n')).toBe(';');
    expect(detectDelimiter('old\tnew\nhttps://a.example/1\thttps://a.example/2\n')).toBe('\t');
  });

  it('is not misled by delimiters inside quotes or inside URLs', () => {
    expect(detectDelimiter('"a;b;c",x\n"d;e;f",y\n')).toBe(',');
    // One URL holds a comma; the semicolon is on every line once.
    expect(detectDelimiter('https://a.example/a,b;https://a.example/\nhttps://a.example/c;https://a.example/d\n')).toBe(';');
  });

  it('calls a one-column text comma-separated', () => {
    expect(detectDelimiter('https://a.example/\nhttps://b.example/\n')).toBe(',');
    expect(detectDelimiter('')).toBe(',');
  });
});

describe('parseCsv', () => {
  it('reads quoted fields, doubled quotes and line breaks inside quotes', () => {
    expect(fieldsOf('a,"b,c","say ""hi"""\n"multi\nline",x\n')).toEqual([
      ['a', 'b,c', 'say "hi"'],
      ['multi\nline', 'x'],
    ]);
  });

  it('reads CRLF, LF and CR line endings alike and skips blank lines', () => {
    expect(fieldsOf('a,b\r\nc,d\n\n\re,f\r')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
    ]);
  });

  it('gives each row the line it starts on, counting line breaks inside quotes', () => {
    const { rows } = parseCsv('a,"x\r\ny"\n\nb,c\n', { maxRows: 10 });
    expect(rows.map((r) => r.line)).toEqual([1, 4]);
  });

  it('keeps empty fields and a missing last field', () => {
    expect(fieldsOf('a,,c\nd,\n')).toEqual([
      ['a', '', 'c'],
      ['d', ''],
    ]);
  });

  it('drops a leading byte order mark', () => {
    expect(fieldsOf('\uFEFFurl\nhttps://a.example/')).toEqual([['url'], ['https://a.example/']]);
  });

  it('reports an unterminated quote with the line it opened on, and reads the rest into the field', () => {
    const parsed = parseCsv('a,b\n"c,d\ne,f\n', { maxRows: 10 });
    expect(parsed.unterminatedQuoteLine).toBe(2);
    expect(parsed.rows).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['c,d\ne,f\n'] },
    ]);
  });

  it('stops at the row cap and counts what it left', () => {
    const text = Array.from({ length: 25 }, (_, i) => `https://a.example/${i}`).join('\n');
    const parsed = parseCsv(text, { maxRows: 10 });
    expect(parsed.rows).toHaveLength(10);
    expect(parsed.droppedRows).toBe(15);
  });

  it('uses a delimiter it is given', () => {
    expect(parseCsv('a;b,c', { maxRows: 5, delimiter: ',' }).rows[0]?.fields).toEqual(['a;b', 'c']);
  });

  it('reads 100,000 rows quickly', () => {
    const text = Array.from({ length: 100_000 }, (_, i) => `https://a.example/${i},https://b.example/${i},301`).join('\r\n');
    const parsed = parseCsv(text, { maxRows: 100_000 });
    expect(parsed.rows).toHaveLength(100_000);
    expect(parsed.rows[99_999]).toEqual({ line: 100_000, fields: ['https://a.example/99999', 'https://b.example/99999', '301'] });
  });
});
