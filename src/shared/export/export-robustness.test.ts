import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, exportLoad, redactHeaders, redactUrl, TSV_COLUMNS } from './index';
import { MAX_EXPORT_VALUE_LENGTH, TRUNCATION_MARKER } from './clean-text';
import { redirectChainLoad } from './fixtures/page-loads';
import type { PageLoad } from '../capture/capture-state';
import { ENGLISH } from '../i18n/english-i18n';

/** Strings that break naive code: NUL, controls, RTL overrides, lone surrogates, emoji, markup, quotes. */
const nasty = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({
    unit: fc.constantFrom(
      '\u0000',
      '\u202e',
      '\u2066',
      '\r',
      '\n',
      '\t',
      '\u2028',
      '\u0085',
      ' ',
      '\ud800',
      '\udc00',
      '😀',
      'é',
      '<',
      '>',
      '|',
      '`',
      "'",
      '"',
      '\\',
      '$',
      '=',
      '@',
      '-',
      '[',
      ']',
      '&',
      '?',
      '#',
      ':',
      '/',
      '%',
    ),
  }),
  fc.constantFrom(
    'https://u:p@a.example/?token=x#access_token=y',
    'http://a.example/',
    '-o /tmp/x',
    'file:///etc/passwd',
    '',
    'net::ERR_ABORTED',
    'HTTP/1.1 999 X',
  ),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
);

/** Anything a field might hold after a bad write: the right type, the wrong type, or odd numbers. */
const odd = fc.oneof(
  nasty,
  fc.integer(),
  fc.double(),
  fc.constantFrom(0, -1, Number.NaN, Infinity, 1e20, null, true, undefined),
  fc.constant({}),
  fc.constant([]),
);
const status = fc.oneof(
  fc.constantFrom(0, 99, 100, 200, 204, 301, 302, 304, 307, 308, 404, 418, 499, 520, 999, 1000, Number.NaN, -0, 200.5),
  fc.integer(),
  odd,
);

const header = fc.oneof(
  fc.record({ name: nasty, value: nasty }),
  fc.record({ name: fc.constantFrom('Set-Cookie', 'Location', 'Refresh', 'Server', 'Authorization'), value: nasty }),
  odd,
);
const vendor = fc.oneof(fc.record({ id: fc.oneof(fc.constantFrom('cloudflare', 'iis', 'nginx', 'linkedin', '__proto__'), nasty), name: nasty }), odd);
const timing = fc.oneof(fc.record({ start: odd, end: odd, duration: odd }, { requiredKeys: [] }), odd);

const hop = fc.record(
  {
    url: nasty,
    method: fc.oneof(fc.constantFrom('GET', 'POST', 'HEAD', 'PUT'), nasty),
    statusCode: status,
    statusLine: nasty,
    ip: nasty,
    fromCache: odd,
    viaProxy: odd,
    timing,
    vendors: fc.oneof(fc.array(vendor, { maxLength: 3 }), odd),
    headers: fc.oneof(fc.array(header, { maxLength: 4 }), odd),
    madeBy: fc.oneof(fc.constantFrom('server', 'browser-hsts', 'browser-internal', 'client-meta-refresh', 'client-javascript', 'client-unknown'), nasty),
    nonAuthoritativeReason: nasty,
    redirectUrl: nasty,
    clientDelaySeconds: odd,
    error: nasty,
    explanation: fc.oneof(
      fc.record({ code: nasty, phrase: nasty, originId: fc.oneof(fc.constantFrom('ietf', 'cloudflare', 'iis'), nasty) }, { requiredKeys: [] }),
      odd,
    ),
  },
  { requiredKeys: [] },
);

const subresource = fc.record(
  {
    url: nasty,
    type: nasty,
    frameId: odd,
    method: nasty,
    statusCode: status,
    statusLine: nasty,
    fromCache: odd,
    vendors: fc.array(vendor, { maxLength: 2 }),
    redirectUrl: nasty,
    error: nasty,
    timing,
  },
  { requiredKeys: [] },
);

const load = fc.record(
  {
    id: nasty,
    tabId: odd,
    startedAt: fc.oneof(fc.integer(), fc.double(), fc.constantFrom(8.64e15 + 1, -8.64e15 - 1)),
    url: nasty,
    state: fc.oneof(fc.constantFrom('loading', 'complete', 'error'), nasty),
    committed: odd,
    chain: fc.oneof(fc.array(hop, { maxLength: 5 }), odd),
    droppedHops: odd,
    findings: fc.oneof(
      fc.array(fc.record({ kind: nasty, severity: nasty, hops: fc.oneof(fc.array(odd, { maxLength: 3 }), odd), message: nasty }, { requiredKeys: [] }), {
        maxLength: 3,
      }),
      odd,
    ),
    final: fc.oneof(
      fc.record({ statusCode: status, statusLine: nasty, vendors: fc.array(vendor, { maxLength: 2 }), source: nasty }, { requiredKeys: [] }),
      odd,
    ),
    source: fc.oneof(fc.constantFrom('network', 'disk-cache', 'not-observable', 'browser'), nasty),
    notObservedReason: fc.oneof(fc.constantFrom('back-forward-cache', 'request-not-seen', '__proto__', 'toString'), nasty),
    error: nasty,
    arrivedBy: nasty,
    subresources: fc.oneof(fc.array(subresource, { maxLength: 4 }), odd),
    errors: fc.oneof(fc.array(fc.record({ url: nasty, type: nasty, error: nasty, frameId: odd, timing }, { requiredKeys: [] }), { maxLength: 3 }), odd),
    counts: fc.oneof(fc.dictionary(fc.constantFrom('total', '2xx', '4xx', 'failed'), odd), odd),
    spaNavigations: fc.oneof(fc.array(fc.record({ url: nasty, at: odd }, { requiredKeys: [] }), { maxLength: 2 }), odd),
    transitionQualifiers: fc.oneof(fc.array(odd, { maxLength: 3 }), odd),
  },
  { requiredKeys: [] },
);

/** Real-looking loads, random ones, and things that are not loads at all. */
const anyLoad = fc.oneof({ weight: 6, arbitrary: load }, { weight: 1, arbitrary: fc.anything() }).map((value) => value as PageLoad);

// Never in any export: C0 controls except tab and LF, DEL, C1 controls, lone surrogates.
const FORBIDDEN = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function markdownCells(row: string): number {
  let cells = 0;
  for (let i = 0; i < row.length; i++) {
    if (row[i] === '\\') i++;
    else if (row[i] === '|') cells++;
  }
  return cells - 1;
}

function checkOutput(format: string, out: string): void {
  expect(typeof out).toBe('string');
  expect(out.endsWith('\n')).toBe(true);
  expect(out).not.toMatch(FORBIDDEN);
  if (format !== 'tsv') expect(out).not.toContain('\t');
  const lines = out.slice(0, -1).split('\n');
  switch (format) {
    case 'tsv':
      for (const line of lines) expect(line.split('\t')).toHaveLength(TSV_COLUMNS.length);
      for (const cell of lines.flatMap((l) => l.split('\t'))) expect(cell).not.toMatch(/^[=+\-@]/);
      break;
    case 'json': {
      const parsed = JSON.parse(out) as { format: string };
      expect(parsed.format).toBe('status-inspector/1');
      expect(`${JSON.stringify(parsed, null, 2)}\n`).toBe(out);
      break;
    }
    case 'curl':
      for (const line of lines.slice(0, -1)) expect(line.startsWith('# ')).toBe(true);
      if (!lines.at(-1)?.startsWith('# '))
        expect(lines.at(-1)).toMatch(
          /^curl -sIL --max-redirs 20 --globoff (?:-X (?:[A-Za-z0-9._-]+|'[^']*'(?:\\''[^']*')*) )?'https?:\/\/[^']*'(?:\\''[^']*')*$/,
        );
      break;
    case 'markdown': {
      let columns = 0;
      for (const line of lines) {
        if (!line.startsWith('|')) {
          columns = 0;
          continue;
        }
        const n = markdownCells(line);
        if (columns === 0) columns = n;
        expect(n).toBe(columns);
      }
      break;
    }
  }
}

describe('no format throws, whatever the load', () => {
  it('random and malformed loads (property)', () => {
    fc.assert(
      fc.property(anyLoad, fc.boolean(), (l, redact) => {
        for (const format of EXPORT_FORMATS) checkOutput(format, exportLoad(l, format, ENGLISH, { redact }));
      }),
      { numRuns: 300 },
    );
  });

  it('redaction functions on random strings (property)', () => {
    fc.assert(
      fc.property(nasty, nasty, (a, b) => {
        expect(typeof redactUrl(a)).toBe('string');
        expect(redactHeaders([{ name: a, value: b }])).toHaveLength(1);
        // Redaction is idempotent: an export of an export hides nothing new and breaks nothing.
        expect(redactUrl(redactUrl(a))).toBe(redactUrl(a));
      }),
      { numRuns: 500 },
    );
  });

  it('null, undefined, arrays and numbers instead of a load', () => {
    for (const bad of [null, undefined, [], 42, 'load', { chain: null }, { chain: [null, 1, 'x'] }]) {
      for (const format of EXPORT_FORMATS) checkOutput(format, exportLoad(bad as unknown as PageLoad, format, ENGLISH));
    }
  });

  it('an unknown format falls back to text', () => {
    expect(exportLoad(redirectChainLoad(), 'pdf' as never, ENGLISH)).toBe(exportLoad(redirectChainLoad(), 'text', ENGLISH));
  });
});

describe('odd values', () => {
  it('status 0, NaN and out-of-range codes are "no status", never printed as one', () => {
    const l = redirectChainLoad();
    const [a, b, c] = l.chain;
    if (a === undefined || b === undefined || c === undefined) throw new Error('fixture');
    a.statusCode = 0;
    b.statusCode = Number.NaN;
    c.statusCode = 1000;
    l.final = { statusCode: 0, source: 'network' };
    const json = JSON.parse(exportLoad(l, 'json', ENGLISH)) as { chain: { statusCode: number | null }[]; final: unknown };
    expect(json.chain.map((h) => h.statusCode)).toEqual([null, null, null]);
    expect(json.final).toBeNull();
    const text = exportLoad(l, 'text', ENGLISH);
    expect(text).toContain('Final status: not observed');
    expect(text).not.toContain('NaN');
    expect(exportLoad(l, 'tsv', ENGLISH).split('\n')[1]?.split('\t')[1]).toBe('');
  });

  it('an unregistered code uses the status line, else says so', () => {
    const l = redirectChainLoad();
    const hop = l.chain[2];
    if (hop === undefined) throw new Error('fixture');
    hop.statusCode = 299;
    hop.statusLine = 'HTTP/1.1 299 Custom Thing';
    delete hop.explanation;
    expect(exportLoad(l, 'text', ENGLISH)).toContain('3. 299 Custom Thing');
    hop.statusLine = 'HTTP/2 299';
    expect(exportLoad(l, 'text', ENGLISH)).toContain('3. 299 Unregistered status');
  });

  it('caps huge values with a marker', () => {
    const l = redirectChainLoad();
    const hop = l.chain[2];
    if (hop === undefined) throw new Error('fixture');
    hop.headers = [{ name: 'X-Huge', value: 'A'.repeat(1_000_000) }];
    l.url = `https://www.example.com/${'b'.repeat(100_000)}`;
    for (const format of EXPORT_FORMATS) {
      const out = exportLoad(l, format, ENGLISH);
      expect(out.length, format).toBeLessThan(60_000);
    }
    const json = JSON.parse(exportLoad(l, 'json', ENGLISH)) as { page: { url: string }; chain: { headers: { value: string }[] }[] };
    const value = json.chain[2]?.headers[0]?.value ?? '';
    expect(value.endsWith(TRUNCATION_MARKER)).toBe(true);
    expect(value.length).toBe(MAX_EXPORT_VALUE_LENGTH + TRUNCATION_MARKER.length);
    expect(json.page.url.endsWith(TRUNCATION_MARKER)).toBe(true);
  });

  it('strips NUL and other controls, keeps Unicode (RTL, emoji, accents)', () => {
    const l = redirectChainLoad();
    l.url = 'https://www.example.com/\u0000\u0007caf\u00e9/\u202e\u05e9\u05dc\u05d5\u05dd/😀\u001b[31m';
    for (const format of EXPORT_FORMATS) {
      const out = exportLoad(l, format, ENGLISH);
      expect(out).not.toContain('\u0000');
      expect(out).not.toContain('\u001b');
      expect(out).not.toContain('\u0007');
    }
    const text = exportLoad(l, 'text', ENGLISH);
    expect(text).toContain('Page: https://www.example.com/café/\u202eשלום/😀[31m');
  });

  it('a lone surrogate becomes U+FFFD instead of breaking the clipboard or JSON', () => {
    const l = redirectChainLoad();
    l.url = 'https://www.example.com/\ud800x';
    expect(exportLoad(l, 'text', ENGLISH)).toContain('Page: https://www.example.com/\ufffdx');
  });
});
