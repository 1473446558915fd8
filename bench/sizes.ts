/**
 * What each part of the extension weighs, gzipped, read from the Chrome build:
 *   npm run build && tsx bench/sizes.ts
 * "Initial" means what a page loads before it can show anything: its HTML's scripts, module
 * preloads and stylesheets, and their static imports. Prints JSON on the last line.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROME_DIST as BUILT, ROOT } from '../tests/e2e/fixtures/paths';
import { registryChunkPaths } from './registry-chunks';
import { TRANSLATED_LOCALES } from '../src/shared/registry/translations/localize';
import { localeDir, type Locale } from '../src/shared/i18n/locales';

/** BENCH_CHROME_DIST weighs another build (one made elsewhere to compare with). */
const CHROME_DIST = process.env.BENCH_CHROME_DIST ?? BUILT;

const gz = (path: string): number => gzipSync(readFileSync(path), { level: 9 }).length;

/** Static imports of a built module (`import … from "./x.js"` and bare `import "./x.js"`). */
function staticImports(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  const found = new Set<string>();
  for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[^'"();]*?from\s*)?["']([^"']+)["']/g)) found.add(m[1]!);
  return [...found].map((spec) => join(file, '..', spec));
}

function closure(entries: string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    if (file.endsWith('.js')) queue.push(...staticImports(file));
  }
  return seen;
}

function htmlInitial(htmlPath: string): Set<string> {
  const html = readFileSync(join(CHROME_DIST, htmlPath), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="(\/[^"]+\.(?:js|css))"/g)].map((m) => join(CHROME_DIST, m[1]!));
  return closure(refs);
}

const sum = (files: Iterable<string>): number => [...files].reduce((n, f) => n + gz(f), 0);
const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;

const registryChunks = registryChunkPaths(join(CHROME_DIST, 'assets'));
const { background } = JSON.parse(readFileSync(join(CHROME_DIST, 'manifest.json'), 'utf8')) as { background: { service_worker: string } };
const worker = closure([join(CHROME_DIST, background.service_worker)]);
const zips = existsSync(join(ROOT, 'artifacts'))
  ? readdirSync(join(ROOT, 'artifacts'))
      .filter((f) => f.endsWith('.zip'))
      .map((f) => ({ file: f, bytes: statSync(join(ROOT, 'artifacts', f)).size }))
  : [];

// A language's text is its registry chunk, named after its locale ('de-<hash>.js'), and its interface
// messages (`_locales/de/messages.json`, as packed). The browser reads only one language's messages and
// a page loads only its language's chunk: each weighed on its own, apart from the zips' budget (budgets.ts).
const assets = readdirSync(join(CHROME_DIST, 'assets'));
const translationsGzip = TRANSLATED_LOCALES.map((locale) => {
  const file = assets.find((f) => f.startsWith(`${locale}-`) && /^[\w-]{8}\.js$/.test(f.slice(locale.length + 1)));
  const registry = file === undefined ? Number.NaN : gz(join(CHROME_DIST, 'assets', file));
  return { locale, bytes: registry + gz(join(CHROME_DIST, '_locales', localeDir(locale as Locale), 'messages.json')) };
});

const result = {
  popupInitialGzip: sum(htmlInitial('src/popup/index.html')),
  panelInitialGzip: sum(htmlInitial('src/devtools/panel.html')),
  backgroundGzip: sum(worker),
  registryGzip: sum(registryChunks),
  registryRaw: registryChunks.reduce((n, f) => n + statSync(f).size, 0),
  zips,
  translationsGzip,
};
console.log(`popup, initial JS + CSS:   ${kib(result.popupInitialGzip)} gzipped`);
console.log(`panel, initial JS + CSS:   ${kib(result.panelInitialGzip)} gzipped`);
console.log(`background worker:         ${kib(result.backgroundGzip)} gzipped`);
console.log(`registry (data + lookup):  ${kib(result.registryGzip)} gzipped, ${kib(result.registryRaw)} raw`);
for (const t of translationsGzip) console.log(`language text, ${t.locale}:`.padEnd(27) + `${kib(t.bytes)} gzipped`);
for (const z of zips) console.log(`${z.file}: ${kib(z.bytes)}`);
console.log(JSON.stringify(result));
