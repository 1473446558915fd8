/**
 * Every export redacts by default (issue 8): whatever the secret, however the header name is
 * spelled, wherever in the chain it sits, no Cookie, Set-Cookie or Authorization value survives
 * into any format unless redaction is turned off.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, escapeMarkdown, exportLoad } from './index';
import { redirectChainLoad } from './fixtures/page-loads';
import { ENGLISH } from '../i18n/english-i18n';

/** How many generated loads the property tries; docs/reliability.md quotes it. */
export const REDACTION_RUNS = 300;

const secretName = fc.constantFrom('cookie', 'set-cookie', 'authorization', 'proxy-authorization').chain((name) =>
  fc.array(fc.boolean(), { minLength: name.length, maxLength: name.length }).map((upper) =>
    Array.from(name)
      .map((ch, i) => (upper[i] ? ch.toUpperCase() : ch))
      .join(''),
  ),
);
/** A recognisable secret, so that finding it in the output cannot be an accident. */
const secret = fc.stringMatching(/^[A-Za-z0-9]{12,32}$/).map((s) => `Zq9${s}`);

describe('exports redact secrets by default (property)', () => {
  it('no Cookie, Set-Cookie or Authorization value survives, in any format', () => {
    fc.assert(
      fc.property(secretName, secret, fc.nat(), fc.constantFrom('', 'Bearer ', 'Basic ', 'session=', 'a=1; b='), (name, value, at, prefix) => {
        const load = redirectChainLoad();
        const hop = load.chain[at % load.chain.length]!;
        hop.headers = [...(hop.headers ?? []), { name, value: `${prefix}${value}; Path=/; HttpOnly` }];
        for (const format of EXPORT_FORMATS) {
          const out = exportLoad(load, format, ENGLISH);
          expect(out, `${format} ${name}`).not.toContain(value);
          expect(out, `${format} ${name}`).not.toContain(escapeMarkdown(value));
        }
        // The control: with redaction off the value is there, so the check above can see it.
        expect(EXPORT_FORMATS.some((format) => exportLoad(load, format, ENGLISH, { redact: false }).includes(value))).toBe(true);
      }),
      { numRuns: REDACTION_RUNS },
    );
  });
});
