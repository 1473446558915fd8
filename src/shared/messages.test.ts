import { describe, expect, it } from 'vitest';
import { isUiRequest, parsePortName, portName } from './messages';

describe('isUiRequest', () => {
  it('accepts the requests the background answers', () => {
    expect(isUiRequest({ type: 'get-load', tabId: 3, loadId: '3-14' })).toBe(true);
    expect(isUiRequest({ type: 'get-failing', tabId: 3, loadId: '3-14' })).toBe(true);
    expect(isUiRequest({ type: 'set-client-redirect-detection', enabled: false })).toBe(true);
  });

  it('refuses anything malformed', () => {
    for (const bad of [
      null,
      'get-load',
      { type: 'get-tab', tabId: 3 },
      { type: 'get-load', tabId: 1.5, loadId: '3-1' },
      { type: 'get-load', tabId: '3', loadId: '3-1' },
      { type: 'get-load', tabId: 3 },
      { type: 'get-load', tabId: 3, loadId: 7 },
      { type: 'get-load', tabId: 3, loadId: 'x'.repeat(65) },
      { type: 'get-load', loadId: '3-1' },
      { type: 'get-failing', tabId: 3 },
      { type: 'get-failing', tabId: -0.5, loadId: '3-1' },
      { type: 'set-client-redirect-detection', enabled: 'yes' },
      { type: 'something-else', tabId: 3 },
    ]) {
      expect(isUiRequest(bad), JSON.stringify(bad)).toBe(false);
    }
  });
});

describe('port names', () => {
  it('name the surface and the tab, and read back only what they wrote', () => {
    expect(parsePortName(portName('popup', 12))).toEqual({ surface: 'popup', tabId: 12 });
    expect(parsePortName(portName('devtools', 0))).toEqual({ surface: 'devtools', tabId: 0 });
    expect(parsePortName('popup:12:extra')).toBeUndefined();
    expect(parsePortName('options:1')).toBeUndefined();
  });
});
