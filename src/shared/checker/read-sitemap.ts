/**
 * A sitemap's bytes (a fetch's body, or an opened file) to its URLs, read as they arrive. Gzip is
 * found by its magic bytes, not by the name: a `.xml.gz` served with `Content-Encoding: gzip` reaches
 * us already decompressed by fetch, while one served as `application/gzip` does not. Decompression is
 * the platform's DecompressionStream (browsers, and Node 18+ for the tests). At most
 * CHECKER_LIMITS.maxSitemapBytes of text are read: the protocol's limit, and a bound on a gzip bomb.
 */
import { CHECKER_LIMITS } from './checker-limits';
import { phrase } from './checker-phrase';
import { SitemapReader, type SitemapReading } from './sitemap-reader';

export async function readSitemap(source: ReadableStream<Uint8Array> | Uint8Array): Promise<SitemapReading> {
  const stream = source instanceof Uint8Array ? streamOf([source]) : source;
  let body: ReadableStream<Uint8Array>;
  try {
    body = await maybeGunzip(stream);
  } catch {
    return { ok: false, error: 'unreadable', message: phrase('checkerSitemapUnreadable') };
  }
  const reader = new SitemapReader();
  const decoder = new TextDecoder('utf-8');
  const chunks = body.getReader();
  let bytes = 0;
  let broken = false;
  try {
    while (!reader.done) {
      const { done, value } = await chunks.read();
      if (done) break;
      const room = CHECKER_LIMITS.maxSitemapBytes - bytes;
      bytes += value.length;
      reader.push(decoder.decode(value.length > room ? value.subarray(0, room) : value, { stream: true }));
      if (bytes > CHECKER_LIMITS.maxSitemapBytes) {
        reader.stop(phrase('checkerSitemapTooLarge', CHECKER_LIMITS.maxSitemapBytes / 1024 / 1024));
      }
    }
    if (!reader.done) reader.push(decoder.decode());
  } catch {
    broken = true;
    reader.stop(phrase('checkerSitemapBroken'));
  } finally {
    // Stops the download (or the decompression) once the reader has what it needs.
    chunks.cancel().catch(() => undefined);
  }
  const reading = reader.finish();
  if (!reading.ok && reading.error === 'empty' && broken) {
    return { ok: false, error: 'unreadable', message: phrase('checkerSitemapCorrupt') };
  }
  return reading;
}

/** The stream, decompressed when it starts with gzip's magic bytes (1F 8B). */
async function maybeGunzip(stream: ReadableStream<Uint8Array>): Promise<ReadableStream<Uint8Array>> {
  const reader = stream.getReader();
  const head: Uint8Array[] = [];
  let length = 0;
  while (length < 2) {
    const { done, value } = await reader.read();
    if (done) break;
    head.push(value);
    length += value.length;
  }
  const first = head[0];
  const gzip = first !== undefined && first[0] === 0x1f && (first.length > 1 ? first[1] : head[1]?.[0]) === 0x8b;
  const whole = replay(head, reader);
  return gzip ? whole.pipeThrough(new DecompressionStream('gzip') as ReadableWritablePair<Uint8Array, Uint8Array>) : whole;
}

/** The chunks already read, then the rest of the reader. */
function replay(head: Uint8Array[], rest: ReadableStreamDefaultReader<Uint8Array>): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = head.shift();
      if (next !== undefined) {
        controller.enqueue(next);
        return;
      }
      const { done, value } = await rest.read();
      if (done) controller.close();
      else controller.enqueue(value);
    },
    cancel(reason) {
      return rest.cancel(reason);
    },
  });
}

function streamOf(chunks: Uint8Array[]): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = chunks.shift();
      if (next === undefined) controller.close();
      else controller.enqueue(next);
    },
  });
}
