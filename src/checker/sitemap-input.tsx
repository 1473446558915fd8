/**
 * A sitemap to check: fetched from its address when the person presses Read (and each child sitemap
 * an index lists), or opened as a file; its URLs go through the list's rules (refused, duplicates).
 * Gzip is found by the core from the bytes. An index inside an index is not followed: the protocol
 * does not allow it, and it could go on for ever.
 */
import { useRef, useState } from 'preact/hooks';
import { CHECKER_LIMITS } from '../shared/checker/checker-limits';
import { urlListOf, type UrlList } from '../shared/checker/check-input';
import { counted, phrase, say, type Phrase } from '../shared/checker/checker-phrase';
import { readSitemap } from '../shared/checker/read-sitemap';
import type { SitemapReading } from '../shared/checker/sitemap-reader';
import { echoInput, validateTarget } from '../shared/checker/validate-target';
import { useI18n } from '../shared/ui/use-i18n';
import type { InputProps } from './input-tabs';
import { RefusedLines } from './refused-lines';

/** A server that has not sent the sitemap in this time is given up on. */
const FETCH_TIMEOUT_MS = 30_000;

interface SitemapRead {
  source: string;
  list: UrlList;
  /** The sitemaps read (the index first), and what went wrong in any of them. */
  read: number;
  problems: Phrase[];
}

type Status =
  { state: 'idle' } | { state: 'reading'; done: number; total: number } | { state: 'failed'; message: Phrase } | { state: 'read'; sitemap: SitemapRead };

async function fetchSitemap(fetcher: InputProps['env']['runDeps']['fetch'], url: string, signal: AbortSignal): Promise<SitemapReading> {
  let response: Response;
  try {
    response = await fetcher(url, { credentials: 'omit', cache: 'no-store', redirect: 'follow', referrerPolicy: 'no-referrer', signal });
  } catch (error) {
    return {
      ok: false,
      error: 'unreadable',
      message: signal.aborted ? phrase('checkerSitemapNoAnswer') : phrase('checkerSitemapRequestFailed', String(error)),
    };
  }
  if (!response.ok) {
    void response.body?.cancel().catch(() => undefined);
    return { ok: false, error: 'unreadable', message: phrase('checkerSitemapHttpStatus', `${response.status} ${response.statusText}`.trim()) };
  }
  const reading = await readSitemap(response.body ?? new Uint8Array());
  const type = response.headers.get('content-type') ?? '';
  // The core says what it found; the server's own word on the type says why, for an HTML page.
  return !reading.ok && /html/i.test(type) ? { ...reading, message: phrase('checkerSitemapHtmlSent', reading.message, echoInput(type)) } : reading;
}

export function SitemapInput({ env, provide }: InputProps) {
  const i18n = useI18n();
  const [address, setAddress] = useState('');
  const [status, setStatus] = useState<Status>({ state: 'idle' });
  const running = useRef<AbortController | undefined>(undefined);

  provide(() => {
    if (status.state === 'read') {
      if (status.sitemap.list.targets.length === 0) return { problem: i18n.t('checkerSitemapNoUrls') };
      return { kind: 'sitemap', list: status.sitemap.list, targets: status.sitemap.list.targets };
    }
    return { problem: i18n.t(status.state === 'reading' ? 'checkerSitemapStillReading' : 'checkerSitemapReadFirst') };
  });

  /** Reads the first sitemap (fetched or a file's), then the children an index lists, one after the other. */
  const readAll = async (source: string, first: (signal: AbortSignal) => Promise<SitemapReading>): Promise<void> => {
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    // A newer reading (another address, another file) replaced this one: its answer is dropped.
    const replaced = (): boolean => controller.signal.aborted;
    setStatus({ state: 'reading', done: 0, total: 1 });
    const within = (): AbortSignal => AbortSignal.any([controller.signal, AbortSignal.timeout(FETCH_TIMEOUT_MS)]);
    const top = await first(within());
    if (replaced()) return;
    if (!top.ok) {
      setStatus({ state: 'failed', message: top.message });
      return;
    }
    const urls = [...top.sitemap.urls];
    const problems = top.sitemap.problems.map((p) => phrase('checkerSitemapProblemAt', source, p));
    const children = top.sitemap.sitemaps.slice(0, CHECKER_LIMITS.maxChildSitemaps);
    let read = 1;
    for (const [i, child] of children.entries()) {
      if (urls.length > CHECKER_LIMITS.maxInputRows) {
        problems.push(counted('checkerSitemapChildrenNotRead', children.length - i, CHECKER_LIMITS.maxInputRows));
        break;
      }
      setStatus({ state: 'reading', done: i + 1, total: children.length + 1 });
      const target = validateTarget(child, top.sitemap.kind === 'sitemapindex' && source.startsWith('http') ? source : undefined);
      if (!target.ok) {
        problems.push(phrase('checkerSitemapChildRefused', echoInput(child), target.message));
        continue;
      }
      const reading = await fetchSitemap(env.runDeps.fetch, target.url, within());
      if (replaced()) return;
      read++;
      if (!reading.ok) problems.push(phrase('checkerSitemapProblemAt', target.url, reading.message));
      else {
        urls.push(...reading.sitemap.urls);
        problems.push(...reading.sitemap.problems.map((p) => phrase('checkerSitemapProblemAt', target.url, p)));
        if (reading.sitemap.sitemaps.length > 0) problems.push(counted('checkerSitemapNestedIndex', reading.sitemap.sitemaps.length, target.url));
      }
    }
    setStatus({ state: 'read', sitemap: { source, list: urlListOf(urls), read, problems } });
  };

  const fetchAddress = (): void => {
    const target = validateTarget(address.trim());
    if (!target.ok) {
      setStatus({ state: 'failed', message: phrase('checkerSitemapAddressBad', target.message) });
      return;
    }
    void readAll(target.url, (signal) => fetchSitemap(env.runDeps.fetch, target.url, signal));
  };

  const openFile = (input: HTMLInputElement): void => {
    const chosen = input.files?.[0];
    if (chosen === undefined) return;
    void chosen.arrayBuffer().then((buffer) => readAll(chosen.name, () => readSitemap(new Uint8Array(buffer))));
  };

  return (
    <section class="sitemap-input" data-testid="sitemap-input">
      <label for="sitemap-url">{i18n.t('checkerSitemapAddress')}</label>
      <p class="row">
        <input
          id="sitemap-url"
          type="url"
          size={60}
          data-testid="sitemap-url"
          value={address}
          spellcheck={false}
          onInput={(e) => setAddress((e.target as HTMLInputElement).value)}
          onKeyDown={(e) => {
            if (e.key !== 'Enter') return;
            // Enter reads the sitemap; it does not start the check.
            e.preventDefault();
            fetchAddress();
          }}
        />{' '}
        <button type="button" data-testid="read-sitemap" onClick={fetchAddress}>
          {i18n.t('checkerSitemapReadButton')}
        </button>
      </p>
      <p class="hint">{i18n.t('checkerSitemapHint')}</p>
      <p class="from-file">
        <label>
          {i18n.t('checkerSitemapOpenFile')}{' '}
          <input
            type="file"
            accept=".xml,.gz,.xml.gz,application/xml,text/xml,application/gzip"
            data-testid="sitemap-file"
            onChange={(e) => openFile(e.target as HTMLInputElement)}
          />
        </label>
      </p>
      {status.state === 'reading' ? (
        <p data-testid="sitemap-status" aria-live="polite">
          {i18n.t('checkerSitemapReading', i18n.number(status.done + 1), i18n.number(status.total))}
        </p>
      ) : status.state === 'failed' ? (
        <p class="problem" role="alert" data-testid="sitemap-problem">
          {say(i18n, status.message)}
        </p>
      ) : status.state === 'read' ? (
        <SitemapSummary sitemap={status.sitemap} />
      ) : null}
    </section>
  );
}

function SitemapSummary({ sitemap }: { sitemap: SitemapRead }) {
  const i18n = useI18n();
  return (
    <>
      <p data-testid="sitemap-summary" aria-live="polite">
        {i18n.t('checkerSitemapSummary', i18n.count('checkerSitemapsRead', sitemap.read), i18n.count('checkerUrlsToCheck', sitemap.list.targets.length))}
      </p>
      {sitemap.problems.length > 0 ? (
        <ul class="problems" data-testid="sitemap-problems">
          {sitemap.problems.slice(0, 100).map((p, i) => (
            <li key={i}>{say(i18n, p)}</li>
          ))}
        </ul>
      ) : null}
      <RefusedLines list={sitemap.list} />
    </>
  );
}
