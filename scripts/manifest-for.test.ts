import { describe, expect, it } from 'vitest';
import source from '../manifest.json';
import { manifestFor, type SourceManifest } from './manifest-for';

const base = source as SourceManifest;

describe('manifestFor', () => {
  it('keeps the service worker for Chrome and drops Gecko settings', () => {
    const m = manifestFor(base, 'chrome');
    expect(m.background).toEqual({ service_worker: 'src/background/background.ts', type: 'module' });
    expect(m.browser_specific_settings).toBeUndefined();
    expect(m.minimum_chrome_version).toBe(base.minimum_chrome_version);
  });

  it('turns the worker into an event page for Firefox and keeps the gecko id', () => {
    const m = manifestFor(base, 'firefox');
    expect(m.background).toEqual({ scripts: ['src/background/background.ts'], type: 'module' });
    expect(m.browser_specific_settings).toEqual(base.browser_specific_settings);
    expect(m.minimum_chrome_version).toBeUndefined();
  });

  it('gives both browsers the same permissions and pages', () => {
    const chrome = manifestFor(base, 'chrome');
    const firefox = manifestFor(base, 'firefox');
    for (const key of ['host_permissions', 'action', 'devtools_page', 'options_ui', 'version']) {
      expect(firefox[key]).toEqual(chrome[key]);
    }
    // But for the one way each browser changes the checker's own User-Agent (see the next test).
    expect(firefox.permissions).toEqual((chrome.permissions as string[]).filter((p) => p !== 'declarativeNetRequestWithHostAccess'));
  });

  it('changes the checker’s User-Agent with declarativeNetRequest in Chromium, with an optional webRequestBlocking in Firefox', () => {
    const chrome = manifestFor(base, 'chrome');
    const firefox = manifestFor(base, 'firefox');
    expect(chrome.permissions).toContain('declarativeNetRequestWithHostAccess');
    expect(chrome.optional_permissions).not.toContain('webRequestBlocking');
    expect(firefox.permissions).not.toContain('declarativeNetRequestWithHostAccess');
    expect(firefox.optional_permissions).toContain('webRequestBlocking');
  });

  it('does not change the source object', () => {
    const before = JSON.stringify(base);
    manifestFor(base, 'firefox');
    expect(JSON.stringify(base)).toBe(before);
  });

  it('refuses a Firefox build without a gecko id', () => {
    const { browser_specific_settings: _omit, ...rest } = base;
    expect(() => manifestFor(rest as SourceManifest, 'firefox')).toThrow(/gecko\.id/);
  });
});
