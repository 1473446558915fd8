/**
 * The facts every view lists about one response besides its status — who answered, the server's
 * address, how it was fetched, how long it took, its HTTP version — each read once here and named once. The popup's
 * hops, the panel's columns and details, and the text, Markdown and TSV exports all take them from
 * this table, so a new per-response fact is one entry here (and one field in the JSON export, whose
 * shape is versioned on purpose).
 *
 * A fact is read from the capture's record and, in the DevTools panel, from DevTools' own record of the
 * same request, which knows some things webRequest does not. A fact that neither reports is absent
 * (never guessed); `missing` says what the view shows instead where the fact is always listed.
 */
import type { ResponseFields, Timing, VendorRef } from '../capture/capture-state';
import { timingDuration } from '../capture/timing';
import type { I18n, MessageKey } from '../i18n/create-i18n';
import { normalizeHttpVersion, parseStatusLine } from '../registry/status-line';

/** What DevTools' network log knows of the same request (the panel's HAR record has these fields). */
interface DevtoolsFacts {
  serverIp?: string;
  /** 'HTTP/2', as normalizeHttpVersion names it. */
  httpVersion?: string;
  /** Total time in milliseconds. */
  duration?: number;
}

/** One response to describe: a capture record (a hop, a sub-resource), and what DevTools saw of it. */
export interface FactSource {
  record?: ResponseFields & { method?: string; timing?: Timing; httpVersion?: string };
  devtools?: DevtoolsFacts;
}

export type ResponseFactKey = 'server' | 'ip' | 'method' | 'cache' | 'time' | 'version';

export interface ResponseFact {
  key: ResponseFactKey;
  /** The TSV export's column: English whatever the interface's language, as a machine-readable format's columns are. */
  column: string;
  /** A table's column heading (the panel's table). */
  heading: MessageKey;
  /** The label in a list of facts (the panel's details). */
  label: MessageKey;
  /** The value alone ('1.2.3.4 (proxy)', '45'), undefined when not known. */
  value: (source: FactSource, i18n: I18n) => string | undefined;
  /** The value in a line of facts ('IP 1.2.3.4'); '' leaves it out of the line. */
  inLine: (value: string, i18n: I18n) => string;
  /** Shown where the fact is always listed (details, tables) when it is not known; undefined shows nothing. */
  missing?: MessageKey;
  /** Where the fact is shown: a column in the TSV export, in the panel's details list. */
  tsv: boolean;
  details: boolean;
  /** Whether the panel's free-text filter finds it (not numbers such as a time, which a status code would match). */
  search: boolean;
}

/** 'Cloudflare, nginx': the names of the vendors detected on the response, in their stored order. */
export function vendorNames(vendors: readonly VendorRef[] | undefined): string {
  return (vendors ?? [])
    .map((v) => v.name || v.id)
    .filter((n) => n !== '')
    .join(', ');
}

/** The capture's duration (or its end minus its start), else DevTools'. */
export function factDuration(source: FactSource): number | undefined {
  const timing = source.record?.timing;
  return (timing !== undefined ? timingDuration(timing) : undefined) ?? source.devtools?.duration;
}

/**
 * 'HTTP/2', as the browser reported it: the version at the start of the stored status line (Firefox's;
 * the capture drops Chromium's, which always says HTTP/1.1), else the page's own word for its document
 * (a hop's `httpVersion`, in Chromium), else DevTools' network log's. Undefined when none reported
 * one: never guessed from anything else.
 */
export function httpVersionOf(source: FactSource): string | undefined {
  const version = parseStatusLine(source.record?.statusLine)?.version;
  return (version !== undefined ? normalizeHttpVersion(`HTTP/${version}`) : undefined) ?? source.record?.httpVersion ?? source.devtools?.httpVersion;
}

export const RESPONSE_FACTS: readonly ResponseFact[] = [
  {
    key: 'server',
    column: 'Server/CDN',
    heading: 'factServer',
    label: 'factServer',
    value: (s) => vendorNames(s.record?.vendors) || undefined,
    inLine: (v, i18n) => i18n.t('factServerInLine', v),
    tsv: true,
    // The details pane names who answered with the proof of each (its own section).
    details: false,
    search: true,
  },
  {
    key: 'ip',
    column: 'IP',
    heading: 'factIp',
    label: 'factIpLabel',
    // Firefox says when a proxy was used: the address is then the proxy's, not the server's.
    value: (s, i18n) => {
      const ip = s.record?.ip ?? s.devtools?.serverIp;
      return ip === undefined ? undefined : s.record?.viaProxy === true ? i18n.t('factIpProxy', ip) : ip;
    },
    inLine: (v, i18n) => i18n.t('factIpInLine', v),
    missing: 'factNotObserved',
    tsv: true,
    details: true,
    search: true,
  },
  {
    key: 'method',
    column: 'Method',
    heading: 'factMethod',
    label: 'factMethod',
    // GET, by far the most common, goes without saying in a line of facts.
    value: (s) => s.record?.method,
    inLine: (v, i18n) => (v === 'GET' ? '' : i18n.t('factMethodInLine', v)),
    tsv: false,
    details: false,
    search: false,
  },
  {
    key: 'cache',
    column: 'From cache',
    heading: 'factCache',
    label: 'factCache',
    value: (s, i18n) => (s.record?.fromCache === undefined ? undefined : i18n.t(s.record.fromCache ? 'factYes' : 'factNo')),
    inLine: (v, i18n) => (v === i18n.t('factYes') ? i18n.t('factCacheInLine') : ''),
    tsv: true,
    details: false,
    search: false,
  },
  {
    key: 'time',
    column: 'Time (ms)',
    heading: 'factTime',
    label: 'factTimeLabel',
    // The digits alone, as the TSV export's column wants them; the line says the unit.
    value: (s) => {
      const ms = factDuration(s);
      return ms === undefined ? undefined : String(Math.round(ms));
    },
    inLine: (v, i18n) => i18n.t('factTimeInLine', v),
    tsv: true,
    details: false,
    search: false,
  },
  {
    key: 'version',
    column: 'HTTP version',
    heading: 'factVersion',
    label: 'factVersion',
    // A response whose version the browser did not report says so; a request that got none has no version to report.
    value: (s, i18n) => httpVersionOf(s) ?? (s.record?.statusCode !== undefined ? i18n.t('factNotReported') : undefined),
    inLine: (v, i18n) => (v === i18n.t('factNotReported') ? i18n.t('factVersionNotReported') : v),
    missing: 'factNotReported',
    tsv: true,
    details: true,
    search: true,
  },
];

export function responseFact(key: ResponseFactKey): ResponseFact {
  return RESPONSE_FACTS.find((f) => f.key === key) as ResponseFact;
}

/** 'Server/CDN nginx · IP 1.2.3.4 (proxy) · from cache · 45 ms': the known facts, in the table's order. */
export function responseFactsLine(source: FactSource, i18n: I18n, omit: readonly ResponseFactKey[] = []): string {
  const parts: string[] = [];
  for (const fact of RESPONSE_FACTS) {
    if (omit.includes(fact.key)) continue;
    const value = fact.value(source, i18n);
    const text = value === undefined ? '' : fact.inLine(value, i18n);
    if (text !== '') parts.push(text);
  }
  return parts.join(' · ');
}
