/**
 * Routes of the hardening tests (tests/e2e/hardening-*.spec.ts): pages that make many requests
 * quickly (fetches, which a headless browser issues far faster than images), and a server that puts
 * script-bearing text everywhere a response lets it: the URL, the status line, the headers and the
 * error page's body.
 */
import type { Route, SiteResponse } from './routes';

/**
 * Every payload sets `globalThis.pwned` or creates an element whose id starts with `pwned-`, were it
 * ever to run or become markup in an extension page. The tests look for both, and for the text.
 */
export const PAYLOADS = Object.freeze({
  img: '<img src=x id=pwned-img onerror="globalThis.pwned=1">',
  link: '<a id=pwned-link href="javascript:globalThis.pwned=2">click</a>',
  svg: '<svg id=pwned-svg onload="globalThis.pwned=3"></svg>',
  script: '<script id=pwned-script>globalThis.pwned=4</script>',
  iframe: '<iframe id=pwned-frame srcdoc="<script>parent.pwned=5</script>"></iframe>',
});

/** The statuses a burst's fetches answer, in turn: successes, redirects' targets, client and server errors. */
export const BURST_STATUSES = [200, 201, 204, 404, 410, 500, 503, 299] as const;

const htmlPage = (title: string, body: string): SiteResponse => ({
  status: 200,
  headers: { 'content-type': 'text/html; charset=utf-8' },
  body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${title}</title></head><body>${body}</body></html>`,
});

const count = (url: URL, name: string, fallback: number, max: number): number =>
  Math.min(max, Math.max(0, Math.floor(Number(url.searchParams.get(name) ?? fallback)) || 0));

/**
 * A page that fetches `/hardening/res` n times, `c` at a time, then sets its title to `done N`.
 * Request i answers BURST_STATUSES[i % length] (or, with `mode=flood`, 404 for every tenth and 200
 * otherwise), so a test can tell exactly which responses it must find.
 */
function fetchingPage(url: URL): SiteResponse {
  const n = count(url, 'n', 24, 20_000);
  const c = Math.max(1, count(url, 'c', 8, 64));
  const round = JSON.stringify(url.searchParams.get('r') ?? '0');
  const flood = url.searchParams.get('mode') === 'flood';
  const statusOf = flood ? 'i % 10 === 0 ? 404 : 200' : `${JSON.stringify(BURST_STATUSES)}[i % ${BURST_STATUSES.length}]`;
  const script = `
    let next = 0, done = 0;
    async function worker() {
      while (next < ${n}) {
        const i = next++;
        const s = ${statusOf};
        try { await fetch('/hardening/res?r=' + encodeURIComponent(${round}) + '&i=' + i + '&s=' + s, { cache: 'no-store' }); } catch {}
        done++;
        if (done % 500 === 0) document.title = 'progress ' + done;
      }
    }
    Promise.all(Array.from({ length: ${c} }, worker)).then(() => { document.title = 'done ' + done; });`;
  return htmlPage('loading', `<h1>${n} fetches</h1><script>${script}</script>`);
}

function hostilePage(): SiteResponse {
  const body =
    `<h1>HTTP Error 404.3 - Not Found ${PAYLOADS.img}</h1><p>${PAYLOADS.link} ${PAYLOADS.svg}</p>${PAYLOADS.script}${PAYLOADS.iframe}` +
    '<img alt="" src="/hardening/hostile/img"><script>fetch("/hardening/hostile/api")</script>';
  return {
    status: 404,
    reason: `Not Found ${PAYLOADS.img}`,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      server: `nginx ${PAYLOADS.svg}`,
      'x-powered-by': PAYLOADS.script,
      link: `<javascript:globalThis.pwned=6>; rel=preload`,
      'x-note': PAYLOADS.link,
    },
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hostile ${PAYLOADS.img}</title></head><body>${body}</body></html>`,
  };
}

export function hardeningRoutes(): Route[] {
  return [
    { path: '/hardening/burst', title: 'A page of n fetches answering assorted statuses', demo: false, respond: fetchingPage },
    {
      path: '/hardening/res',
      title: 'One fetched resource, answering the status it is asked for',
      demo: false,
      respond: (url) => {
        const status = Math.min(599, Math.max(200, count(url, 's', 200, 599)));
        return status === 204 ? { status } : { status, headers: { 'content-type': 'text/plain' }, body: String(status) };
      },
    },
    {
      path: '/hardening/hostile/start',
      title: 'A redirect whose target and headers carry markup',
      demo: false,
      respond: (url) => ({
        status: 302,
        reason: `Found ${PAYLOADS.script}`,
        headers: { location: `/hardening/hostile/page${url.search}`, 'x-powered-by': PAYLOADS.img, 'content-type': 'text/html' },
        body: PAYLOADS.link,
      }),
    },
    { path: '/hardening/hostile/page', title: 'A 404 with markup in its status line, headers and error page', demo: false, respond: hostilePage },
    {
      path: '/hardening/hostile/img',
      title: 'An image redirected to a javascript: URL',
      demo: false,
      respond: () => ({ status: 302, reason: PAYLOADS.svg, headers: { location: 'javascript:globalThis.pwned=7', server: PAYLOADS.iframe } }),
    },
    {
      path: '/hardening/hostile/api',
      title: 'A fetch answering 500 with markup in its status line',
      demo: false,
      respond: () => ({ status: 500, reason: PAYLOADS.iframe, headers: { 'content-type': 'text/html', server: PAYLOADS.link }, body: PAYLOADS.script }),
    },
  ];
}
