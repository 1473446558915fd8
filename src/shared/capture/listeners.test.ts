import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromeEvents as c } from './fixtures/chrome-events';
import { firefoxEvents as f } from './fixtures/firefox-events';
import { assertReceived } from './fixtures/recorded-event';
import { RAW_EVENT_NAMES } from './listeners';
import { normalizeEvent } from './normalize-event';

const SRC = new URL('../../', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('the table of listeners', () => {
  // The background cannot run in Node: what keeps it from listening to anything the table does not
  // list is that no source file names a webRequest or webNavigation event to register it.
  it('is the only way a listener is registered', () => {
    const files = sourceFiles(SRC);
    expect(files.length).toBeGreaterThan(50);
    const byName = /\b(webRequest|webNavigation)\s*\.\s*on[A-Z]\w*\s*\.\s*addListener/;
    expect(files.filter((file) => byName.test(readFileSync(file, 'utf8'))).map((file) => file.slice(SRC.length))).toEqual([]);
    const background = readFileSync(join(SRC, 'background/background.ts'), 'utf8');
    expect(background).toMatch(/for \(const \w+ of WEB_REQUEST_LISTENERS\)/);
    expect(background).toMatch(/for \(const \w+ of WEB_NAVIGATION_LISTENERS\)/);
  });

  it('names each event once, and the normaliser reads every one of them', () => {
    expect(new Set(RAW_EVENT_NAMES).size).toBe(RAW_EVENT_NAMES.length);
    expect(RAW_EVENT_NAMES).not.toContain('webRequest.onHeadersReceived');
    const details = { tabId: 1, requestId: '1', frameId: 0, url: 'https://a.example/', redirectUrl: 'https://b.example/', error: 'x', type: 'main_frame' };
    for (const name of RAW_EVENT_NAMES) {
      const args =
        name === 'tabs.onReplaced'
          ? { addedTabId: 2, removedTabId: 1 }
          : name === 'content.clientRedirectHint'
            ? { ...details, kind: 'javascript', fromUrl: details.url, toUrl: details.redirectUrl }
            : name === 'content.documentProtocol'
              ? { ...details, nextHopProtocol: 'h2' }
              : details;
      expect(normalizeEvent(name, args), name).toBeDefined();
    }
  });

  it('keeps fixtures to what the background is handed', () => {
    const image = { tabId: 1, requestId: '1', url: 'https://a.example/a.png', t: 1, type: 'image' };
    expect(() => c.responseStarted(image, { status: 200, text: 'OK' })).toThrow(/onResponseStarted for image requests/);
    expect(() => c.completed(image, { status: 200, text: 'OK', headers: [] })).not.toThrow();
    expect(() => c.responseStarted({ ...image, type: 'sub_frame' }, { status: 200, text: 'OK' })).not.toThrow();
    expect(() => assertReceived('chrome', 'webRequest.onBeforeRequest', { type: 'main_frame', responseHeaders: [] })).toThrow(/response headers/);
  });

  it('hears a sub-resource start only in the browser that names no request’s document', () => {
    const image = { tabId: 1, requestId: '1', url: 'https://a.example/a.png', t: 1, type: 'image' };
    expect(() => c.beforeRequest(image)).toThrow(/chrome's background does not listen to webRequest.onBeforeRequest for image/);
    expect(() => c.beforeRequest({ ...image, type: 'sub_frame', frameId: 3 })).not.toThrow();
    expect(() => f.beforeRequest(image)).not.toThrow();
  });
});
