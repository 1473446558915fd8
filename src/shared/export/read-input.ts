/**
 * Defensive reads of a PageLoad. The type says what the capture core writes, but an export may be
 * run on a load read back from storage, written by an older version, or half built; so every field is
 * checked before use and anything unexpected is treated as absent (never coerced: an object's
 * `toString` is someone else's code).
 */

export type Fields = Readonly<Record<string, unknown>>;

const EMPTY: Fields = Object.freeze({});

/** The value as a record of fields; an empty record for anything that is not a plain object. */
export function fields(value: unknown): Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Fields) : EMPTY;
}

/** Reads own properties only: a load parsed from JSON may carry a `__proto__` or `constructor` key. */
export function field(record: Fields, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

export function list(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

export function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function finite(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** A count: a finite number >= 0, rounded down; 0 otherwise. */
export function count(value: unknown): number {
  const n = finite(value);
  return n !== undefined && n > 0 ? Math.floor(n) : 0;
}

export function bool(value: unknown): boolean | undefined {
  return typeof value === 'boolean' ? value : undefined;
}

/**
 * An HTTP status as browsers report it: an integer in 100..999. Anything else (0, NaN, 99.5, -1) is
 * "no status", not a status to print: we never turn garbage into a code.
 */
export function statusCode(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 100 && value <= 999 ? value : undefined;
}

/** ISO 8601 for an epoch time in milliseconds; undefined when out of Date's range (toISOString would throw). */
export function isoTime(ms: number | undefined): string | undefined {
  if (ms === undefined || !Number.isFinite(ms) || Math.abs(ms) > 8.64e15) return undefined;
  return new Date(ms).toISOString();
}
