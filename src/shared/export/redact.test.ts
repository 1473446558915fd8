import { describe, expect, it } from 'vitest';
import { isSecretHeader, isSecretParam, REDACTED, redactHeaders, redactHeaderValue, redactUrl, redactUrlsInText } from './redact';

describe('redactUrl', () => {
  it('replaces credentials in the authority', () => {
    expect(redactUrl('https://user:pass@host.example/path')).toBe('https://[redacted]@host.example/path');
    expect(redactUrl('https://token@github.example/')).toBe('https://[redacted]@github.example/');
    // The host starts after the last '@' (the password may contain one).
    expect(redactUrl('ftp://u:p@ss@host/')).toBe('ftp://[redacted]@host/');
    expect(redactUrl('//user:pass@host/x')).toBe('//[redacted]@host/x');
  });

  it('replaces secret query parameters, case-insensitively, and keeps the rest byte for byte', () => {
    expect(redactUrl('https://a.example/p?token=abc')).toBe('https://a.example/p?token=[redacted]');
    expect(redactUrl('https://a.example/p?q=%E2%9C%93&Access_Token=abc&page=2#top')).toBe('https://a.example/p?q=%E2%9C%93&Access_Token=[redacted]&page=2#top');
    for (const name of [
      'token',
      'access_token',
      'id_token',
      'code',
      'password',
      'passwd',
      'secret',
      'key',
      'api_key',
      'apikey',
      'sig',
      'signature',
      'session',
      'sessionid',
      'auth',
    ]) {
      expect(redactUrl(`https://a.example/?${name.toUpperCase()}=v1&x=1`), name).toBe(`https://a.example/?${name.toUpperCase()}=[redacted]&x=1`);
    }
  });

  it('catches percent-encoded names, suffixes and signed-URL parameters', () => {
    expect(redactUrl('https://a.example/?%74oken=abc')).toBe('https://a.example/?%74oken=[redacted]');
    expect(redactUrl('https://a.example/?oauth_token=a&csrfToken=b&X-Amz-Signature=c&X-Amz-Credential=d')).toBe(
      'https://a.example/?oauth_token=[redacted]&csrfToken=[redacted]&X-Amz-Signature=[redacted]&X-Amz-Credential=[redacted]',
    );
  });

  it('leaves harmless parameters and empty values alone', () => {
    expect(redactUrl('https://a.example/?q=token&monkey=1&keyword=x&token=')).toBe('https://a.example/?q=token&monkey=1&keyword=x&token=');
    expect(redactUrl('https://a.example/#section')).toBe('https://a.example/#section');
  });

  it('redacts tokens in the fragment (OAuth implicit flow) and session ids in the path', () => {
    expect(redactUrl('https://app.example/cb#access_token=xyz&state=1')).toBe('https://app.example/cb#access_token=[redacted]&state=1');
    expect(redactUrl('https://shop.example/cart;jsessionid=ABC123?x=1')).toBe('https://shop.example/cart;jsessionid=[redacted]?x=1');
  });

  it('handles relative URLs and text that is not a URL, without throwing', () => {
    expect(redactUrl('/login?next=%2F&password=hunter2')).toBe('/login?next=%2F&password=[redacted]');
    expect(redactUrl('not a url')).toBe('not a url');
    expect(redactUrl('')).toBe('');
    expect(redactUrl('https://a.example/?%E0%A4%A=1&token=%')).toBe('https://a.example/?%E0%A4%A=1&token=[redacted]');
    expect(redactUrl(42 as unknown as string)).toBe('');
  });
});

describe('redactHeaders', () => {
  it('replaces the values of credential headers, whatever their case, and keeps their names', () => {
    const out = redactHeaders([
      { name: 'Set-Cookie', value: 'sid=1; HttpOnly' },
      { name: 'cookie', value: 'a=b' },
      { name: 'AUTHORIZATION', value: 'Bearer x' },
      { name: 'Proxy-Authorization', value: 'Basic eA==' },
      { name: 'X-Api-Key', value: 'k' },
      { name: 'X-Auth-Token', value: 't' },
      { name: 'X-CSRF-Token', value: 'c' },
      { name: 'X-Shopify-Access-Token', value: 's' },
      { name: 'Server', value: 'nginx' },
    ]);
    expect(out.map((h) => h.name)).toEqual([
      'Set-Cookie',
      'cookie',
      'AUTHORIZATION',
      'Proxy-Authorization',
      'X-Api-Key',
      'X-Auth-Token',
      'X-CSRF-Token',
      'X-Shopify-Access-Token',
      'Server',
    ]);
    expect(out.slice(0, -1).every((h) => h.value === REDACTED)).toBe(true);
    expect(out.at(-1)?.value).toBe('nginx');
  });

  it('keeps authentication challenges, which explain a 401 and hold no secret', () => {
    expect(isSecretHeader('WWW-Authenticate')).toBe(false);
    expect(isSecretHeader('Proxy-Authenticate')).toBe(false);
    expect(redactHeaderValue('WWW-Authenticate', 'Bearer realm="api"')).toBe('Bearer realm="api"');
  });

  it('redacts secrets inside URL-valued headers, relative ones included', () => {
    expect(redactHeaderValue('Location', '/next?token=abc')).toBe('/next?token=[redacted]');
    expect(redactHeaderValue('Refresh', '0; url=/go?code=xyz')).toBe('0; url=/go?code=[redacted]');
    expect(redactHeaderValue('Link', '<https://u:p@cdn.example/a?sig=1>; rel=preload')).toBe('<https://[redacted]@cdn.example/a?sig=[redacted]>; rel=preload');
  });

  it('drops malformed entries and never mutates its input', () => {
    const input = [{ name: 'Cookie', value: 'a=b' }, null, { name: 5, value: 'x' }, { name: 'Via' }] as unknown as { name: string; value: string }[];
    const copy = JSON.parse(JSON.stringify(input)) as unknown;
    expect(redactHeaders(input)).toEqual([
      { name: 'Cookie', value: REDACTED },
      { name: 'Via', value: '' },
    ]);
    expect(input).toEqual(copy);
    expect(redactHeaders(undefined as unknown as [])).toEqual([]);
  });
});

describe('name rules', () => {
  it('knows secret parameter names', () => {
    expect(isSecretParam('TOKEN')).toBe(true);
    expect(isSecretParam('refresh_token')).toBe(true);
    expect(isSecretParam('page')).toBe(false);
    expect(isSecretParam('utm_source')).toBe(false);
  });

  it('redacts every URL inside free text', () => {
    expect(redactUrlsInText('failed: https://u:p@a.example/?token=1 then http://b.example/?key=2')).toBe(
      'failed: https://[redacted]@a.example/?token=[redacted] then http://b.example/?key=[redacted]',
    );
  });

  it('keeps the punctuation written after a URL, outside what it redacts', () => {
    expect(redactUrlsInText('Moved to https://a.example/?token=abc. Try again.')).toBe('Moved to https://a.example/?token=[redacted]. Try again.');
    expect(redactUrlsInText('https://a.example/?token=1, https://b.example/?key=2; done!')).toBe(
      'https://a.example/?token=[redacted], https://b.example/?key=[redacted]; done!',
    );
    expect(redactUrlsInText('(see https://a.example/?token=1)')).toBe('(see https://a.example/?token=[redacted])');
    expect(redactUrlsInText('"https://a.example/?sig=x?!"')).toBe('"https://a.example/?sig=[redacted]?!"');
    // A bracket the URL opened is its own.
    expect(redactUrlsInText('https://en.example/wiki/Foo_(bar) and https://a.example/p_(x)?token=1).')).toBe(
      'https://en.example/wiki/Foo_(bar) and https://a.example/p_(x)?token=[redacted]).',
    );
    // Nothing but punctuation after the scheme: left as written, nothing thrown.
    expect(redactUrlsInText('https://...')).toBe('https://...');
    expect(redactUrlsInText('x https://a.example/?token=' + '.'.repeat(10_000))).toBe('x https://a.example/?token=' + '.'.repeat(10_000));
    // A hostile run of closing brackets: one pass over it, not one per bracket (else this test times out).
    expect(redactUrlsInText(`https://a.example/?token=1${')'.repeat(200_000)}`)).toBe(`https://a.example/?token=[redacted]${')'.repeat(200_000)}`);
  });
});
