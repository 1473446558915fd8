/**
 * `npm start`: shows the extension doing its job on a built-in demo site.
 * With a display, Chromium opens with the extension loaded at the demo's index and stays open.
 * Without one (a server, CI), it visits every demo page headless, prints what the extension
 * captured for each, and saves screenshots of the real popup and DevTools panel.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { launchChromium } from '../tests/e2e/fixtures/chromium-extension';
import { captureDevtools } from '../tests/e2e/fixtures/devtools-panel';
import { CHROME_DIST, CHROMIUM_PATH, exitUnlessBrowsers, ROOT } from '../tests/e2e/fixtures/paths';
import { ChromiumPanel } from '../tests/e2e/pages/panel-chromium';
import { ChromiumPopup } from '../tests/e2e/pages/popup-chromium';
import type { StorySnapshot } from '../tests/e2e/pages/story-snapshot';
import { ROUTES } from '../tests/site/routes';
import { startSite } from '../tests/site/site-server';

/** A busy page (styles, scripts, images, redirected and failing requests) to fill the panel's table. */
const PANEL_DEMO_PATH = '/panel/many';

const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.env.CI;

async function interactive(): Promise<void> {
  const site = await startSite(Number(process.env.DEMO_PORT ?? 0));
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM_PATH,
    headless: false,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [`--disable-extensions-except=${CHROME_DIST}`, `--load-extension=${CHROME_DIST}`, '--no-first-run', '--disable-background-networking'],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(site.origin);
  console.log(
    `Demo site: ${site.origin}\nChromium is open with Status Inspector loaded. Click the toolbar button on any demo page. Close the window or press Ctrl+C to stop.`,
  );
  await new Promise<void>((resolve) => {
    context.on('close', () => resolve());
    process.on('SIGINT', () => resolve());
  });
  await context.close().catch(() => undefined);
  await site.close();
}

function describe(story: StorySnapshot): string {
  // The chain ends with the final hop; a page reached directly has no chain, only its answer.
  const hops = story.chain.map((h) => `${h.code} ${h.phrase}`).join(' → ');
  const final = story.final ? `${story.final.code} ${story.final.phrase}` : (story.error ?? 'nothing captured');
  return hops || final;
}

async function headless(): Promise<void> {
  const outDir = join(ROOT, 'demo-output');
  mkdirSync(outDir, { recursive: true });
  const site = await startSite();
  console.log(`Demo site: ${site.origin} (headless: no display found)\n`);
  const demoRoutes = ROUTES.filter((r) => r.demo);
  try {
    // The popups first, in a browser without DevTools: a DevTools window taking the focus would close them.
    const browser = await launchChromium();
    try {
      const page = browser.context.pages()[0] ?? (await browser.context.newPage());
      for (const route of demoRoutes) {
        await page.goto(`${site.origin}${route.path}`).catch(() => undefined);
        const name = route.path.replace(/^\//, '').replace(/[^a-z0-9]+/gi, '-');
        const popup = await ChromiumPopup.open(browser);
        const story = await popup.story((s) => s.final !== undefined || s.error !== undefined);
        // The real popup, at the size the browser gave it (as wide as its content, at most 600 high).
        await popup.page.screenshot({ path: join(outDir, `${name}-popup.png`) });
        await popup.close();
        console.log(`${route.path.padEnd(22)} ${describe(story)}`);
      }
    } finally {
      await browser.close();
    }
    // The panel, as a developer sees it in a DevTools window of its own. DevTools must be open before
    // the page loads for its own network log (bodies, HTTP versions) to see the page's requests.
    const withDevtools = await launchChromium({ devtools: true });
    try {
      const page = withDevtools.context.pages()[0] ?? (await withDevtools.context.newPage());
      await page.goto(site.origin);
      const panel = await ChromiumPanel.open(withDevtools, { undocked: { width: 1280, height: 760 } });
      await page.goto(`${site.origin}${PANEL_DEMO_PATH}`);
      await panel.story((s) => s.final !== undefined);
      panel.close();
      writeFileSync(join(outDir, 'devtools-panel.png'), await captureDevtools(withDevtools.cdpPort));
    } finally {
      await withDevtools.close();
    }
  } finally {
    await site.close();
  }
  console.log(`\nScreenshots of the popup for each page and of the DevTools panel: ${outDir}`);
}

// The demo runs in Chromium only. Checked before the build, which this script runs itself so that a
// missing browser is said in one line instead of after a build and a launch error.
exitUnlessBrowsers(['chromium']);
const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
await (hasDisplay ? interactive() : headless());
