/**
 * Retry-After (RFC 9110 10.2.3): either a number of seconds or an HTTP-date. Servers also send
 * garbage (negative numbers, "5.5", dates in the past); those are read as "no usable delay" rather
 * than guessed at.
 */

/** The delay in milliseconds asked for, from `now`; undefined when the value is absent or unusable. */
export function retryAfterMs(value: string | undefined, now: number): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // RFC 9110's three forms: IMF-fixdate and the obsolete RFC 850 form say GMT; asctime's form has no
  // zone but means GMT too, and Date.parse would read it as local time without one.
  const asctime = /^[a-z]{3} [a-z]{3} +\d{1,2} \d\d:\d\d:\d\d \d{4}$/i.test(text);
  if (!asctime && !/^[a-z]{3,9}, .*\bGMT$/i.test(text)) return undefined;
  const at = Date.parse(asctime ? `${text} GMT` : text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}
