/**
 * The pages the browser benchmarks load, served on 127.0.0.1 with an ephemeral port. Every answer
 * says `no-store` and every URL carries the round's own `u=` value, so nothing comes from a cache.
 *
 *   /load/hop/1?u=…  → 302 … /load/hop/5 → 302 /load/page?u=…  (a 5-hop chain, then the page)
 *   /load/page?u=…   240 images, 30 style sheets, 30 scripts: 300 sub-resources
 *   /burst/hop/1?n=N&u=… → 301 → 302 → 307 → /burst/page?n=N&u=…: the page fires N fetches at once
 *                     (one in four answers 404) and notes when it fired them and when the last answered
 *   /check/hop?i=…&u=… → 302 /check/ok?i=…&u=… (200): one URL of the link checker's list
 *   /__hits?of=…     how many requests carried that `u=` value so far
 */
import { fork } from 'node:child_process';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';

export const LOAD_HOPS = 5;
export const LOAD_SUBRESOURCES = { images: 240, styles: 30, scripts: 30 } as const;
/** The burst page's own redirect chain: status of each hop before the page. */
export const BURST_HOPS = [301, 302, 307] as const;

export interface BenchSite {
  origin: string;
  /** Requests the server answered for one `u=` value: proof a load really fetched everything. */
  hits: (u: string) => Promise<number>;
  close: () => Promise<void>;
}

const html = (title: string, head: string, body: string): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${title}</title>${head}</head><body>${body}</body></html>`;

function loadPage(u: string): string {
  const q = `u=${encodeURIComponent(u)}`;
  const styles = Array.from({ length: LOAD_SUBRESOURCES.styles }, (_, i) => `<link rel="stylesheet" href="/load/res?k=css&i=${i}&${q}">`).join('');
  const images = Array.from({ length: LOAD_SUBRESOURCES.images }, (_, i) => `<img alt="" width="1" height="1" src="/load/res?k=img&i=${i}&${q}">`).join('');
  const scripts = Array.from({ length: LOAD_SUBRESOURCES.scripts }, (_, i) => `<script src="/load/res?k=js&i=${i}&${q}"></script>`).join('');
  return html('300 sub-resources', styles, `<h1>300 sub-resources</h1>${images}${scripts}`);
}

function burstPage(n: number, u: string): string {
  // Every fetch starts in the same task; the page records when, and when the last one settled.
  const script = `<script>
    const u = ${JSON.stringify(u)};
    window.__burst = { firedAt: Date.now(), settledAt: 0 };
    const all = [];
    for (let i = 0; i < ${n}; i++) all.push(fetch('/burst/res?i=' + i + '&u=' + encodeURIComponent(u)).then((r) => r.text(), () => ''));
    Promise.all(all).then(() => { window.__burst.settledAt = Date.now(); });
  </script>`;
  return html(`${n} requests at once`, '', `<h1>${n} requests at once</h1>${script}`);
}

const BODIES: Record<string, [string, string]> = {
  img: ['image/svg+xml', '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>'],
  css: ['text/css', '/* a style sheet */'],
  js: ['text/javascript', '/* a script */'],
};

const hitsByU = new Map<string, number>();

function respond(req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const u = url.searchParams.get('u') ?? '';
  if (u) hitsByU.set(u, (hitsByU.get(u) ?? 0) + 1);
  const send = (status: number, type: string, body: string, extra: Record<string, string> = {}): void => {
    res.writeHead(status, { 'cache-control': 'no-store', 'content-type': type, ...extra }).end(body);
  };
  const hop = /^\/(load|burst)\/hop\/(\d+)$/.exec(url.pathname);
  if (hop) {
    const [, kind, nText] = hop;
    const n = Number(nText);
    const hops = kind === 'load' ? LOAD_HOPS : BURST_HOPS.length;
    const status = kind === 'load' ? 302 : (BURST_HOPS[n - 1] ?? 302);
    const next = n < hops ? `/${kind!}/hop/${n + 1}` : `/${kind!}/page`;
    send(status, 'text/html', '', { location: `${next}${url.search}` });
    return;
  }
  switch (url.pathname) {
    case '/load/page':
      return send(200, 'text/html; charset=utf-8', loadPage(u));
    case '/load/res': {
      const [type, body] = BODIES[url.searchParams.get('k') ?? ''] ?? ['text/plain', 'ok'];
      return send(200, type, body);
    }
    case '/burst/page':
      return send(200, 'text/html; charset=utf-8', burstPage(Math.min(10_000, Number(url.searchParams.get('n') ?? 2000) || 0), u));
    case '/burst/res': {
      const i = Number(url.searchParams.get('i') ?? 0);
      return i % 4 === 0 ? send(404, 'text/plain', 'missing') : send(200, 'application/json', '{"ok":true}');
    }
    case '/check/hop':
      return send(302, 'text/html', '', { location: `/check/ok${url.search}` });
    case '/check/ok':
      return send(200, 'text/html; charset=utf-8', html('Checked', '', '<p>Checked.</p>'));
    case '/__hits':
      return send(200, 'text/plain', String(hitsByU.get(url.searchParams.get('of') ?? '') ?? 0));
    case '/blank':
      return send(200, 'text/html; charset=utf-8', html('Blank', '', '<p>Nothing here.</p>'));
    default:
      return send(404, 'text/plain', 'no such bench route');
  }
}

/** Serves the bench pages on 127.0.0.1 (an ephemeral port) in this process; resolves to the port. */
export async function serveBenchSite(): Promise<{ port: number; close: () => Promise<void> }> {
  const server = createServer(respond);
  // Chromium opens up to six connections per host and keeps them alive between loads.
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Starts the site in a child process of its own. The benchmark's own process drives the browsers
 * over CDP and handles every network event they report; a server sharing that one thread answered
 * later and later as those piled up, and every browser's loads slowed down with it.
 */
export async function startBenchSite(): Promise<BenchSite> {
  const child = fork(fileURLToPath(new URL('./bench-site-process.ts', import.meta.url)), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (message) => resolve((message as { port: number }).port));
    child.once('exit', (code) => reject(new Error(`the bench site exited with ${String(code)}`)));
  });
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    hits: async (u) => Number(await (await fetch(`${origin}/__hits?of=${encodeURIComponent(u)}`)).text()),
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}
