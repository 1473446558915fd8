/**
 * The readers on generated input: whatever the text, they never throw; a CSV written with quotes reads
 * back field for field; a sitemap reads the same however its bytes are cut into chunks.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readUrlList } from './check-input';
import { pageLinks } from './page-links';
import { parseCsv, type CsvDelimiter } from './parse-csv';
import { readRedirectMap } from './redirect-map';
import { SitemapReader } from './sitemap-reader';

const RUNS = 200;

/** Text biased towards the characters the readers care about. */
const hostileText = fc
  .array(
    fc.oneof(
      fc.string(),
      fc.constantFrom(
        '<',
        '>',
        '&',
        '"',
        ',',
        ';',
        '\t',
        '\r\n',
        '\n',
        '\r',
        '<![CDATA[',
        ']]>',
        '<!--',
        '-->',
        '<url>',
        '<loc>',
        '</loc>',
        '&amp;',
        '\uFEFF',
        'https://a.example/',
      ),
    ),
    {
      maxLength: 40,
    },
  )
  .map((parts) => parts.join(''));

describe('the checker’s readers on any text (property)', () => {
  it('never throw', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        readUrlList(text, 'lines');
        readUrlList(text, 'csv');
        readRedirectMap(text);
        pageLinks([{ tag: 'a', href: text, text }], 'https://a.example/');
        const reader = new SitemapReader();
        reader.push(text);
        reader.finish();
      }),
      { numRuns: RUNS },
    );
  });

  it('read back a quoted CSV field for field', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '"', ',', ';', '\t', '\n', '\r\n', 'é') });
    const rows = fc.array(fc.array(field, { minLength: 2, maxLength: 4 }), { maxLength: 10 });
    fc.assert(
      fc.property(rows, fc.constantFrom<CsvDelimiter>(',', ';', '\t'), (table, delimiter) => {
        const text = table.map((row) => row.map((f) => `"${f.replaceAll('"', '""')}"`).join(delimiter)).join('\r\n');
        expect(parseCsv(text, { maxRows: 100, delimiter }).rows.map((r) => r.fields)).toEqual(table);
      }),
      { numRuns: RUNS },
    );
  });

  it('read a sitemap the same in any chunks', () => {
    const loc = fc.string({ unit: fc.constantFrom('a', '/', '?', '&', '<', '>', '"', "'", 'é', ']', '-'), minLength: 1 }).map((s) => `https://a.example/${s}`);
    const written = fc.tuple(loc, fc.boolean()).map(([url, cdata]) => ({
      url,
      xml: cdata && !url.includes(']]>') ? `<![CDATA[${url}]]>` : url.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;'),
    }));
    fc.assert(
      fc.property(fc.array(written, { maxLength: 8 }), fc.array(fc.nat(), { maxLength: 10 }), (entries, cuts) => {
        const xml = `<?xml version="1.0"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><!-- x -->${entries
          .map((e) => `<url><loc>${e.xml}</loc></url>`)
          .join('\n')}</urlset>`;
        const points = [...new Set(cuts.map((c) => c % (xml.length + 1)))].sort((a, b) => a - b);
        const reader = new SitemapReader();
        let from = 0;
        for (const point of [...points, xml.length]) {
          reader.push(xml.slice(from, point));
          from = point;
        }
        expect(reader.finish()).toEqual({
          ok: true,
          sitemap: { kind: 'urlset', urls: entries.map((e) => e.url), sitemaps: [], problems: [], complete: true },
        });
      }),
      { numRuns: RUNS },
    );
  });
});
