import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { inEnglish } from './in-english';
import { CHECKER_LIMITS } from './checker-limits';
import { readSitemap } from './read-sitemap';

const encode = (s: string): Uint8Array => new TextEncoder().encode(s);

/** A stream that makes its chunks only when asked, so a 50 MiB sitemap is never in memory at once. */
function lazyStream(count: number, chunk: (i: number) => Uint8Array): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (i === count) controller.close();
      else controller.enqueue(chunk(i++));
    },
  });
}

const SITEMAP = '<urlset><url><loc>https://a.example/1</loc></url><url><loc>https://a.example/2</loc></url></urlset>';

describe('readSitemap', () => {
  it('reads plain bytes', async () => {
    expect(await readSitemap(encode(SITEMAP))).toMatchObject({ ok: true, sitemap: { urls: ['https://a.example/1', 'https://a.example/2'], complete: true } });
  });

  it('finds gzip by its magic bytes and decompresses it', async () => {
    expect(await readSitemap(new Uint8Array(gzipSync(SITEMAP)))).toMatchObject({ ok: true, sitemap: { urls: ['https://a.example/1', 'https://a.example/2'] } });
  });

  it('sniffs gzip even when the first chunk holds one byte', async () => {
    const gz = new Uint8Array(gzipSync(SITEMAP));
    const parts = [gz.subarray(0, 1), gz.subarray(1, 5), gz.subarray(5)];
    expect(await readSitemap(lazyStream(parts.length, (i) => parts[i]!))).toMatchObject({
      ok: true,
      sitemap: { urls: ['https://a.example/1', 'https://a.example/2'] },
    });
  });

  it('answers corrupt gzip clearly', async () => {
    expect(await readSitemap(new Uint8Array([0x1f, 0x8b, 0x08, 0x00, 1, 2, 3, 4, 5, 6, 7, 8, 9]))).toMatchObject({ ok: false, error: 'unreadable' });
  });

  it('answers a non-XML body clearly', async () => {
    expect(await readSitemap(encode('<html><body>Oops</body></html>'))).toMatchObject({ ok: false, error: 'not-a-sitemap' });
  });

  it('reads a 50 MiB sitemap in chunks, and stops at the size limit with the URLs read so far', async () => {
    const entry = `<url><loc>https://a.example/page</loc></url><!--${'x'.repeat(1000)}-->\n`;
    const chunk = encode(entry.repeat(64));
    const chunks = Math.ceil(CHECKER_LIMITS.maxSitemapBytes / chunk.length) + 20;
    const reading = await readSitemap(lazyStream(chunks + 1, (i) => (i === 0 ? encode('<urlset>') : chunk)));
    if (!reading.ok) throw new Error(inEnglish(reading.message));
    expect(reading.sitemap.complete).toBe(false);
    expect(inEnglish(reading.sitemap.problems[0])).toContain('50 MiB');
    expect(reading.sitemap.urls.length).toBeGreaterThan(45_000);
  });

  it('stops decompressing a gzip bomb at the size limit', async () => {
    const bomb = gzipSync(Buffer.concat([Buffer.from('<urlset>'), Buffer.alloc(CHECKER_LIMITS.maxSitemapBytes + 1024 * 1024, 0x20)]));
    expect(bomb.length).toBeLessThan(200_000);
    const reading = await readSitemap(new Uint8Array(bomb));
    expect(reading).toMatchObject({ ok: true, sitemap: { urls: [], complete: false } });
  });
});
