import { describe, expect, it, vi } from 'vitest';
import { readContent, readHarLog, readResourceContent } from './devtools-call';

describe('readContent', () => {
  it('reads Chromium’s callback (content, encoding)', async () => {
    const entry = { getContent: (cb: (c: string, e: string) => void) => setTimeout(() => cb('QUJD', 'base64'), 1) };
    await expect(readContent(entry)).resolves.toEqual({ content: 'QUJD', encoding: 'base64' });
  });

  it('reads Firefox’s promise of [content, mimeType], without taking the MIME type for an encoding', async () => {
    const entry = { getContent: () => Promise.resolve(['<h1>Error 1020</h1>', 'text/html']) };
    await expect(readContent(entry)).resolves.toEqual({ content: '<h1>Error 1020</h1>' });
  });

  it('settles once when both the callback and the promise answer', async () => {
    const entry = {
      getContent: (cb: (c: string, m: string) => void) => {
        cb('from callback', 'text/html');
        return Promise.resolve(['from promise', 'text/html']);
      },
    };
    await expect(readContent(entry)).resolves.toEqual({ content: 'from callback' });
  });

  it('gives up on a call that never answers, and on one that throws or rejects', async () => {
    vi.useFakeTimers();
    const pending = readContent({ getContent: () => undefined }, 1000);
    vi.advanceTimersByTime(1000);
    await expect(pending).resolves.toEqual({});
    vi.useRealTimers();
    await expect(
      readContent({
        getContent: () => {
          throw new Error('gone');
        },
      }),
    ).resolves.toEqual({});
    await expect(readContent({ getContent: () => Promise.reject(new Error('gone')) })).resolves.toEqual({});
    await expect(readContent({})).resolves.toEqual({});
  });
});

describe('readHarLog', () => {
  it('reads getHAR by callback (Chromium) or promise (Firefox)', async () => {
    const entries = [{ request: {} }];
    await expect(readHarLog({ getHAR: (cb: (log: unknown) => void) => cb({ entries }) })).resolves.toEqual(entries);
    await expect(readHarLog({ getHAR: () => Promise.resolve({ entries }) })).resolves.toEqual(entries);
    await expect(readHarLog({ getHAR: () => Promise.resolve(null) })).resolves.toEqual([]);
    await expect(readHarLog(undefined)).resolves.toEqual([]);
  });
});

describe('readResourceContent', () => {
  const resource = (url: string, body: string) => ({ url, type: 'document', getContent: (cb: (c: string, e: string) => void) => cb(body, '') });

  it('reads the inspected page’s resource of that URL (Chromium’s callback)', async () => {
    const inspectedWindow = { getResources: (cb: (list: unknown[]) => void) => cb([resource('https://a.test/', 'A'), resource('https://b.test/', 'B')]) };
    await expect(readResourceContent(inspectedWindow, 'https://b.test/')).resolves.toEqual({ content: 'B' });
    await expect(readResourceContent(inspectedWindow, 'https://c.test/')).resolves.toEqual({});
  });

  it('is empty where the browser has no getResources, or answers nonsense', async () => {
    await expect(readResourceContent({}, 'https://a.test/')).resolves.toEqual({});
    await expect(readResourceContent(undefined, 'https://a.test/')).resolves.toEqual({});
    await expect(readResourceContent({ getResources: (cb: (x: unknown) => void) => cb('nope') }, 'https://a.test/')).resolves.toEqual({});
  });
});
