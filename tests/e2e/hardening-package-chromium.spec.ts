/**
 * The built packages (issue 8): a strict Content Security Policy for extension pages in both
 * manifests, the fewest permissions, nothing web-accessible or externally connectable, and no way
 * to turn text into markup or code in any bundle. Then, in Chromium, the policy at work: an inline
 * script and eval are refused in an extension page, and a web page cannot load the package's files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROME_DIST, FIREFOX_DIST, ROOT } from './fixtures/paths';
import { expect, test } from './fixtures/site-test';

type Manifest = Record<string, unknown> & { content_security_policy?: { extension_pages?: string } };

/** manifest.json, the one source both builds derive from. */
const source = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as Required<Pick<Manifest, 'content_security_policy'>>;

const read = (dir: string): Manifest => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;

/** The policy's directives, by name. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

function bundles(dir: string): { file: string; code: string }[] {
  const assets = join(dir, 'assets');
  return readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .map((file) => ({ file, code: readFileSync(join(assets, file), 'utf8') }))
    .concat(readdirSync(join(dir, 'src', 'content')).map((file) => ({ file, code: readFileSync(join(dir, 'src', 'content', file), 'utf8') })));
}

test.describe('the built packages', () => {
  for (const [name, dir] of [
    ['Chrome', CHROME_DIST],
    ['Firefox', FIREFOX_DIST],
  ] as const) {
    test(`${name}: strict CSP, fewest permissions, nothing exposed to web pages`, () => {
      const manifest = read(dir);
      const policy = manifest.content_security_policy?.extension_pages ?? '';
      expect(policy).toBe(source.content_security_policy.extension_pages);
      expect(policy.length).toBeGreaterThan(0);
      const csp = directives(policy);
      expect(csp.get('script-src')).toEqual(["'self'"]);
      expect(csp.get('object-src')).toEqual(["'none'"]);
      expect(csp.get('default-src')).toEqual(["'self'"]);
      expect(csp.get('base-uri')).toEqual(["'none'"]);
      // The one intended opening (issue 15): the checker page fetches the URLs a person asked it to
      // check, so connect-src allows http(s). Every other page narrows it again (next test).
      expect(csp.get('connect-src')).toEqual(["'self'", 'blob:', 'http:', 'https:']);
      // Nothing else remote, and nothing that turns text into code, in any directive.
      const others = policy.replace(/connect-src[^;]*/, '');
      expect(others).not.toMatch(/unsafe-inline|unsafe-eval|wasm-unsafe-eval|https?:|\*/);
      expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|wasm-unsafe-eval|\*/);

      // The checker changes its own requests' User-Agent: a declarativeNetRequest session rule in
      // Chromium (no install warning), an optional blocking webRequest listener in Firefox (issue 15).
      expect(manifest['permissions']).toEqual(
        name === 'Chrome'
          ? ['webRequest', 'webNavigation', 'storage', 'contextMenus', 'declarativeNetRequestWithHostAccess']
          : ['webRequest', 'webNavigation', 'storage', 'contextMenus'],
      );
      expect(manifest['optional_permissions']).toEqual(name === 'Chrome' ? ['scripting'] : ['scripting', 'webRequestBlocking']);
      expect(manifest['host_permissions']).toEqual(['<all_urls>']);
      for (const key of ['web_accessible_resources', 'externally_connectable', 'content_scripts', 'update_url', 'key']) {
        expect(manifest[key], key).toBeUndefined();
      }
    });

    test(`${name}: every page but the checker narrows connect-src back to the package itself`, () => {
      const pages = readdirSync(join(dir, 'src'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
      expect(pages.length).toBeGreaterThan(5);
      for (const page of pages) {
        const html = readFileSync(join(dir, 'src', page), 'utf8');
        const narrowed = html.includes(`<meta http-equiv="Content-Security-Policy" content="connect-src 'self' blob:" />`);
        expect(narrowed, page).toBe(!page.startsWith('checker'));
      }
    });

    test(`${name}: no bundle assigns HTML or evaluates strings`, () => {
      const all = bundles(dir);
      expect(all.length).toBeGreaterThan(5);
      const sinks =
        /\.(innerHTML|outerHTML)\s*=(?!=)|insertAdjacentHTML|document\.write\(|\beval\(|new Function\(|setTimeout\(\s*['"`]|createContextualFragment/;
      expect(all.filter((b) => sinks.test(b.code)).map((b) => `${b.file}: ${String(sinks.exec(b.code)?.[0])}`)).toEqual([]);
    });
  }
});

/** The chunks a module loads before it runs, itself included: its static imports, transitively. */
function staticClosure(dir: string, file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(join(dir, 'assets', file), 'utf8');
  for (const [, imported] of code.matchAll(/(?:^|[;}\s])(?:import|export)\b[^"'`()]*?from\s*["'`]\.\/([^"'`]+\.js)["'`]/g)) staticClosure(dir, imported!, seen);
  for (const [, imported] of code.matchAll(/(?:^|[;}\s])import\s*["'`]\.\/([^"'`]+\.js)["'`]/g)) staticClosure(dir, imported!, seen);
  return seen;
}

test.describe('how the pages load', () => {
  for (const [name, dir] of [
    ['Chrome', CHROME_DIST],
    ['Firefox', FIREFOX_DIST],
  ] as const) {
    test(`${name}: the popup starts from a few files, the background from one, and the background never carries the popup's code`, () => {
      const html = readFileSync(join(dir, 'src', 'popup', 'index.html'), 'utf8');
      const scripts = [...html.matchAll(/<script type="module"[^>]*src="\/assets\/([^"]+)"/g)].map((m) => m[1]!);
      expect(scripts.length).toBeGreaterThan(0);
      expect(scripts.length).toBeLessThanOrEqual(3);
      expect(html).not.toContain('modulepreload');
      const popupOnly = scripts.filter((f) => f.startsWith('popup-'));
      expect(popupOnly).toHaveLength(1);
      // Everything the popup runs first is in those files: none of them waits for another chunk.
      const popupClosure = new Set(scripts.flatMap((f) => [...staticClosure(dir, f)]));
      expect([...popupClosure].sort()).toEqual([...scripts].sort());

      const manifest = read(dir) as { background: { service_worker?: string; scripts?: string[] } };
      const workerFiles = manifest.background.service_worker !== undefined ? [manifest.background.service_worker] : (manifest.background.scripts ?? []);
      // One file that imports nothing: each file is one more fetch through the browser process, level after
      // level, before the worker's listeners are registered, at every start.
      expect(workerFiles).toHaveLength(1);
      const worker = readFileSync(join(dir, workerFiles[0]!), 'utf8');
      expect(worker).toContain('webRequest');
      expect(worker).not.toMatch(/(?:^|[;}\s])(?:import|export)\b[^"'`()]*?from\s*["'`]|(?:^|[;}\s])import\s*["'`(]/);
      // And none of the pages' code: Preact's renderer (which names that prop) is not in it.
      expect(worker).not.toContain('dangerouslySetInnerHTML');
    });
  }
});

test.describe('the policy at work (Chromium)', () => {
  test('an extension page refuses inline script and eval; a web page cannot load the package’s files', async ({ site, chromium }) => {
    const browser = await chromium();
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
    await page.waitForSelector('#client-redirects');
    const result = await page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
      const script = document.createElement('script');
      script.textContent = 'globalThis.inlineRan = true';
      document.body.append(script);
      const handler = document.createElement('img');
      handler.setAttribute('onerror', 'globalThis.handlerRan = true');
      handler.src = 'data:,not-an-image';
      document.body.append(handler);
      // Code the test evaluates is let through by DevTools; a task of the page's own is not.
      const inPageTask = (run: () => unknown): Promise<string> =>
        new Promise((resolve) =>
          setTimeout(() => {
            try {
              run();
              resolve('ran');
            } catch (error) {
              resolve(`refused: ${(error as Error).name}`);
            }
          }, 0),
        );
      const evalResult = await inPageTask(() => (0, eval)('1 + 1'));
      // eslint-disable-next-line @typescript-eslint/no-implied-eval, @typescript-eslint/no-unsafe-call -- the test proves the page's CSP refuses it
      const functionResult = await inPageTask(() => new Function('return 1')());
      await new Promise((r) => setTimeout(r, 300));
      const g = globalThis as { inlineRan?: boolean; handlerRan?: boolean };
      return { inline: g.inlineRan === true, handler: g.handlerRan === true, evalResult, functionResult, violations };
    });
    expect(result.inline).toBe(false);
    expect(result.handler).toBe(false);
    expect(result.evalResult).toBe('refused: EvalError');
    expect(result.functionResult).toBe('refused: EvalError');
    expect(result.violations.some((v) => v.startsWith('script-src'))).toBe(true);

    // With nothing web-accessible, a web page learns nothing from the package (no fingerprint).
    const web = await browser.context.newPage();
    await web.goto(`${site.origin}/ok`);
    const probe = await web.evaluate(
      (url) =>
        fetch(url).then(
          (r) => `loaded ${r.status}`,
          () => 'refused',
        ),
      `chrome-extension://${browser.extensionId}/src/content/client-redirect-detector.js`,
    );
    expect(probe).toBe('refused');
  });
});
