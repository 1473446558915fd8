/**
 * Bytes of a list file to text. Files come from spreadsheets and old editors as often as from modern
 * tools, so the encoding is found, not assumed: a byte order mark decides when there is one; else
 * strict UTF-8 (which cannot be mistaken: random Latin-1 text is almost never valid UTF-8); else
 * windows-1252, the superset of Latin-1 that Excel and Windows editors write ("Latin-1" labels are
 * decoded as windows-1252 by every browser anyway, per the WHATWG Encoding standard).
 *
 * windows-1252 is decoded here, not by TextDecoder: Node's TextDecoder reads that label as plain
 * ISO-8859-1 (0x80 becomes U+0080, not '€'), so the same file would read differently in the tests and
 * in the browser. The table is 32 entries; everything else is Latin-1.
 */

import { phrase, type Phrase } from './checker-phrase';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type DecodedText = { ok: true; text: string; encoding: TextEncodingName } | { ok: false; reason: 'binary'; message: Phrase };

export function decodeText(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decoded(bytes.subarray(3), 'utf-8', false);
  if (startsWith(bytes, [0xff, 0xfe])) return decoded(bytes.subarray(2), 'utf-16le', false);
  if (startsWith(bytes, [0xfe, 0xff])) return decoded(bytes.subarray(2), 'utf-16be', false);
  const utf16 = bomlessUtf16(bytes);
  if (utf16 !== undefined) return decoded(bytes, utf16, false);
  const binary = binaryKind(bytes);
  if (binary !== undefined) return { ok: false, reason: 'binary', message: binary };
  try {
    return decoded(bytes, 'utf-8', true);
  } catch {
    return { ok: true, text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

/** 0x80..0x9F in windows-1252 (WHATWG index); the five undefined bytes map to their C1 controls, as browsers do. */
const WINDOWS_1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  // In slices, so that String.fromCharCode never receives more arguments than an engine allows.
  for (let start = 0; start < bytes.length; start += 8192) {
    const slice = bytes.subarray(start, start + 8192);
    const codes = Array.from(slice, (b) => (b >= 0x80 && b <= 0x9f ? WINDOWS_1252_HIGH.charCodeAt(b - 0x80) : b));
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

function decoded(bytes: Uint8Array, encoding: TextEncodingName, fatal: boolean): DecodedText {
  // ignoreBOM: the mark was removed above; a second one would be content.
  return { ok: true, text: new TextDecoder(encoding, { fatal, ignoreBOM: true }).decode(bytes), encoding };
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/**
 * UTF-16 without its byte order mark (some Windows tools write it so): ASCII text then has a NUL in
 * every other byte, odd ones for little-endian, even ones for big-endian. Text in any 8-bit encoding
 * has no NUL at all, so the pattern cannot be mistaken.
 */
function bomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096) & ~1);
  if (sample.length < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  const pairs = sample.length / 2;
  if (oddZeros >= pairs * 0.9 && evenZeros === 0) return 'utf-16le';
  if (evenZeros >= pairs * 0.9 && oddZeros === 0) return 'utf-16be';
  return undefined;
}

/** Files people open by mistake, named so the answer says what to do. */
function binaryKind(bytes: Uint8Array): Phrase | undefined {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return phrase('checkerFileZip');
  if (startsWith(bytes, [0x1f, 0x8b])) return phrase('checkerFileGzip');
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return phrase('checkerFileOldOffice');
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return phrase('checkerFilePdf');
  // Text never holds NUL bytes; UTF-16 without a byte order mark is the one honest exception, and rare.
  const sample = bytes.subarray(0, 4096);
  if (sample.includes(0)) return phrase('checkerFileBinary');
  return undefined;
}
