/**
 * A raw HTTP/1.1 client for the server captures: it writes the request bytes itself and keeps the
 * response exactly as it came (the status line and every header, in order and in their own case), which
 * Node's http client would normalise. Chunked bodies are decoded; nothing else is changed.
 */
import { connect } from 'node:net';

export interface RawResponse {
  statusLine: string;
  /** Name and value as sent, in order. */
  headers: [string, string][];
  body: string;
}

export interface RawRequest {
  method: string;
  /** The request target: '/path', or 'http://host:port/path' for a forward proxy. */
  target: string;
  /** Sent instead of the built request, for malformed-request cases. */
  raw?: string;
}

/** Bodies larger than this are cut: error pages are a few KB. */
const MAX_BODY = 64 * 1024;

function dechunk(data: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  while (at < data.length) {
    const eol = data.indexOf('\r\n', at);
    if (eol < 0) break;
    const size = parseInt(data.subarray(at, eol).toString('latin1').split(';')[0] ?? '', 16);
    if (!Number.isFinite(size) || size === 0) break;
    parts.push(data.subarray(eol + 2, eol + 2 + size));
    at = eol + 2 + size + 2;
  }
  return Buffer.concat(parts);
}

/** Parses a response's bytes; undefined when no complete head arrived. */
export function parseRaw(data: Buffer): RawResponse | undefined {
  const end = data.indexOf('\r\n\r\n');
  if (end < 0) return undefined;
  const [statusLine = '', ...lines] = data.subarray(0, end).toString('latin1').split('\r\n');
  const headers: [string, string][] = [];
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.push([line.slice(0, colon), line.slice(colon + 1).trim()]);
  }
  let body = data.subarray(end + 4);
  if (headers.some(([n, v]) => n.toLowerCase() === 'transfer-encoding' && /chunked/i.test(v))) body = dechunk(body);
  return { statusLine, headers, body: body.subarray(0, MAX_BODY).toString('utf8') };
}

/** Sends one request on a fresh connection ('Connection: close') and reads until the server closes it. */
export function rawRequest(port: number, request: RawRequest, timeoutMs = 20_000): Promise<RawResponse> {
  const text =
    request.raw ??
    `${request.method} ${request.target} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nUser-Agent: status-inspector-capture\r\nAccept: */*\r\n` +
      `${request.method === 'POST' || request.method === 'PUT' ? 'Content-Length: 0\r\n' : ''}Connection: close\r\n\r\n`;
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = connect(port, '127.0.0.1');
    const timer = setTimeout(() => socket.destroy(new Error(`no complete response from port ${port} in ${timeoutMs} ms`)), timeoutMs);
    const finish = (error?: Error): void => {
      clearTimeout(timer);
      const parsed = parseRaw(Buffer.concat(chunks));
      if (parsed) resolve(parsed);
      else reject(error ?? new Error(`no response head from port ${port}`));
    };
    socket.on('connect', () => socket.write(text, 'latin1'));
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      // Some servers keep the connection open despite 'Connection: close': stop once Content-Length is read.
      const data = Buffer.concat(chunks);
      const end = data.indexOf('\r\n\r\n');
      const length = end < 0 ? undefined : /\r\ncontent-length:\s*(\d+)/i.exec(data.subarray(0, end).toString('latin1'))?.[1];
      if (length !== undefined && data.length - end - 4 >= Number(length)) {
        socket.destroy();
        finish();
      }
    });
    socket.on('end', () => {
      finish();
    });
    socket.on('error', (error) => {
      finish(error);
    });
  });
}
