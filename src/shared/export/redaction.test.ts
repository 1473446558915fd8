import { describe, expect, it } from 'vitest';
import { escapeMarkdown, EXPORT_FORMATS, exportLoad } from './index';
import { redirectChainLoad, SECRETS } from './fixtures/page-loads';
import type { PageLoad } from '../capture/capture-state';
import { ENGLISH } from '../i18n/english-i18n';

/** The chain fixture with secrets everywhere a string can be: findings, errors, status lines, SPA URLs. */
function secretEverywhere(): PageLoad {
  const load = redirectChainLoad();
  load.url = `https://user:${SECRETS.password}@www.example.com/?token=${SECRETS.token}`;
  load.error = `net::ERR_FAILED at https://www.example.com/?sig=${SECRETS.token}`;
  load.findings.push({ kind: 'loop', severity: 'error', hops: [0], message: `Loop via https://a:${SECRETS.password}@x.example/` });
  load.spaNavigations.push({ url: `https://www.example.com/app#access_token=${SECRETS.token}` });
  load.errors.push({ url: `https://x.example/?api_key=${SECRETS.apiKey}`, type: 'script', frameId: 0, error: 'net::ERR_FAILED', timing: {} });
  return load;
}

const ALL_SECRETS = Object.values(SECRETS);
// Parts of the secrets that must not survive either (a cookie's value without its attributes, the JWT body).
const FRAGMENTS = ['s3cr3t-cookie-value', 'secret-jwt-payload', SECRETS.token, SECRETS.password, SECRETS.apiKey];

describe('redaction, in every format', () => {
  for (const format of EXPORT_FORMATS) {
    it(`${format}: no cookie, Authorization, API key, ?token= or user:pass@ survives`, () => {
      const out = exportLoad(secretEverywhere(), format, ENGLISH);
      for (const secret of [...ALL_SECRETS, ...FRAGMENTS]) {
        expect(out, secret).not.toContain(secret);
        // Markdown escapes '_' and friends: look for the escaped form too, or the check would pass by accident.
        expect(out, secret).not.toContain(escapeMarkdown(secret));
      }
      expect(out).not.toContain(`user:${SECRETS.password}@`);
      expect(out).toContain(format === 'markdown' ? '\\[redacted\\]' : '[redacted]');
    });

    it(`${format}: redact is on by default and only \`false\` turns it off`, () => {
      const load = secretEverywhere();
      expect(exportLoad(load, format, ENGLISH)).toBe(exportLoad(load, format, ENGLISH, { redact: true }));
      expect(exportLoad(load, format, ENGLISH, {})).toBe(exportLoad(load, format, ENGLISH, { redact: true }));
      expect(exportLoad(load, format, ENGLISH, { redact: 'no' as unknown as boolean })).toBe(exportLoad(load, format, ENGLISH, { redact: true }));
    });
  }

  it('keeps the values with redact: false, where the format shows them', () => {
    const load = secretEverywhere();
    const text = exportLoad(load, 'text', ENGLISH, { redact: false });
    expect(text).toContain(SECRETS.cookie);
    expect(text).toContain(SECRETS.bearer);
    expect(text).toContain(`token=${SECRETS.token}`);
    expect(text).toContain(`user:${SECRETS.password}@`);
    expect(exportLoad(load, 'tsv', ENGLISH, { redact: false })).toContain(`token=${SECRETS.token}`);
    expect(exportLoad(load, 'curl', ENGLISH, { redact: false })).toContain(`token=${SECRETS.token}`);
    const json = JSON.parse(exportLoad(load, 'json', ENGLISH, { redact: false })) as {
      redacted: boolean;
      chain: { headers: { name: string; value: string }[] }[];
    };
    expect(json.redacted).toBe(false);
    expect(json.chain[0]?.headers.find((h) => h.name === 'Set-Cookie')?.value).toBe(SECRETS.cookie);
    expect(exportLoad(load, 'markdown', ENGLISH, { redact: false })).toContain('Authorization: Bearer');
  });

  it('keeps the header names, so a reader knows a cookie was set', () => {
    const text = exportLoad(redirectChainLoad(), 'text', ENGLISH);
    expect(text).toContain('Set-Cookie: [redacted]');
    expect(text).toContain('Authorization: [redacted]');
    expect(text).toContain('X-Api-Key: [redacted]');
    const json = JSON.parse(exportLoad(redirectChainLoad(), 'json', ENGLISH)) as { redacted: boolean };
    expect(json.redacted).toBe(true);
  });

  it('does not mutate the load', () => {
    const load = secretEverywhere();
    const before = JSON.stringify(load);
    for (const format of EXPORT_FORMATS) exportLoad(load, format, ENGLISH);
    expect(JSON.stringify(load)).toBe(before);
  });
});
