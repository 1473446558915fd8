/**
 * DevTools' network log, as HarRecords: what DevTools already has (getHAR) and every request that
 * finishes from now on (onRequestFinished). Error pages' bodies are read with getContent, a few at a
 * time, so that `explain` can find IIS sub-statuses, Cloudflare error numbers and the like. Records
 * are handed over in batches, not one render per request.
 */
import { readContent, readHarLog, type HarContent } from './devtools-call';
import { decodeBody, toHarRecord, wantsBody, type HarRecord } from './har-record';

export interface NetworkApi {
  onRequestFinished: {
    addListener(listener: (entry: unknown) => void): void;
    removeListener(listener: (entry: unknown) => void): void;
  };
  getHAR?: unknown;
}

export interface HarFeedOptions {
  flushMs?: number;
  /** Bodies read at the same time. */
  concurrency?: number;
  /**
   * Where a document's body is read when its network entry gives none. Under load Chromium's
   * DevTools at times keeps no body for a page's own response (getContent answers null, again and
   * again), while the inspected page's resource of the same URL still has it. (That is the page on
   * screen: for an earlier load of the same URL it could be the newer body, which explains the same
   * server's same page.)
   */
  documentContent?: (url: string) => Promise<HarContent>;
}

/** Text-like error pages only: an image's error body says nothing `explain` can read. */
function textual(record: HarRecord): boolean {
  const mime = record.mimeType?.toLowerCase() ?? '';
  return mime === '' || /html|text|json|xml|javascript|problem/.test(mime);
}

const MAX_REMEMBERED_KEYS = 20_000;
/** How long a document's network entry may take to give its body before the page's resource is read instead. */
const DOCUMENT_CONTENT_WAIT_MS = 1_500;

export function watchHar(network: NetworkApi, onRecords: (records: HarRecord[]) => void, options: HarFeedOptions = {}): () => void {
  const flushMs = options.flushMs ?? 100;
  const concurrency = options.concurrency ?? 4;
  let stopped = false;
  let seen = new Set<string>();
  let batch: HarRecord[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const waiting: (() => Promise<void>)[] = [];
  let reading = 0;

  const flush = (): void => {
    timer = undefined;
    if (stopped || batch.length === 0) return;
    const out = batch;
    batch = [];
    onRecords(out);
  };
  const emit = (record: HarRecord): void => {
    batch.push(record);
    timer ??= setTimeout(flush, flushMs);
  };
  const pump = (): void => {
    while (!stopped && reading < concurrency && waiting.length > 0) {
      const job = waiting.shift() as () => Promise<void>;
      reading++;
      void job().finally(() => {
        reading--;
        pump();
      });
    }
  };

  const accept = (entry: unknown): void => {
    if (stopped) return;
    const record = toHarRecord(entry);
    // getHAR and onRequestFinished may both report the same request.
    if (!record || seen.has(record.key)) return;
    if (seen.size >= MAX_REMEMBERED_KEYS) seen = new Set();
    seen.add(record.key);
    if (!wantsBody(record) || !textual(record)) {
      emit(record);
      return;
    }
    waiting.push(async () => {
      // A document has a second source, so its entry is not waited on for long.
      const fallback = record.resourceType === 'document' ? options.documentContent : undefined;
      let content = await readContent(entry, fallback ? DOCUMENT_CONTENT_WAIT_MS : undefined);
      if (!content.content && fallback) content = await fallback(record.url);
      const body = decodeBody(content.content, content.encoding);
      if (body) {
        record.body = body.text;
        if (body.truncated) record.bodyTruncated = true;
      }
      emit(record);
    });
    pump();
  };

  // Listen first, then ask for the log so far: nothing finishes unseen in between.
  network.onRequestFinished.addListener(accept);
  void readHarLog(network).then((entries) => entries.forEach(accept));

  return () => {
    stopped = true;
    if (timer !== undefined) clearTimeout(timer);
    network.onRequestFinished.removeListener(accept);
  };
}
