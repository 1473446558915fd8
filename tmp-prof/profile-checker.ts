// Scratch: CPU profile of the checker page during one 1,000-URL run (not committed).
import { readFileSync, writeFileSync } from 'node:fs';
import { launchChromium } from '../tests/e2e/fixtures/chromium-extension';
import { checkerUrl } from '../tests/e2e/pages/checker-chromium';
import { startBenchSite } from '../bench/bench-site';

const site = await startBenchSite();
const port = new URL(site.origin).port;
const listOf = (n: number, u: string): string[] => Array.from({ length: n }, (_, i) => `http://h${i % 250}.localhost:${port}/check/hop?i=${i}&u=${u}`);
const START = `(urls) => {
  const box = document.querySelector('[data-testid="url-input"]');
  Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set.call(box, urls.join('\\n'));
  box.dispatchEvent(new Event('input', { bubbles: true }));
  return new Promise((resolve) => requestAnimationFrame(() => {
    const started = performance.now();
    window.__checkDone = new Promise((done) => {
      const seen = () => document.querySelector('[data-testid="progress"][data-state="finished"]') !== null;
      const observer = new MutationObserver(() => { if (seen()) { observer.disconnect(); done(performance.now() - started); } });
      observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
    });
    document.querySelector('[data-testid="check"]').click();
    resolve(undefined);
  }));
}`;
const browser = await launchChromium();
const page = await browser.context.newPage();
await page.setViewportSize({ width: 1280, height: 800 });
const go = async (n: number, u: string) => {
  await page.goto(checkerUrl(browser));
  await page.waitForSelector('[data-testid="url-input"]');
  await page.evaluate(`(${START})(${JSON.stringify(listOf(n, u))})`);
  return page.evaluate<number>('window.__checkDone');
};
await go(250, `w${Date.now()}`);
const cdp = await browser.context.newCDPSession(page);
await page.goto(checkerUrl(browser));
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await page.waitForSelector('[data-testid="url-input"]');
await cdp.send('Profiler.start');
const events: any[] = [];
if (process.env.TRACE) {
  cdp.on('Tracing.dataCollected', (d: any) => events.push(...d.value));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,blink,v8', transferMode: 'ReportEvents' } as any);
}
let ms: number;
if (process.env.LOOP) {
  await page.evaluate(readFileSync('bench/fixtures/fetch-loop-extension/loop.js', 'utf8'));
  ms = (await page.evaluate<{ ms: number }>(`window.fetchLoop(${JSON.stringify(listOf(1000, `l${Date.now()}`))}, 6)`)).ms;
} else {
  await page.evaluate(`(${START})(${JSON.stringify(listOf(1000, `p${Date.now()}`))})`);
  ms = await page.evaluate<number>('window.__checkDone');
}
const { profile } = await cdp.send('Profiler.stop');
if (process.env.TRACE) {
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete' as any, r));
  await cdp.send('Tracing.end');
  await done;
  const main = events.filter((e) => e.ph === 'X' && e.dur !== undefined);
  const by = new Map<string, { n: number; t: number }>();
  for (const e of main) { const k = `${e.name}`; const v = by.get(k) ?? { n: 0, t: 0 }; v.n++; v.t += e.dur; by.set(k, v); }
  const names = new Map(events.filter((e) => e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args.name]));
  const thr = new Map<string, number>();
  for (const e of main) { const k = `${names.get(`${e.pid}:${e.tid}`) ?? e.tid} ${e.name}`; thr.set(k, (thr.get(k) ?? 0) + e.dur); }
  for (const [k, t] of [...thr].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`thr ${(t / 1000).toFixed(0).padStart(6)} ms ${k}`);
  for (const [k, v] of [...by].sort((a, b) => b[1].t - a[1].t).slice(0, 0)) console.log(`trace ${(v.t / 1000).toFixed(0).padStart(6)} ms ${String(v.n).padStart(7)}x ${k}`);
}
writeFileSync('/tmp/checker.cpuprofile', JSON.stringify(profile));
// self time by function
const self = new Map<string, number>();
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const dt = profile.timeDeltas ?? [];
const counts = new Map<number, number>();
(profile.samples ?? []).forEach((id, i) => counts.set(id, (counts.get(id) ?? 0) + (dt[i] ?? 0)));
let total = 0;
for (const [id, t] of counts) {
  const n = byId.get(id)!;
  const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
  self.set(key, (self.get(key) ?? 0) + t);
  total += t;
}
console.log(`run ${Math.round(ms)} ms; profile ${Math.round(total / 1000)} ms`);
for (const [k, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${(t / 1000).toFixed(0).padStart(6)} ms  ${k}`);
await browser.close();
await site.close?.();
process.exit(0);
