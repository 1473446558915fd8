/**
 * Making any string safe to put in an export. Values come from the network (URLs, status lines, header
 * values) and from storage, so they may hold NUL and other control characters (which break terminals,
 * spreadsheets and clipboard handlers), lone surrogates (which some clipboards reject), or megabytes.
 * Unicode text (accents, CJK, emoji, right-to-left scripts) is kept: it is what the page really sent.
 */

/** Appended to every value we shorten (the same marker the capture core uses), so a cut value is never taken for the real one. */
export const TRUNCATION_MARKER = '…[truncated]';

/** The longest value an export prints. Capture already caps URLs at 4 KB, so real URLs are never cut. */
export const MAX_EXPORT_VALUE_LENGTH = 4096;

// C0 controls, DEL and C1 controls. Tab, CR and LF are included: a value is always printed on one line,
// and the formats add their own tabs and newlines between values.
const LINE_BREAKS = /[\t\n\r\v\f\u0085\u2028\u2029]/g;
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * One printable line: line breaks (including Unicode's NEL, LS and PS) become spaces so words stay
 * apart, other control characters are dropped, lone surrogates become U+FFFD.
 */
export function oneLine(value: string): string {
  return value.replace(LINE_BREAKS, ' ').replace(CONTROLS, '').replace(LONE_SURROGATE, '\ufffd');
}

/** Cuts `value` to `max` characters and marks it; never splits a surrogate pair. */
export function cap(value: string, max: number = MAX_EXPORT_VALUE_LENGTH): string {
  if (value.length <= max) return value;
  let end = Math.max(0, max);
  const last = value.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--; // the high half of a pair: cut before it
  return value.slice(0, end) + TRUNCATION_MARKER;
}
