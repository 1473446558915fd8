import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explain, lookup, lookupAll, type ExplainInput } from './index';
import { search, searchScored } from './search';
import { CLOUDFLARE_1020, IIS_404_3, NGINX_494 } from './fixtures/error-pages';

/** Strings with the characters that break naive code: NUL, controls, RTL overrides, lone surrogates, emoji. */
const nasty = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: fc.constantFrom('\u0000', '\u202e', '\u2066', '\r', '\n', '\t', ' ', '\ud800', '😀', 'é', '<', '>', '"', '.', '-', '4', '0') }),
  fc.constantFrom('404', '404.3', '1020', 'net::ERR_NAME_NOT_RESOLVED', 'NS_ERROR_UNKNOWN_HOST', 'sip 486', 'SIP/2.0 486', 'HTTP/1.1 200 OK', 'HTTP/2 200', ''),
);

const status = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(0, -1, 99, 100, 200, 299, 404, 451, 499, 520, 530, 599, 600, 1000, 1020, Number.NaN, Number.POSITIVE_INFINITY, -0),
);

const header = fc.oneof(
  fc.record({ name: nasty, value: fc.option(nasty, { nil: undefined }) }),
  fc.record({ name: fc.constantFrom('Server', 'Via', 'Set-Cookie', 'cf-ray', 'X-Powered-By'), value: nasty }),
);

const body = fc.oneof(
  nasty,
  fc.constantFrom(IIS_404_3, CLOUDFLARE_1020, NGINX_494),
  nasty.map((s) => IIS_404_3.replace('404.3', s)),
  nasty.map((s) => `${s}\u0000${CLOUDFLARE_1020}\u202e${s}`),
);

const input: fc.Arbitrary<ExplainInput> = fc.record(
  { statusCode: status, statusLine: nasty, headers: fc.array(header, { maxLength: 12 }), body },
  { requiredKeys: ['statusCode'] },
);

const FALLBACK = 'The response could not be read.';

describe('nothing throws, whatever the input', () => {
  it('explain (property)', () => {
    fc.assert(
      fc.property(input, (response) => {
        const x = explain(response);
        expect(typeof x.reason).toBe('string');
        expect(x.reason.length).toBeGreaterThan(0);
        expect(typeof x.entry.phrase).toBe('string');
        expect(Array.isArray(x.vendors)).toBe(true);
        expect(Array.isArray(x.alternatives)).toBe(true);
        expect(x.alternatives).not.toContain(x.entry);
        // explain's last-resort catch must not be what answered: the real path handles everything.
        expect(x.reason).not.toBe(FALLBACK);
      }),
      { numRuns: 400 },
    );
  });

  it('explain on arbitrary values (property)', () => {
    fc.assert(
      fc.property(fc.anything(), (anything) => {
        const x = explain(anything as ExplainInput);
        expect(typeof x.reason).toBe('string');
        expect(x.reason).not.toBe(FALLBACK);
      }),
      { numRuns: 300 },
    );
  });

  it('lookup, lookupAll and search (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(status, nasty),
        fc.option(fc.record({ protocol: fc.constantFrom('http', 'sip'), vendor: nasty, includeHistoric: fc.boolean() }), { nil: undefined }),
        (code, options) => {
          lookup(code, options);
          expect(Array.isArray(lookupAll(code, options as Parameters<typeof lookup>[1]))).toBe(true);
          expect(Array.isArray(search(String(code)))).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (a, b) => {
        lookup(a as string, b as Parameters<typeof lookup>[1]);
        lookupAll(a as string, b as Parameters<typeof lookup>[1]);
        search(a as string, b as number);
        searchScored(a as string);
      }),
      { numRuns: 300 },
    );
  });

  it('the listed odd statuses, explicitly', () => {
    for (const statusCode of [0, -1, 99, 1000, Number.NaN, Number.NEGATIVE_INFINITY, 2 ** 53, -0, 404.5]) {
      const x = explain({ statusCode });
      expect(x.registered, String(statusCode)).toBe(false);
    }
    for (const odd of [
      null,
      undefined,
      42,
      'x',
      [],
      { statusCode: '404' },
      { statusCode: {} },
      { statusCode: 404, headers: 'Server: nginx', body: 42, statusLine: 7 },
    ]) {
      expect(explain(odd as unknown as ExplainInput).reason).not.toBe(FALLBACK);
    }
    // A numeric string from careless callers still reads as the status.
    expect(explain({ statusCode: '404' } as unknown as ExplainInput).entry.code).toBe('404');
  });

  it('huge bodies and headers stay fast', () => {
    const huge = `${'\u0000\u202e'.repeat(2_000_000)}${IIS_404_3}`;
    const headers = Array.from({ length: 2000 }, (_, i) => ({ name: i % 2 ? 'Via' : 'Server', value: 'x'.repeat(10_000) }));
    const start = performance.now();
    const x = explain({ statusCode: 404, statusLine: `HTTP/1.1 404 ${'A'.repeat(1_000_000)}`, headers, body: huge });
    expect(performance.now() - start).toBeLessThan(1000);
    expect(x.entry.code).toBe('404');
    expect(x.reason.length).toBeLessThan(2000);
  });
});
