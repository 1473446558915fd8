import { describe, expect, it } from 'vitest';
import { inEnglish } from './in-english';
import { echoInput, validateTarget as validateTargetRaw } from './validate-target';

// The answers as a person reads them, in English.
const validateTarget = (...args: Parameters<typeof validateTargetRaw>) => inEnglish(validateTargetRaw(...args));

const reason = (input: string): string | undefined => {
  const result = validateTarget(input);
  return result.ok ? undefined : result.reason;
};

describe('validateTarget', () => {
  it('accepts http and https URLs, normalised by the URL parser and without their fragment', () => {
    expect(validateTarget('  https://Example.COM:443/a/../b?q=1#top ')).toEqual({ ok: true, url: 'https://example.com/b?q=1' });
    expect(validateTarget('http://bücher.example')).toEqual({ ok: true, url: 'http://xn--bcher-kva.example/' });
    expect(validateTarget('HTTP://a.example:8080')).toEqual({ ok: true, url: 'http://a.example:8080/' });
  });

  it('refuses credentials, and says why', () => {
    const result = validateTarget('https://user:secret@a.example/');
    expect(result).toMatchObject({ ok: false, reason: 'credentials' });
    expect(result.ok ? '' : result.message).toContain('send them to the server');
    expect(reason('https://user@a.example/')).toBe('credentials');
  });

  it('refuses other schemes by name', () => {
    expect(validateTarget('ftp://a.example/file')).toMatchObject({ ok: false, reason: 'not-http', message: expect.stringContaining('ftp:') as unknown });
    expect(reason('mailto:someone@a.example')).toBe('not-http');
    expect(reason('javascript:alert(1)')).toBe('not-http');
  });

  it('tells a missing scheme from a malformed URL', () => {
    expect(validateTarget('www.example.com/page')).toMatchObject({
      reason: 'no-scheme',
      message: 'No scheme: write https://www.example.com/page (or http://).',
    });
    expect(reason('example.com')).toBe('no-scheme');
    expect(reason('http://[::1')).toBe('malformed');
    expect(reason('not a url')).toBe('spaces');
    expect(reason('just-a-word')).toBe('malformed');
    expect(reason('https://')).toBe('malformed');
  });

  it('refuses empty and over-long input', () => {
    expect(reason('   ')).toBe('empty');
    expect(reason(`https://a.example/${'x'.repeat(5000)}`)).toBe('too-long');
  });

  it('resolves against a base when one is given', () => {
    expect(validateTarget('/new?x=1', 'https://a.example/old/')).toEqual({ ok: true, url: 'https://a.example/new?x=1' });
  });
});

describe('echoInput', () => {
  it('never shows back the credentials a URL was refused for', () => {
    expect(echoInput(' https://user:secret@a.example/ ')).not.toContain('secret');
  });

  it('cuts long input', () => {
    expect(echoInput('x'.repeat(1000)).length).toBeLessThanOrEqual(301);
  });
});
