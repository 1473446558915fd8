/** The row model: grouping into loads and chains, filters, sort, and the flat list of table lines. */
import { describe, expect, it } from 'vitest';
import { CapturedRows } from './captured-rows';
import { failure, har, hop, ORIGIN, pageLoad, sub, T0 } from './fixtures/panel-fixtures';
import { mergeHar } from './merge-har';
import { DEFAULT_FILTER, DEFAULT_SORT, isFiltering, rowMatches, sortUnits, toggleClass, type RowFilter } from './row-filter';
import { groupRows, isChain, ORPHAN_GROUP_ID, type LoadGroup } from './row-groups';
import { isErrorRecord, rowSource, statusClassKey, statusOf, typeCategory, type RequestRow } from './request-row';
import { buildLines, lineIdOfChain, lineIdOfRow, resolveSelection, type TableState } from './table-lines';
import { ENGLISH } from '../shared/i18n/english-i18n';

const finding = { kind: 'temporary-redirect' as const, severity: 'warning' as const, hops: [0], message: 'A 302 where a 301 was meant.' };

const first = pageLoad({
  id: '7-1',
  startedAt: T0,
  chain: [
    hop(`${ORIGIN}/start`, 302, T0, { redirectUrl: `${ORIGIN}/home` }),
    hop(`${ORIGIN}/home`, 200, T0 + 30, { vendors: [{ id: 'nginx', name: 'nginx' }] }),
  ],
  findings: [finding],
  subresources: [
    sub(`${ORIGIN}/app.js`, 'script', 200, T0 + 100),
    sub(`${ORIGIN}/img/old.png`, 'image', 301, T0 + 110, { redirectUrl: `${ORIGIN}/img/new.png` }),
    sub(`${ORIGIN}/style.css`, 'stylesheet', 500, T0 + 115, { vendors: [{ id: 'cloudflare', name: 'Cloudflare' }] }),
    sub(`${ORIGIN}/img/new.png`, 'image', 200, T0 + 120),
    sub(`${ORIGIN}/missing.png`, 'image', 404, T0 + 125),
    sub(`${ORIGIN}/api/items`, 'xmlhttprequest', 200, T0 + 130, { timing: { start: T0 + 130, end: T0 + 900, duration: 770 } }),
  ],
  errors: [failure(`${ORIGIN}/gone.woff2`, 'font', 'net::ERR_CONNECTION_RESET', T0 + 140)],
});
const second = pageLoad({
  id: '7-2',
  startedAt: T0 + 10_000,
  chain: [hop(`${ORIGIN}/next`, 404, T0 + 10_000)],
  subresources: [sub(`${ORIGIN}/next.css`, 'stylesheet', 200, T0 + 10_050)],
});

function groupsOf(extraHar: ReturnType<typeof har>[] = []): LoadGroup[] {
  const loads = new CapturedRows().of({ tabId: 7, loads: [first, second] });
  return groupRows(loads, mergeHar(loads, extraHar));
}

function state(partial: Partial<TableState> = {}): TableState {
  return {
    preserveLog: true,
    currentLoadId: '7-2',
    clearedAt: undefined,
    filter: DEFAULT_FILTER,
    sort: DEFAULT_SORT,
    expanded: new Set(),
    collapsed: new Set(),
    i18n: ENGLISH,
    ...partial,
  };
}

function filter(partial: Partial<RowFilter>): RowFilter {
  return { ...DEFAULT_FILTER, ...partial };
}

describe('request rows', () => {
  it('classes statuses, with a missing status as failed', () => {
    expect([100, 204, 304, 404, 503, 999].map((statusCode) => statusClassKey({ statusCode }))).toEqual(['1xx', '2xx', '3xx', '4xx', '5xx', 'other']);
    expect(statusClassKey({ error: 'net::ERR_FAILED' })).toBe('failed');
    // Neither a status nor an error: still waiting, not failed.
    expect(statusClassKey({})).toBe('other');
    expect(isErrorRecord({ statusCode: 404 })).toBe(true);
    expect(isErrorRecord({ error: 'net::ERR_FAILED' })).toBe(true);
    expect(isErrorRecord({})).toBe(false);
    expect(isErrorRecord({ statusCode: 200, error: 'net::ERR_ABORTED' })).toBe(true);
    expect(isErrorRecord({ statusCode: 302 })).toBe(false);
  });

  it('puts webRequest’s and DevTools’ type names in the same categories', () => {
    expect(['main_frame', 'sub_frame', 'document'].map(typeCategory)).toEqual(['document', 'document', 'document']);
    expect(['xmlhttprequest', 'xhr', 'fetch', 'beacon'].map(typeCategory)).toEqual(['fetch', 'fetch', 'fetch', 'fetch']);
    expect(['imageset', 'image', 'texttrack', 'csp_report', 'constructor'].map(typeCategory)).toEqual(['image', 'image', 'media', 'other', 'other']);
  });

  it('names the source, preferring what DevTools knows (memory vs disk cache, service worker)', () => {
    const url = `${ORIGIN}/a`;
    const base: RequestRow = { id: 'x', loadId: '7-1', kind: 'subresource', seq: 0, record: sub(url, 'image', 200, T0) };
    const cached: RequestRow = { ...base, record: { ...base.record, fromCache: true } };
    expect(rowSource(base)).toBe('network');
    expect(rowSource(cached)).toBe('disk-cache');
    expect(rowSource({ ...cached, har: har(url, 200, T0, { fromCache: 'memory' }) })).toBe('memory-cache');
    expect(rowSource({ ...base, har: har(url, 200, T0, { serviceWorker: true }) })).toBe('service-worker');
    expect(rowSource({ ...base, kind: 'devtools-only', har: har(url, 200, T0) })).toBe('devtools-only');
    expect(rowSource({ ...base, kind: 'hop', record: hop(url, 307, T0, { madeBy: 'browser-hsts' }) })).toBe('browser');
  });
});

describe('groupRows', () => {
  it('groups by load, the page’s own chain first, and follows sub-resource redirects into chains', () => {
    const [a, b] = groupsOf();
    expect(a?.id).toBe('7-1');
    expect(a?.units.map((u) => u.rows.map((r) => r.record.url.replace(ORIGIN, '')))).toEqual([
      ['/start', '/home'],
      ['/app.js'],
      ['/img/old.png', '/img/new.png'],
      ['/style.css'],
      ['/missing.png'],
      ['/api/items'],
      ['/gone.woff2'],
    ]);
    expect(a?.units[0]).toMatchObject({ main: true, findings: [finding] });
    expect(a?.units.filter(isChain)).toHaveLength(2);
    expect(b?.units.map((u) => u.rows.length)).toEqual([1, 1]);
  });

  it('puts DevTools-only requests from before every kept load in a group of their own, first', () => {
    const groups = groupsOf([har(`${ORIGIN}/early.js`, 200, T0 - 60_000)]);
    expect(groups.map((g) => g.id)).toEqual([ORPHAN_GROUP_ID, '7-1', '7-2']);
    expect(groups[0]?.load).toBeUndefined();
  });

  it('does not chain a redirect to a request of another frame', () => {
    const load = pageLoad({
      id: '7-1',
      subresources: [
        sub(`${ORIGIN}/a`, 'image', 302, T0, { redirectUrl: `${ORIGIN}/b`, frameId: 0 }),
        sub(`${ORIGIN}/b`, 'image', 200, T0 + 5, { frameId: 3 }),
      ],
    });
    const loads = new CapturedRows().of({ tabId: 7, loads: [load] });
    expect(groupRows(loads, mergeHar(loads, []))[0]?.units).toHaveLength(2);
  });
});

describe('filters', () => {
  const rows = groupsOf().flatMap((g) => g.units.flatMap((u) => u.rows));
  const urls = (f: RowFilter): string[] => rows.filter((r) => rowMatches(r, f, ENGLISH)).map((r) => r.record.url.replace(ORIGIN, ''));

  it('lets everything through by default', () => {
    expect(isFiltering(DEFAULT_FILTER)).toBe(false);
    expect(urls(DEFAULT_FILTER)).toHaveLength(rows.length);
  });

  it('filters by status class, failures included', () => {
    expect(urls(filter({ classes: new Set(['4xx']) }))).toEqual(['/missing.png', '/next']);
    expect(urls(filter({ classes: new Set(['failed']) }))).toEqual(['/gone.woff2']);
    const without2xx = toggleClass(DEFAULT_FILTER.classes, '2xx');
    expect(isFiltering(filter({ classes: without2xx }))).toBe(true);
    expect(urls(filter({ classes: without2xx }))).not.toContain('/app.js');
  });

  it('filters by resource type', () => {
    expect(urls(filter({ category: 'stylesheet' }))).toEqual(['/style.css', '/next.css']);
    expect(urls(filter({ category: 'fetch' }))).toEqual(['/api/items']);
  });

  it('keeps errors only: 4xx, 5xx and failures', () => {
    expect(urls(filter({ errorsOnly: true }))).toEqual(['/style.css', '/missing.png', '/gone.woff2', '/next']);
  });

  it('matches free text in the URL, the code, the registry’s phrase and who answered, every word', () => {
    expect(urls(filter({ text: 'png' }))).toEqual(['/img/old.png', '/img/new.png', '/missing.png']);
    expect(urls(filter({ text: 'Internal Server' }))).toEqual(['/style.css']);
    expect(urls(filter({ text: 'cloudflare' }))).toEqual(['/style.css']);
    expect(urls(filter({ text: '404 png' }))).toEqual(['/missing.png']);
    expect(urls(filter({ text: 'connection reset' }))).toEqual(['/gone.woff2']);
    expect(urls(filter({ text: 'nothing-like-this' }))).toEqual([]);
  });

  it("finds a response by its server's address, but not by a time that reads like a status", () => {
    const load = pageLoad({
      id: '9-1',
      subresources: [sub(`${ORIGIN}/slow.js`, 'script', 200, T0, { ip: '192.0.2.44', timing: { start: T0, duration: 404 } })],
    });
    const loads = new CapturedRows().of({ tabId: 9, loads: [load] });
    const slow = mergeHar(loads, []).filter((r) => r.record.url.endsWith('/slow.js'));
    expect(slow).toHaveLength(1);
    const matches = (text: string): boolean => slow.every((r) => rowMatches(r, filter({ text }), ENGLISH));
    expect(matches('192.0.2.44')).toBe(true);
    expect(matches('404')).toBe(false);
  });
});

describe('sortUnits', () => {
  const units = groupsOf()[0]?.units ?? [];
  const firstUrls = (key: 'time' | 'status' | 'url' | 'duration', descending = false): string[] =>
    sortUnits(units, { key, descending }).map((u) => (u.rows[0]?.record.url ?? '').replace(ORIGIN, ''));

  it('keeps the page’s chain first whatever the order', () => {
    for (const key of ['time', 'status', 'url', 'duration'] as const) {
      expect(firstUrls(key)[0]).toBe('/start');
      expect(firstUrls(key, true)[0]).toBe('/start');
    }
  });

  it('sorts by time, status (a chain by its final status; failures after 5xx), URL and duration', () => {
    expect(firstUrls('time')).toEqual(['/start', '/app.js', '/img/old.png', '/style.css', '/missing.png', '/api/items', '/gone.woff2']);
    expect(firstUrls('time', true).slice(1)).toEqual(['/gone.woff2', '/api/items', '/missing.png', '/style.css', '/img/old.png', '/app.js']);
    expect(firstUrls('status', true).slice(1, 4)).toEqual(['/gone.woff2', '/style.css', '/missing.png']);
    expect(firstUrls('url').slice(1)).toEqual(['/api/items', '/app.js', '/gone.woff2', '/img/old.png', '/missing.png', '/style.css']);
    expect(firstUrls('duration', true)[1]).toBe('/api/items');
  });
});

describe('buildLines', () => {
  it('shows only the current load unless the log is preserved', () => {
    const groups = groupsOf();
    const current = buildLines(groups, state({ preserveLog: false }));
    expect(current.lines.filter((l) => l.kind === 'load').map((l) => l.id)).toEqual(['load:7-2']);
    expect(current.total).toBe(2);
    const all = buildLines(groups, state());
    expect(all.lines.filter((l) => l.kind === 'load').map((l) => l.id)).toEqual(['load:7-1', 'load:7-2']);
    expect(all.total).toBe(11);
  });

  it('shows a chain as one line, its hops only once opened', () => {
    const groups = groupsOf();
    const closed = buildLines(groups, state());
    const chain = closed.lines.find((l) => l.kind === 'chain');
    expect(chain?.id).toBe(lineIdOfChain(`7-1:h0`));
    expect(closed.lines.some((l) => l.id === lineIdOfRow('7-1:h0'))).toBe(false);
    const open = buildLines(groups, state({ expanded: new Set(['7-1:h0']) }));
    const at = open.lines.findIndex((l) => l.kind === 'chain');
    expect(open.lines.slice(at + 1, at + 3).map((l) => l.kind === 'row' && l.inChain && statusOf(l.row))).toEqual([302, 200]);
  });

  it('keeps a whole chain when any of its responses matches, and counts what is shown', () => {
    const result = buildLines(groupsOf(), state({ filter: filter({ text: '302' }) }));
    expect(result.lines.filter((l) => l.kind !== 'load').map((l) => l.id)).toEqual([lineIdOfChain('7-1:h0')]);
    expect(result.shown).toBe(2);
    expect(result.total).toBe(11);
  });

  it('hides a folded load’s lines but keeps its header', () => {
    const result = buildLines(groupsOf(), state({ collapsed: new Set(['7-1']) }));
    expect(result.lines.map((l) => l.id).slice(0, 3)).toEqual(['load:7-1', 'load:7-2', lineIdOfRow('7-2:h0')]);
  });

  it('after a clear, lists only requests that started later', () => {
    const cleared = buildLines(groupsOf(), state({ clearedAt: T0 + 10_020 }));
    expect(cleared.lines.map((l) => l.id)).toEqual(['load:7-2', lineIdOfRow('7-2:s0')]);
    expect(cleared.total).toBe(1);
    expect(buildLines(groupsOf(), state({ clearedAt: T0 + 60_000 })).lines).toEqual([]);
  });

  it('lists thousands of rows quickly', () => {
    const subs = Array.from({ length: 5000 }, (_, i) => sub(`${ORIGIN}/r/${i}`, i % 2 ? 'image' : 'script', i % 7 ? 200 : 404, T0 + i));
    const loads = new CapturedRows().of({ tabId: 7, loads: [pageLoad({ id: '7-9', subresources: subs })] });
    const groups = groupRows(loads, mergeHar(loads, []));
    const started = performance.now();
    const result = buildLines(
      groups,
      state({ preserveLog: false, currentLoadId: '7-9', filter: filter({ text: 'r/4', errorsOnly: true }), sort: { key: 'status', descending: true } }),
    );
    expect(performance.now() - started).toBeLessThan(1000);
    expect(result.total).toBe(5000);
    expect(result.shown).toBe(subs.filter((s, i) => s.url.includes('r/4') && i % 7 === 0).length);
  });
});

describe('resolveSelection', () => {
  it('keeps the line, follows a DevTools entry into the row it merged with, or falls back to the folded chain', () => {
    const entry = har(`${ORIGIN}/app.js`, 200, T0 + 101);
    const lines = buildLines(groupsOf([entry]), state()).lines;
    expect(resolveSelection(lines, lineIdOfRow('7-1:s0'))).toBe(lineIdOfRow('7-1:s0'));
    expect(resolveSelection(lines, lineIdOfRow(`har:${entry.key}`), entry.key)).toBe(lineIdOfRow('7-1:s0'));
    expect(resolveSelection(lines, lineIdOfRow('7-1:h1'))).toBe(lineIdOfChain('7-1:h0'));
    expect(resolveSelection(lines, 'row:gone')).toBeUndefined();
    expect(resolveSelection(lines, undefined)).toBeUndefined();
  });
});
