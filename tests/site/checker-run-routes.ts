/**
 * Routes of the checker's politeness and compare tests (tests/e2e/checker-run-*.spec.ts): a server
 * that throttles once with a Retry-After, one that always fails, one too slow for a short timeout, one
 * that sends Googlebot somewhere else than a visitor, and one that sets a cookie.
 */
import type { Route, SiteResponse } from './routes';

const text = (status: number, body: string, headers: Record<string, string> = {}): SiteResponse => ({
  status,
  headers: { 'content-type': 'text/plain; charset=utf-8', ...headers },
  body,
});

/** `?key=` values already answered with the throttling status: the next request with that key gets its 200. */
const throttled = new Set<string>();

export function checkerRunRoutes(): Route[] {
  return [
    {
      // `?key=K&status=429|503`: the first request of a key is held back with `Retry-After: 1`, the next answered.
      path: '/checker/throttled',
      title: 'Too many requests once (Retry-After: 1), then 200',
      demo: false,
      respond: (url) => {
        const key = url.searchParams.get('key') ?? '';
        if (throttled.has(key)) return text(200, 'Thank you for waiting.');
        throttled.add(key);
        const status = url.searchParams.get('status') === '503' ? 503 : 429;
        return text(status, 'Slow down.', { 'retry-after': '1' });
      },
    },
    // Slow enough that two are under way at once (starts are 250 ms apart by default).
    { path: '/checker/failing', title: 'Always 500, after 800 ms', demo: false, respond: () => ({ ...text(500, 'Broken.'), delayMs: 800 }) },
    {
      path: '/checker/very-slow',
      title: 'A page answered after 4 s',
      demo: false,
      respond: () => ({ ...text(200, 'At last.'), delayMs: 4_000 }),
    },
    {
      // Cloaking, the way a site sends crawlers elsewhere: Googlebot's User-Agent gets a 302 to its own page, a visitor a 301 to /ok.
      path: '/checker/by-agent',
      title: 'Googlebot sent elsewhere than a visitor',
      demo: false,
      respond: (_url, headers) =>
        /Googlebot/.test(headers['user-agent'] ?? '')
          ? text(302, 'For crawlers.', { location: '/checker/for-crawlers' })
          : text(301, 'Moved.', { location: '/ok' }),
    },
    { path: '/checker/for-crawlers', title: 'The page crawlers are sent to', demo: false, respond: () => text(200, 'Crawlers welcome.') },
    {
      path: '/checker/set-cookie',
      title: 'Sets a cookie',
      demo: false,
      respond: () => text(200, 'Cookie set.', { 'set-cookie': 'checker-session=firefox-cookie-value; Path=/; SameSite=Lax' }),
    },
  ];
}
