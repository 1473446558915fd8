import { describe, expect, it } from 'vitest';
import { inEnglish, type InEnglish } from './in-english';
import { SitemapReader, type SitemapReading } from './sitemap-reader';

/** The reading, its phrases in English as a person reads them. */
function read(text: string, chunkSize = text.length || 1): InEnglish<SitemapReading> {
  const reader = new SitemapReader();
  for (let i = 0; i < text.length; i += chunkSize) reader.push(text.slice(i, i + chunkSize));
  return inEnglish(reader.finish());
}

function sitemapOf(text: string): { urls: string[]; sitemaps: string[]; problems: string[]; complete: boolean; kind: string } {
  const reading = read(text);
  if (!reading.ok) throw new Error(reading.message);
  return reading.sitemap;
}

const URLSET = `<?xml version="1.0" encoding="UTF-8"?>
<!-- generated -->
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">
  <url>
    <loc> https://a.example/?a=1&amp;b=2 </loc>
    <lastmod>2024-01-01</lastmod>
    <image:image><image:loc>https://a.example/photo.jpg</image:loc></image:image>
  </url>
  <url><loc><![CDATA[https://a.example/x?y=<1>&z]]></loc></url>
  <url><loc>https://a.example/caf&#xE9;/&#233;</loc></url>
</urlset>
`;

describe('SitemapReader', () => {
  it('reads the <loc> of each <url>, with entities, CDATA and whitespace, and not the image locs', () => {
    expect(sitemapOf(URLSET)).toEqual({
      kind: 'urlset',
      urls: ['https://a.example/?a=1&b=2', 'https://a.example/x?y=<1>&z', 'https://a.example/café/é'],
      sitemaps: [],
      problems: [],
      complete: true,
    });
  });

  it('reads the same in chunks of any size, even split inside tags, entities and CDATA markers', () => {
    const whole = sitemapOf(URLSET);
    for (const size of [1, 2, 3, 5, 7, 13]) expect(read(URLSET, size)).toEqual({ ok: true, sitemap: whole });
  });

  it('reads a sitemap index into child sitemaps', () => {
    const index = `\uFEFF<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
      <sitemap><loc>https://a.example/s1.xml</loc><lastmod>2024-01-01</lastmod></sitemap>
      <sitemap><loc>https://a.example/s2.xml.gz</loc></sitemap>
    </sitemapindex>`;
    expect(sitemapOf(index)).toMatchObject({ kind: 'sitemapindex', urls: [], sitemaps: ['https://a.example/s1.xml', 'https://a.example/s2.xml.gz'] });
  });

  it('matches elements by local name, whatever the prefix or namespace', () => {
    const prefixed = `<sm:urlset xmlns:sm="http://www.google.com/schemas/sitemap/0.84"><sm:url><sm:loc>https://a.example/</sm:loc></sm:url></sm:urlset>`;
    expect(sitemapOf(prefixed).urls).toEqual(['https://a.example/']);
  });

  it('skips a DOCTYPE without expanding its entities, and reports unknown entities', () => {
    const text = `<!DOCTYPE urlset [<!ENTITY lol "lololol">]><urlset><url><loc>https://a.example/&lol;</loc></url></urlset>`;
    const sitemap = sitemapOf(text);
    expect(sitemap.urls).toEqual(['https://a.example/&lol;']);
    expect(sitemap.problems).toEqual(['Unknown entities kept as written: &lol;.']);
  });

  it('reads attributes holding ">" and self-closing elements', () => {
    const text = `<urlset a="x>y"><url><loc/></url><url><loc>https://a.example/</loc><priority value='>'/></url></urlset>`;
    expect(sitemapOf(text)).toMatchObject({ urls: ['https://a.example/'], problems: ['1 empty <loc> skipped.'], complete: true });
  });

  it('answers plain text, JSON, a web page, a feed and an empty file clearly', () => {
    expect(read('https://a.example/\nhttps://b.example/\n')).toMatchObject({
      ok: false,
      error: 'not-xml',
      message: expect.stringContaining('list of URLs') as unknown,
    });
    expect(read('{"urls": []}')).toMatchObject({ ok: false, error: 'not-xml', message: expect.stringContaining('JSON') as unknown });
    expect(read('Hello world')).toMatchObject({ ok: false, error: 'not-xml', message: 'This is not XML: it begins with “Hello world”.' });
    expect(read('<!doctype html>\n<html><body>Not found</body></html>')).toMatchObject({
      ok: false,
      error: 'not-a-sitemap',
      message: expect.stringContaining('web page') as unknown,
    });
    expect(read('<?xml version="1.0"?><rss version="2.0"></rss>')).toMatchObject({
      error: 'not-a-sitemap',
      message: expect.stringContaining('RSS') as unknown,
    });
    expect(read('')).toMatchObject({ ok: false, error: 'empty' });
    expect(read('   \n ')).toMatchObject({ ok: false, error: 'empty' });
  });

  it('keeps the URLs read before malformed XML, and says where it stopped', () => {
    const sitemap = sitemapOf(
      '<urlset><url><loc>https://a.example/1</loc></url><url><loc>https://a.example/2</lox></url><url><loc>https://a.example/3</loc></url></urlset>',
    );
    expect(sitemap.urls).toEqual(['https://a.example/1']);
    expect(sitemap.complete).toBe(false);
    expect(sitemap.problems[0]).toMatch(/^Malformed XML near character \d+: <\/lox> where <\/loc> was expected/);
  });

  it('says when the file was cut short', () => {
    const sitemap = sitemapOf('<urlset><url><loc>https://a.example/1</loc></url><url><loc>https://a.ex');
    expect(sitemap).toMatchObject({ urls: ['https://a.example/1'], complete: false });
    expect(sitemap.problems.join(' ')).toContain('cut short');
    expect(sitemapOf('<urlset><url><loc>https://a.example/1</loc></url><ur')).toMatchObject({ complete: false });
  });

  it('stops at a construct longer than the token limit rather than buffering the file', () => {
    const reader = new SitemapReader();
    reader.push('<urlset><url><loc>https://a.example/</loc></url><!--');
    for (let i = 0; i < 20 && !reader.done; i++) reader.push('x'.repeat(100_000));
    expect(reader.done).toBe(true);
    const reading = reader.finish();
    expect(reading).toMatchObject({ ok: true, sitemap: { urls: ['https://a.example/'], complete: false } });
  });

  it('stops at elements nested deeper than a sitemap ever is', () => {
    const sitemap = sitemapOf(`<urlset><url><loc>https://a.example/</loc></url>${'<x>'.repeat(100)}`);
    expect(sitemap).toMatchObject({ urls: ['https://a.example/'], complete: false });
    expect(sitemap.problems[0]).toContain('nested deeper than 64');
  });

  it('ignores what follows the root element', () => {
    expect(sitemapOf('<urlset><url><loc>https://a.example/</loc></url></urlset><urlset><url><loc>https://b.example/</loc></url></urlset>')).toMatchObject({
      urls: ['https://a.example/'],
      complete: true,
    });
  });
});
