/**
 * DevTools API calls that answer by callback in Chromium and by promise in Firefox (where a callback
 * is also accepted). Both are handled: whichever answers first wins, and a call that never answers
 * gives up after a while so one stuck request cannot stall the panel's queue.
 */

export interface HarContent {
  content?: string;
  encoding?: string;
}

function settleOnce<T>(timeoutMs: number, fallback: T, start: (done: (value: T) => void) => void): Promise<T> {
  return new Promise<T>((resolve) => {
    let settled = false;
    const done = (value: T): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(value);
    };
    const timer = setTimeout(() => done(fallback), timeoutMs);
    try {
      start(done);
    } catch {
      done(fallback);
    }
  });
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}

/**
 * Calls `method` on `target` with a callback (Chromium) and takes a returned promise too (Firefox):
 * the first answer, read through `read`; `fallback` on failure or after `timeoutMs`.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- all that `typeof x === 'function'` proves about a foreign API
function callEitherWay<T>(target: unknown, method: Function, timeoutMs: number, fallback: T, read: (answer: unknown) => T): Promise<T> {
  return settleOnce<T>(timeoutMs, fallback, (done) => {
    const returned: unknown = method.call(target, (answer: unknown) => done(read(answer)));
    if (isThenable(returned))
      returned.then(
        (answer) => done(read(answer)),
        () => done(fallback),
      );
  });
}

/**
 * A HAR entry's body. Chromium: `getContent((content, encoding) => …)`. Firefox: `getContent()` returns
 * a promise of `[content, mimeType]`, and also calls a callback with `(content, mimeType)`.
 */
export function readContent(entry: unknown, timeoutMs = 5_000): Promise<HarContent> {
  const getContent = (entry as { getContent?: unknown } | null)?.getContent;
  if (typeof getContent !== 'function') return Promise.resolve({});
  return settleOnce<HarContent>(timeoutMs, {}, (done) => {
    const fromArgs = (content: unknown, encoding: unknown): HarContent => {
      const out: HarContent = {};
      if (typeof content === 'string') out.content = content;
      // Firefox passes the MIME type second; only Chromium's 'base64' means an encoding.
      if (encoding === 'base64') out.encoding = 'base64';
      return out;
    };
    const returned: unknown = getContent.call(entry, (content: unknown, encoding: unknown) => done(fromArgs(content, encoding)));
    if (isThenable(returned)) {
      returned.then(
        (value) => done(Array.isArray(value) ? fromArgs(value[0], value[1]) : fromArgs(value, undefined)),
        () => done({}),
      );
    }
  });
}

/**
 * The content of the inspected page's resource at `url` (its documents, scripts, ...), the way the
 * Sources panel reads it: `inspectedWindow.getResources()`, then that resource's `getContent`.
 * Chromium only; elsewhere (or when nothing matches) the answer is empty.
 */
export function readResourceContent(inspectedWindow: unknown, url: string, timeoutMs = 5_000): Promise<HarContent> {
  const getResources = (inspectedWindow as { getResources?: unknown } | null)?.getResources;
  if (typeof getResources !== 'function') return Promise.resolve({});
  return callEitherWay<unknown[]>(inspectedWindow, getResources, timeoutMs, [], (list) => (Array.isArray(list) ? list : [])).then((resources) => {
    const match = resources.find((r) => (r as { url?: unknown } | null)?.url === url);
    return match === undefined ? {} : readContent(match, timeoutMs);
  });
}

/** DevTools' network log so far: `getHAR(callback)` in Chromium, a promise in Firefox. */
export function readHarLog(network: unknown, timeoutMs = 5_000): Promise<unknown[]> {
  const getHAR = (network as { getHAR?: unknown } | null)?.getHAR;
  if (typeof getHAR !== 'function') return Promise.resolve([]);
  const entriesOf = (log: unknown): unknown[] => {
    const entries = (log as { entries?: unknown } | null)?.entries;
    return Array.isArray(entries) ? entries : [];
  };
  return callEitherWay<unknown[]>(network, getHAR, timeoutMs, [], entriesOf);
}
