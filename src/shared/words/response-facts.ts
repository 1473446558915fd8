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
  /** A table's column heading (TSV, the panel's table). */
  heading: string;
  /** The label in a list of facts (the panel's details). */
  label: string;
  /** The value alone ('1.2.3.4 (proxy)', '45'), undefined when not known. */
  value: (source: FactSource) => string | undefined;
  /** The value in a line of facts ('IP 1.2.3.4'); '' leaves it out of the line. */
  inLine: (value: string) => string;
  /** Shown where the fact is always listed (details, tables) when it is not known; '' shows nothing. */
  missing: string;
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

const NOT_REPORTED = 'not reported';

export const RESPONSE_FACTS: readonly ResponseFact[] = [
  {
    key: 'server',
    heading: 'Server/CDN',
    label: 'Server/CDN',
    value: (s) => vendorNames(s.record?.vendors) || undefined,
    inLine: (v) => `Server/CDN ${v}`,
    missing: '',
    tsv: true,
    // The details pane names who answered with the proof of each (its own section).
    details: false,
    search: true,
  },
  {
    key: 'ip',
    heading: 'IP',
    label: 'Remote address',
    // Firefox says when a proxy was used: the address is then the proxy's, not the server's.
    value: (s) => {
      const ip = s.record?.ip ?? s.devtools?.serverIp;
      return ip === undefined ? undefined : `${ip}${s.record?.viaProxy === true ? ' (proxy)' : ''}`;
    },
    inLine: (v) => `IP ${v}`,
    missing: 'not observed',
    tsv: true,
    details: true,
    search: true,
  },
  {
    key: 'method',
    heading: 'Method',
    label: 'Method',
    // GET, by far the most common, goes without saying in a line of facts.
    value: (s) => s.record?.method,
    inLine: (v) => (v === 'GET' ? '' : `method ${v}`),
    missing: '',
    tsv: false,
    details: false,
    search: false,
  },
  {
    key: 'cache',
    heading: 'From cache',
    label: 'From cache',
    value: (s) => (s.record?.fromCache === undefined ? undefined : s.record.fromCache ? 'yes' : 'no'),
    inLine: (v) => (v === 'yes' ? 'from cache' : ''),
    missing: '',
    tsv: true,
    details: false,
    search: false,
  },
  {
    key: 'time',
    heading: 'Time (ms)',
    label: 'Time',
    value: (s) => {
      const ms = factDuration(s);
      return ms === undefined ? undefined : String(Math.round(ms));
    },
    inLine: (v) => `${v} ms`,
    missing: '',
    tsv: true,
    details: false,
    search: false,
  },
  {
    key: 'version',
    heading: 'HTTP version',
    label: 'HTTP version',
    // A response whose version the browser did not report says so; a request that got none has no version to report.
    value: (s) => httpVersionOf(s) ?? (s.record?.statusCode !== undefined ? NOT_REPORTED : undefined),
    inLine: (v) => (v === NOT_REPORTED ? `HTTP version ${NOT_REPORTED}` : v),
    missing: NOT_REPORTED,
    tsv: true,
    details: true,
    search: true,
  },
];

export function responseFact(key: ResponseFactKey): ResponseFact {
  return RESPONSE_FACTS.find((f) => f.key === key) as ResponseFact;
}

/** 'Server/CDN nginx · IP 1.2.3.4 (proxy) · from cache · 45 ms': the known facts, in the table's order. */
export function responseFactsLine(source: FactSource, omit: readonly ResponseFactKey[] = []): string {
  const parts: string[] = [];
  for (const fact of RESPONSE_FACTS) {
    if (omit.includes(fact.key)) continue;
    const value = fact.value(source);
    const text = value === undefined ? '' : fact.inLine(value);
    if (text !== '') parts.push(text);
  }
  return parts.join(' · ');
}
