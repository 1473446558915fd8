import { describe, expect, it } from 'vitest';
import { exportLoad } from './index';
import { bfcacheLoad, cloudflare520Load, hstsLoad, metaRefreshLoad, redirectChainLoad } from './fixtures/page-loads';
import type { PageLoad } from '../capture/capture-state';
import { ENGLISH } from '../i18n/english-i18n';

describe('text export', () => {
  const text = exportLoad(redirectChainLoad(), 'text', ENGLISH);

  it('opens with the page, the time, the final status in words, who answered and the source', () => {
    expect(text).toContain('Page: https://www.example.com/');
    expect(text).toContain('When: 2024-05-01T10:00:00.000Z');
    expect(text).toContain('Final status: 200 OK');
    expect(text).toContain('Answered by: Cloudflare, nginx');
    expect(text).toContain('Source: network');
  });

  it('lists the chain hop by hop with code, phrase, URL, maker and target', () => {
    expect(text).toContain('Redirect chain: 3 hops');
    expect(text).toMatch(
      /^ {2}1\. 301 Moved Permanently — http:\/\/example\.com\/\?utm_source=mail&token=\[redacted\] — made by server → https:\/\/\[redacted\]@example\.com\/\?token=\[redacted\] \(permanent\)$/m,
    );
    expect(text).toMatch(/^ {2}2\. 302 Found — .* — made by server → https:\/\/www\.example\.com\/ \(temporary\)$/m);
    expect(text).toMatch(/^ {2}3\. 200 OK — https:\/\/www\.example\.com\/ — made by server$/m);
    expect(text).toContain('Server/CDN Cloudflare, nginx · IP 104.16.132.229 · 120 ms');
  });

  it('gives findings one line each, with hop numbers counted from 1', () => {
    expect(text).toContain('Findings: 2');
    expect(text).toContain('  - [warning] hop 2: 302 used for a permanent canonicalisation');
    expect(text).toContain('  - [info] hops 1, 2: The chain mixes permanent');
  });

  it('lists failing sub-resources with their explanation, and the counts by class', () => {
    expect(text).toContain('Failing sub-resources: 6');
    expect(text).toContain('  - 404 Not Found — script — https://www.example.com/missing.js');
    expect(text).toContain('  - 503 Service Unavailable — image — https://img.example.com/hero.png');
    expect(text).toContain('  - 200 OK, then net::ERR_ABORTED — media — https://www.example.com/stream');
    expect(text).toContain('  - net::ERR_NAME_NOT_RESOLVED Name not resolved — image — https://tracker.invalid/pixel.gif');
    expect(text).not.toContain('app.css'); // a 200 is not a failure
    expect(text).toContain('Sub-resource responses: 8 total — 1xx 0 · 2xx 3 · 3xx 0 · 4xx 2 · 5xx 1 · other 0 · failed without response 2 · from cache 1');
  });

  it('names the browser HSTS hop and the meta refresh', () => {
    expect(exportLoad(hstsLoad(), 'text', ENGLISH)).toContain(
      '1. 307 Temporary Redirect — http://bank.example/ — made by browser HSTS → https://bank.example/ (HSTS)',
    );
    const meta = exportLoad(metaRefreshLoad(), 'text', ENGLISH);
    expect(meta).toContain('1. 200 OK — https://old.example/ — made by meta refresh after 5 s → https://new.example/ (client-side)');
    expect(meta).toContain('Arrived by: meta refresh from the previous page');
  });

  it("uses the answering vendor's meaning: Cloudflare's 520", () => {
    const cf = exportLoad(cloudflare520Load(), 'text', ENGLISH);
    expect(cf).toContain('Final status: 520 Web Server Returned an Unknown Error');
    expect(cf).toContain('Answered by: Cloudflare');
  });

  it('says "not observed" with the reason, and invents no status, for a back/forward-cache restore', () => {
    const bf = exportLoad(bfcacheLoad(), 'text', ENGLISH);
    expect(bf).toContain('Final status: not observed');
    expect(bf).toContain('Source: not observed — restored from the back/forward cache: the browser made no request');
    expect(bf).toContain('Redirect chain: no hop observed');
    expect(bf).not.toMatch(/\b[1-5]\d\d\b(?! total)/);
  });

  it('reports a failed load with the error and its explanation', () => {
    const failed: PageLoad = { ...bfcacheLoad(), state: 'error', error: 'net::ERR_CONNECTION_REFUSED', source: 'browser' };
    delete failed.notObservedReason;
    failed.chain = [{ url: 'https://down.example/', method: 'GET', timing: {}, error: 'net::ERR_CONNECTION_REFUSED' }];
    const out = exportLoad(failed, 'text', ENGLISH);
    expect(out).toContain('Final status: not observed — the load failed without a response: net::ERR_CONNECTION_REFUSED (Connection refused)');
    expect(out).toContain('1. net::ERR_CONNECTION_REFUSED Connection refused — https://down.example/');
  });

  it('says when redaction is off', () => {
    expect(text).toContain('Redaction: on');
    expect(exportLoad(redirectChainLoad(), 'text', ENGLISH, { redact: false })).toContain('Redaction: OFF');
  });

  it('says when a proxy or CDN made the final response itself, and why; a cause that is not ours has no words', () => {
    const load = redirectChainLoad();
    const withMaker = (madeBy: Record<string, unknown>): PageLoad => {
      const final = load.final!;
      // A load read back from storage may hold anything: the cleaner keeps only what it knows.
      return { ...load, final: { ...final, explanation: { ...final.explanation!, madeBy } } } as unknown as PageLoad;
    };
    expect(exportLoad(withMaker({ id: 'cloudflare', name: 'Cloudflare', cause: 'connect' }), 'text', ENGLISH)).toContain(
      'Answered by: Cloudflare, nginx. Cloudflare made this response itself: it could not connect to the server behind it.',
    );
    expect(exportLoad(withMaker({ id: 'cloudflare', name: 'Cloudflare', cause: 'constructor' }), 'markdown', ENGLISH)).toContain(
      'Cloudflare made this response itself.',
    );
  });
});
