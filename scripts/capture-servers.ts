/**
 * Rebuilds tests/fixtures/servers/<product>/<case>.json from the real products, as Debian ships them:
 * each server starts on 127.0.0.1 on free ports with its default settings plus the least configuration
 * that provokes a case (a proxy pointed at a closed port, a silent upstream, a deny rule), answers a few
 * requests sent byte for byte, and is stopped (also when something fails). Not part of `npm test`: the
 * fixtures are committed and the unit tests read them.
 *
 *   apt-get install apache2 lighttpd caddy h2o tomcat10 jetty9 gunicorn uwsgi uwsgi-plugin-python3 \
 *     varnish haproxy squid trafficserver tinyproxy nginx
 *   npx tsx scripts/capture-servers.ts [product ...]
 *
 * Express is not a dependency of the extension: the script installs it into its own temporary folder.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createNetServer, connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { format } from 'prettier';
import { ROOT } from '../tests/e2e/fixtures/paths';
import { rawRequest, type RawRequest, type RawResponse } from './raw-http';
import { SERVER_PRODUCTS, type CaptureCase, type Ports, type ServerProduct } from './server-products';

const OUT = join(ROOT, 'tests', 'fixtures', 'servers');
const running = new Set<ChildProcess>();
const listeners: (Server | ReturnType<typeof createNetServer>)[] = [];
const sockets = new Set<Socket>();

/** A port nothing listens on when it is returned. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createNetServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => {
        resolve(port);
      });
    });
  });
}

async function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => {
      resolve(false);
    });
  });
}

async function waitForPort(port: number, child: ChildProcess, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`exited with ${child.exitCode} before listening`);
    if (await listening(port)) return;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`port ${port} not listening after ${timeoutMs} ms`);
}

/** Stops a server and everything it forked (it runs in its own process group). */
async function stop(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) {
    running.delete(child);
    return;
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const signal = (name: NodeJS.Signals): void => {
    try {
      process.kill(-child.pid!, name);
    } catch {
      // Already gone.
    }
  };
  signal('SIGTERM');
  const killed = await Promise.race([exited.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 5000))]);
  if (!killed) {
    signal('SIGKILL');
    await exited;
  }
  running.delete(child);
}

function stopAllNow(): void {
  for (const child of running) {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
  running.clear();
}
process.on('exit', stopAllNow);
for (const name of ['SIGINT', 'SIGTERM'] as const)
  process.on(name, () => {
    stopAllNow();
    process.exit(130);
  });

/** The upstreams the proxies are pointed at: one that answers, one that never does, one that sends nonsense. */
async function startUpstreams(ports: Ports): Promise<void> {
  const origin = createHttpServer((req, res) => {
    if (req.url?.includes('missing')) {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('origin: not found\n');
      return;
    }
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.end('origin: hello\n');
  });
  const silent = createNetServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
  });
  const garbage = createNetServer((socket) => {
    socket.on('error', () => undefined);
    socket.once('data', () => socket.end('this is not HTTP\r\n\r\n'));
  });
  for (const [server, port] of [
    [origin, ports.origin],
    [silent, ports.silent],
    [garbage, ports.garbage],
  ] as const) {
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    listeners.push(server);
  }
}

function debianVersion(pkg: string): string {
  return execFileSync('/usr/bin/dpkg-query', ['-W', '-f', '${Version}', pkg], { encoding: 'utf8' }).trim();
}

/** '2.4.62-1~deb12u2' → '2.4.62'; '1:0.10' → '0.10'; '2.2.5+dfsg2-7' → '2.2.5'. */
function upstreamVersion(version: string): string {
  return version
    .replace(/^\d+:/, '')
    .replace(/-[^-]*$/, '')
    .replace(/[+~](?:dfsg|ds|repack)\w*$/, '');
}

interface Fixture {
  product: string;
  productVersion: string;
  case: string;
  provokedBy: string;
  /** Who made the response: the product itself, or the upstream it relayed. */
  madeBy: 'product' | 'upstream';
  source: { kind: 'capture'; debianPackage: string; debianVersion: string; command: string; capturedAt: string; script: string };
  request: string;
  response: RawResponse;
}

async function writeFixture(product: string, name: string, fixture: Fixture): Promise<void> {
  const dir = join(OUT, product);
  mkdirSync(dir, { recursive: true });
  const text = await format(JSON.stringify(fixture), { parser: 'json', printWidth: 160 });
  writeFileSync(join(dir, `${name}.json`), text);
}

function requestText(request: RawRequest): string {
  return request.raw !== undefined ? JSON.stringify(request.raw) : `${request.method} ${request.target} HTTP/1.1`;
}

async function runCase(port: number, c: CaptureCase): Promise<RawResponse> {
  for (const warm of c.before ?? []) await rawRequest(port, warm).catch(() => undefined);
  return rawRequest(port, c.request);
}

async function captureProduct(product: ServerProduct, ports: Ports): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), `capture-${product.id}-`));
  chmodSync(dir, 0o777);
  let child: ChildProcess | undefined;
  let written = 0;
  try {
    const port = await freePort();
    const setup = product.setup({ dir, port, ports });
    const version = debianVersion(product.debianPackage);
    const [cmd, ...args] = setup.command;
    if (cmd === undefined) throw new Error('no command');
    child = spawn(cmd, args, { cwd: dir, detached: true, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...setup.env } });
    running.add(child);
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-4000);
    });
    try {
      await waitForPort(port, child, product.startTimeoutMs ?? 20_000);
    } catch (error) {
      throw new Error(`${String(error)}\n${stderr}`, { cause: error });
    }
    if (setup.settleMs) await new Promise((r) => setTimeout(r, setup.settleMs));
    const capturedAt = new Date().toISOString();
    for (const c of setup.cases) {
      try {
        const response = await runCase(port, c);
        const status = /^HTTP\/\d(?:\.\d)? (\d{3})/.exec(response.statusLine)?.[1];
        if (status === undefined || (c.errorOnly && Number(status) < 400)) {
          console.log(`  ${product.id}/${c.name}: skipped, the answer was ${response.statusLine.slice(0, 60)}`);
          continue;
        }
        const name = `${status}-${c.name}`;
        await writeFixture(product.id, name, {
          product: product.id,
          productVersion: setup.productVersion ?? upstreamVersion(version),
          case: name,
          provokedBy: c.provokedBy,
          madeBy: c.madeBy ?? 'product',
          source: {
            kind: 'capture',
            debianPackage: product.debianPackage,
            debianVersion: version,
            command: setup.command.join(' ').replaceAll(dir, '$DIR'),
            capturedAt,
            script: 'scripts/capture-servers.ts',
          },
          request: requestText(c.request),
          response,
        });
        written++;
        console.log(`  ${product.id}/${name}: ${response.statusLine}`);
      } catch (error) {
        console.error(`  ${product.id}/${c.name}: FAILED ${String(error)}`);
      }
    }
  } finally {
    if (child) await stop(child);
    rmSync(dir, { recursive: true, force: true });
  }
  return written;
}

async function main(): Promise<void> {
  const only = new Set(process.argv.slice(2));
  const ports: Ports = { origin: await freePort(), silent: await freePort(), garbage: await freePort(), closed: await freePort() };
  await startUpstreams(ports);
  let total = 0;
  try {
    for (const product of SERVER_PRODUCTS) {
      if (only.size > 0 && !only.has(product.id)) continue;
      console.log(product.id);
      try {
        rmSync(join(OUT, product.id), { recursive: true, force: true });
        total += await captureProduct(product, ports);
      } catch (error) {
        console.error(`  ${product.id}: FAILED ${String(error)}`);
      }
    }
  } finally {
    for (const socket of sockets) socket.destroy();
    for (const server of listeners) server.close();
    stopAllNow();
  }
  console.log(`${total} fixtures written to ${OUT}`);
}

await main();
