/** Serves ROUTES on 127.0.0.1 with an ephemeral port; used by the e2e tests, `npm start` and benchmarks. */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ROUTES, type Route } from './routes';

/** A request as the server received it: what was sent on the wire, and when it was under way. */
export interface ReceivedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  /** performance.now() when it arrived and when its answer ended (absent while under way or dropped). */
  startedAt: number;
  endedAt?: number;
}

export interface RunningSite {
  origin: string;
  /** Every request received, as `METHOD /path?query`, oldest first (tests prove who asked for what). */
  requests: string[];
  /** The same requests with their headers and times (tests prove the User-Agent, the cookies, the concurrency). */
  received: ReceivedRequest[];
  close: () => Promise<void>;
}

function indexPage(): string {
  const items = ROUTES.filter((r) => r.demo)
    .map((r) => `<li><a href="${r.path}">${r.title}</a> <code>${r.path}</code></li>`)
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Status Inspector demo site</title></head><body><h1>Status Inspector demo site</h1><p>Each link answers with a real status code and the headers of the server or CDN named. Open the toolbar popup or the DevTools panel to see what the extension captured.</p><ul>${items}</ul></body></html>`;
}

export async function startSite(port = 0): Promise<RunningSite> {
  const byPath = new Map<string, Route>(ROUTES.map((r) => [r.path, r]));
  const requests: string[] = [];
  const received: ReceivedRequest[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(`${req.method ?? ''} ${req.url ?? ''}`);
    const record: ReceivedRequest = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, startedAt: performance.now() };
    received.push(record);
    res.on('close', () => (record.endedAt = performance.now()));
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(indexPage());
      return;
    }
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const route = byPath.get(url.pathname);
    const answer = route ? route.respond(url, req.headers) : { status: 404, headers: { 'content-type': 'text/plain' }, body: 'No such test route' };
    if (answer.dropConnection) {
      req.socket.destroy();
      return;
    }
    const headers = { 'cache-control': 'no-store', ...answer.headers };
    const send = (): void => {
      if (answer.reason !== undefined) res.writeHead(answer.status, answer.reason, headers);
      else res.writeHead(answer.status, headers);
      res.end(answer.body ?? '');
    };
    if (answer.delayMs === undefined) send();
    else setTimeout(send, answer.delayMs);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actual } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${actual}`,
    requests,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
