import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { exportLoad, shellQuote } from './index';
import { CURL_PREFIX } from './format-curl';
import { bfcacheLoad, hostileLoad, hstsLoad, metaRefreshLoad, postRedirectLoad, redirectChainLoad } from './fixtures/page-loads';
import type { PageLoad } from '../capture/capture-state';
import { ENGLISH } from '../i18n/english-i18n';

function commandLine(out: string): string {
  const lines = out.trimEnd().split('\n');
  for (const line of lines.slice(0, -1)) expect(line.startsWith('# ')).toBe(true);
  return lines.at(-1) ?? '';
}

/** What a POSIX shell makes of the quoted URL: `printf %s` stands in for curl and prints its last argument. */
function shellWord(quoted: string): string {
  return execFileSync('/bin/sh', ['-c', `printf %s ${quoted}`], { encoding: 'utf8' });
}

function withFirstUrl(url: string): PageLoad {
  const load = redirectChainLoad();
  const first = load.chain[0];
  if (first !== undefined) first.url = url;
  return load;
}

describe('curl export', () => {
  it('replays the chain from its first URL, with a comment saying which chain', () => {
    const out = exportLoad(hstsLoad(), 'curl', ENGLISH);
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toBe('# Reproduces the redirect chain of https://bank.example/ (2 hops: 307 → 200) from its first URL.');
    expect(commandLine(out)).toBe("curl -sIL --max-redirs 20 --globoff 'http://bank.example/'");
    expect(out).toContain('HSTS upgrade');
  });

  it('adds -X for a first request that was not GET or HEAD, and warns that curl keeps it', () => {
    const out = exportLoad(postRedirectLoad(), 'curl', ENGLISH);
    expect(commandLine(out)).toBe(`${CURL_PREFIX} -X POST 'https://forms.example/submit'`);
    expect(out).toContain('its body is not reproduced');
    expect(commandLine(exportLoad(redirectChainLoad(), 'curl', ENGLISH))).not.toContain(' -X ');
  });

  it("quotes a URL holding ' and $(rm -rf ~) into a single inert word", () => {
    const line = commandLine(exportLoad(hostileLoad(), 'curl', ENGLISH));
    expect(line.startsWith(`${CURL_PREFIX} '`)).toBe(true);
    expect(line).toContain(`a'\\''b`);
    const quoted = line.slice(CURL_PREFIX.length + 1);
    // One word: single-quoted pieces joined only by \' (an escaped quote), nothing unquoted in between.
    expect(quoted).toMatch(/^'[^']*'(?:\\''[^']*')*$/);
    expect(quoted).toContain('$(rm%20-rf%20~)');
  });

  it('survives a real shell: the word it gives curl is the URL, and nothing runs', () => {
    // No spaces or non-ASCII here: those are percent-encoded, as the browser would have sent them.
    const url = "https://evil.example/a'b/$(id)/`id`/;id;/'$HOME'/\"x\"\\";
    const line = commandLine(exportLoad(withFirstUrl(url), 'curl', ENGLISH));
    const quoted = line.slice(CURL_PREFIX.length + 1);
    expect(shellWord(quoted)).toBe(url);
    expect(shellWord(shellQuote("'"))).toBe("'");
    expect(shellWord(shellQuote("''\\'"))).toBe("''\\'");
  });

  it('cannot be broken out of through the comment line', () => {
    const load = redirectChainLoad();
    load.url = 'https://www.example.com/\n rm -rf ~ #\r\u2028x';
    const out = exportLoad(load, 'curl', ENGLISH);
    for (const line of out.trimEnd().split('\n')) expect(line.startsWith('# ') || line.startsWith('curl ')).toBe(true);
  });

  it('gives curl only http(s) URLs: nothing it could read as an option or another protocol', () => {
    for (const url of ['-o/tmp/x https://a.example/', 'file:///etc/passwd', 'javascript:alert(1)', 'chrome://settings', ' https://a.example/']) {
      const out = exportLoad(withFirstUrl(url), 'curl', ENGLISH);
      expect(
        out
          .trimEnd()
          .split('\n')
          .every((l) => l.startsWith('# ')),
      ).toBe(true);
      expect(out).toContain('Nothing for curl to reproduce');
    }
    const browserPage: PageLoad = { ...bfcacheLoad(), url: 'about:blank' };
    expect(exportLoad(browserPage, 'curl', ENGLISH)).toBe('# Nothing for curl to reproduce: about:blank is not an http(s) URL.\n');
  });

  it('percent-encodes non-ASCII in the path and query, as the browser sent it', () => {
    const line = commandLine(exportLoad(withFirstUrl('https://a.example/café?q=\u202e'), 'curl', ENGLISH));
    expect(line).toContain("'https://a.example/caf%C3%A9?q=%E2%80%AE'");
  });

  it('says what curl will not follow, and when secrets were replaced', () => {
    expect(exportLoad(metaRefreshLoad(), 'curl', ENGLISH)).toContain('continues client-side at hop 1 (meta refresh)');
    const redacted = exportLoad(redirectChainLoad(), 'curl', ENGLISH);
    expect(redacted).toContain('replaced by [redacted]');
    expect(commandLine(redacted)).toBe(`${CURL_PREFIX} 'http://example.com/?utm_source=mail&token=[redacted]'`);
    expect(exportLoad(bfcacheLoad(), 'curl', ENGLISH)).toContain('No request was observed for this page');
  });
});
