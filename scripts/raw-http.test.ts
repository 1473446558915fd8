import { describe, expect, it } from 'vitest';
import { parseRaw } from './raw-http';

const raw = (text: string) => Buffer.from(text, 'latin1');

describe('parseRaw', () => {
  it('keeps the status line and the headers exactly: order, case, an empty reason phrase', () => {
    const r = parseRaw(raw('HTTP/1.1 404 \r\nContent-Type: text/html\r\nx-Odd-Case:  spaced  \r\n\r\n<p>gone</p>'));
    expect(r).toEqual({
      statusLine: 'HTTP/1.1 404 ',
      headers: [
        ['Content-Type', 'text/html'],
        ['x-Odd-Case', 'spaced'],
      ],
      body: '<p>gone</p>',
    });
  });

  it('decodes a chunked body', () => {
    const r = parseRaw(raw('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n6\r\norigin\r\n8;ext=1\r\n: hello\n\r\n0\r\n\r\n'));
    expect(r?.body).toBe('origin: hello\n');
  });

  it('gives nothing for bytes with no complete head', () => {
    expect(parseRaw(raw('this is not HTTP'))).toBeUndefined();
  });
});
