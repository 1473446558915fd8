import { describe, expect, it } from 'vitest';
import { escapeMarkdown, exportLoad } from './index';
import { HOSTILE_URL, hostileLoad, redirectChainLoad } from './fixtures/page-loads';
import { ENGLISH } from '../i18n/english-i18n';

/** The cells of a GFM table row, split the way GFM does: on pipes not escaped by a backslash. */
function cells(row: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < row.length; i++) {
    const ch = row.charAt(i);
    if (ch === '\\' && i + 1 < row.length) {
      current += ch + row.charAt(i + 1);
      i++;
    } else if (ch === '|') {
      parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  parts.push(current);
  return parts.slice(1, -1).map((c) => c.trim());
}

function tableAfter(md: string, heading: string): string[] {
  const lines = md.split('\n');
  const start = lines.indexOf(heading);
  const rows: string[] = [];
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.startsWith('|')) rows.push(line);
    else if (rows.length > 0) break;
  }
  return rows;
}

describe('markdown export', () => {
  const md = exportLoad(redirectChainLoad(), 'markdown', ENGLISH);

  it('has the chain table with the agreed columns, one row per hop', () => {
    const rows = tableAfter(md, '## Redirect chain');
    expect(cells(rows[0] ?? '')).toEqual(['#', 'Status', 'Phrase', 'URL', 'Made by', 'Redirects to']);
    expect(rows[1]).toBe('|---|---|---|---|---|---|');
    expect(rows.slice(2).map((r) => cells(r).slice(0, 3))).toEqual([
      ['1', '301', 'Moved Permanently'],
      ['2', '302', 'Found'],
      ['3', '200', 'OK'],
    ]);
    expect(cells(rows[3] ?? '')[5]).toBe('https://www.example.com/ (temporary)');
  });

  it("lists each hop's facts (who answered, address, time, HTTP version) under the table", () => {
    const section = md.slice(md.indexOf('### Hop facts'), md.indexOf('## Findings'));
    expect(section).toMatch(/^- \*\*Hop 3:\*\* Server\/CDN Cloudflare, nginx · IP 104\.16\.132\.229 · 120 ms · HTTP\/1\.1$/m);
  });

  it('has the failing sub-resources table', () => {
    const rows = tableAfter(md, '## Failing sub-resources');
    expect(cells(rows[0] ?? '')).toEqual(['Status', 'Phrase', 'Type', 'URL']);
    expect(rows).toHaveLength(2 + 6);
    expect(cells(rows[2] ?? '')).toEqual(['404', 'Not Found', 'script', 'https://www.example.com/missing.js']);
  });

  it('keeps a hostile URL inside its cell: every row of the chain has exactly six cells', () => {
    const hostile = exportLoad(hostileLoad(), 'markdown', ENGLISH);
    const rows = tableAfter(hostile, '## Redirect chain');
    expect(rows).toHaveLength(4);
    for (const row of rows) expect(cells(row)).toHaveLength(6);
    for (const row of tableAfter(hostile, '## Failing sub-resources')) expect(cells(row)).toHaveLength(4);
  });

  it('escapes pipes, backticks, emphasis, brackets and HTML so nothing renders as markup or a link', () => {
    const hostile = exportLoad(hostileLoad(), 'markdown', ENGLISH);
    expect(hostile).toContain('x\\|y');
    expect(hostile).toContain('\\`id\\`');
    expect(hostile).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(hostile).toContain('\\[click\\](javascript:alert(1))');
    expect(hostile).toContain('\\*bold\\*\\_u\\_');
    expect(hostile).not.toContain('<script>');
    expect(hostile).not.toMatch(/[^\\]\[click\]/);
    // The newline in the second hop's URL did not start a new row.
    expect(hostile).not.toMatch(/^\| injected/m);
    expect(hostile).not.toContain('\u0000');
    expect(hostile).toContain('\u202e'); // Unicode is kept
    expect(HOSTILE_URL).toContain('|');
  });

  it('escapes a trailing backslash so it cannot escape the closing pipe', () => {
    expect(escapeMarkdown('a\\')).toBe('a\\\\');
    expect(escapeMarkdown('a|b\nc')).toBe('a\\|b c');
    expect(escapeMarkdown('x & <y>')).toBe('x &amp; &lt;y&gt;');
  });
});
