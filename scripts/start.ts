/**
 * `npm start`: shows the extension doing its job on a built-in demo site.
 * With a display, Chromium opens with the extension loaded at the demo's index and stays open.
 * Without one (a server, CI), it visits every demo page headless, prints what the extension
 * captured for each, and saves screenshots of the real popup and DevTools panel.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CdpSession, waitForTarget } from '../tests/e2e/fixtures/cdp';
import { launchChromium } from '../tests/e2e/fixtures/chromium-extension';
import { CHROME_DIST, CHROMIUM_PATH, ROOT } from '../tests/e2e/fixtures/paths';
import { ChromiumPanel } from '../tests/e2e/pages/chromium-panel';
import { ChromiumPopup } from '../tests/e2e/pages/chromium-popup';
import type { StorySnapshot } from '../tests/e2e/pages/story-snapshot';
import { ROUTES } from '../tests/site/routes';
import { startSite } from '../tests/site/site-server';

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
  console.log(`Demo site: ${site.origin}\nChromium is open with Status Inspector loaded. Click the toolbar button on any demo page. Close the window or press Ctrl+C to stop.`);
  await new Promise<void>((resolve) => {
    context.on('close', () => resolve());
    process.on('SIGINT', () => resolve());
  });
  await context.close().catch(() => undefined);
  await site.close();
}

function describe(story: StorySnapshot): string {
  const hops = story.chain.map((h) => `${h.code} ${h.phrase}`).join(' → ');
  const final = story.final ? `${story.final.code} ${story.final.phrase}` : (story.error ?? 'nothing captured');
  return hops ? `${hops} → ${final}` : final;
}

async function headless(): Promise<void> {
  const outDir = join(ROOT, 'demo-output');
  mkdirSync(outDir, { recursive: true });
  const site = await startSite();
  const browser = await launchChromium({ devtools: true });
  console.log(`Demo site: ${site.origin} (headless: no display found)\n`);
  try {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    for (const route of ROUTES.filter((r) => r.demo)) {
      await page.goto(`${site.origin}${route.path}`).catch(() => undefined);
      const name = route.path.replace(/^\//, '').replace(/[^a-z0-9]+/gi, '-');
      const popup = await ChromiumPopup.open(browser);
      const story = await popup.story((s) => s.final !== undefined || s.error !== undefined);
      // A headless popup window is not resized to its content; give it the size a real one would have.
      const height = await popup.page.evaluate(() => document.documentElement.scrollHeight);
      await popup.page.setViewportSize({ width: 380, height: Math.min(600, Math.max(120, height)) });
      await popup.page.screenshot({ path: join(outDir, `${name}-popup.png`) });
      await popup.close();
      console.log(`${route.path.padEnd(22)} ${describe(story)}`);
    }
    // The panel, as a developer sees it docked in DevTools, for the last page visited.
    const panel = await ChromiumPanel.open(browser);
    await panel.story((s) => s.final !== undefined || s.error !== undefined);
    panel.close();
    const devtools = await waitForTarget(browser.cdpPort, (t) => t.url.startsWith('devtools://'));
    const front = await CdpSession.connect(devtools);
    const shot = await front.send<{ data: string }>('Page.captureScreenshot', { format: 'png' });
    front.close();
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(outDir, 'devtools-panel.png'), Buffer.from(shot.data, 'base64'));
  } finally {
    await browser.close();
    await site.close();
  }
  console.log(`\nScreenshots of the popup for each page and of the DevTools panel: ${outDir}`);
}

await (hasDisplay ? interactive() : headless());
