import { describe, expect, it } from 'vitest';
import { inEnglish } from './in-english';
import { decodeText as decodeTextRaw } from './decode-text';

// The answers as a person reads them, in English.
const decodeText = (...args: Parameters<typeof decodeTextRaw>) => inEnglish(decodeTextRaw(...args));

const bytes = (...b: number[]): Uint8Array => new Uint8Array(b);
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('decodeText', () => {
  it('reads UTF-8, with or without a byte order mark', () => {
    expect(decodeText(utf8('https://exämple.com/'))).toEqual({ ok: true, text: 'https://exämple.com/', encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('a,b')]))).toEqual({ ok: true, text: 'a,b', encoding: 'utf-8' });
  });

  it('falls back to windows-1252 when the bytes are not UTF-8 (a Latin-1 export from Excel)', () => {
    // "café;€" in windows-1252: é = 0xE9, € = 0x80.
    expect(decodeText(bytes(0x63, 0x61, 0x66, 0xe9, 0x3b, 0x80))).toEqual({ ok: true, text: 'café;€', encoding: 'windows-1252' });
  });

  it('decodes the whole windows-1252 upper range as browsers do (not as plain Latin-1)', () => {
    const text = decodeText(bytes(0x80, 0x81, 0x8a, 0x99, 0x9f, 0xa0, 0xff));
    expect(text).toEqual({ ok: true, text: '€\u0081Š™Ÿ\u00A0ÿ', encoding: 'windows-1252' });
  });

  it('reads UTF-16 in either byte order when it carries its mark', () => {
    expect(decodeText(bytes(0xff, 0xfe, 0x61, 0x00, 0x2c, 0x00))).toEqual({ ok: true, text: 'a,', encoding: 'utf-16le' });
    expect(decodeText(bytes(0xfe, 0xff, 0x00, 0x61))).toEqual({ ok: true, text: 'a', encoding: 'utf-16be' });
  });

  it('recognises UTF-16 without its mark by its NUL bytes', () => {
    const le = new Uint8Array(Array.from(utf8('https://a.example/')).flatMap((b) => [b, 0]));
    expect(decodeText(le)).toEqual({ ok: true, text: 'https://a.example/', encoding: 'utf-16le' });
    const be = new Uint8Array(Array.from(utf8('url,x')).flatMap((b) => [0, b]));
    expect(decodeText(be)).toEqual({ ok: true, text: 'url,x', encoding: 'utf-16be' });
  });

  it('says what a binary file is instead of reading garbage', () => {
    expect(decodeText(bytes(0x50, 0x4b, 0x03, 0x04, 0x14))).toMatchObject({ ok: false, reason: 'binary', message: expect.stringContaining('xlsx') as unknown });
    expect(decodeText(bytes(0x1f, 0x8b, 0x08))).toMatchObject({ ok: false, message: expect.stringContaining('gzip') as unknown });
    expect(decodeText(bytes(0x61, 0x00, 0x62))).toMatchObject({ ok: false, message: expect.stringContaining('NUL') as unknown });
  });

  it('reads an empty file as empty text', () => {
    expect(decodeText(bytes())).toEqual({ ok: true, text: '', encoding: 'utf-8' });
  });
});
