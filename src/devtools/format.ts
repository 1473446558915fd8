/**
 * Short text for numbers the table and the details pane show, in the interface's language: its digits
 * and decimal sign by `Intl`, its unit words from the messages ('1,50 s' in German, '13 мс' in Russian).
 */
import type { I18n } from '../shared/i18n/create-i18n';

type Words = Pick<I18n, 't' | 'locale'>;

const decimals = new Map<string, Intl.NumberFormat>();

/** `value` with exactly `digits` decimals, as the language writes it; one formatter per language and precision. */
function fixed(words: Words, value: number, digits: number): string {
  const key = `${words.locale} ${digits}`;
  let format = decimals.get(key);
  if (!format) {
    format = new Intl.NumberFormat(words.locale, { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false });
    decimals.set(key, format);
  }
  return format.format(value);
}

export function formatMs(ms: number | undefined, words: Words): string {
  if (ms === undefined || !Number.isFinite(ms)) return '';
  if (ms < 1) return words.t('panelMs', '<1');
  if (ms < 1000) return words.t('panelMs', fixed(words, Math.round(ms), 0));
  if (ms < 60_000) return words.t('panelSeconds', fixed(words, ms / 1000, ms < 10_000 ? 2 : 1));
  return words.t('panelMinutes', fixed(words, Math.floor(ms / 60_000), 0), fixed(words, Math.round((ms % 60_000) / 1000), 0));
}

/** A start time relative to the page load's start: '+120 ms'. */
export function formatOffset(start: number | undefined, origin: number | undefined, words: Words): string {
  if (start === undefined || origin === undefined) return '';
  const delta = start - origin;
  return delta < 0 ? `−${formatMs(-delta, words)}` : `+${formatMs(delta, words)}`;
}

export function formatBytes(bytes: number | undefined, words: Words): string {
  if (bytes === undefined || !Number.isFinite(bytes)) return '';
  if (bytes < 1024) return words.t('panelBytes', fixed(words, bytes, 0));
  if (bytes < 1024 * 1024) return words.t('panelKilobytes', fixed(words, bytes / 1024, 1));
  return words.t('panelMegabytes', fixed(words, bytes / 1024 / 1024, 1));
}

const clocks = new Map<string, Intl.DateTimeFormat>();

/** Local wall-clock time with milliseconds, on a 24-hour clock in every language: '14:03:07.120', '14:03:07,120' in German. */
export function formatClock(epochMs: number | undefined, words: Pick<I18n, 'locale'>): string {
  if (epochMs === undefined || !Number.isFinite(epochMs)) return '';
  let clock = clocks.get(words.locale);
  if (!clock) {
    clock = new Intl.DateTimeFormat(words.locale, { hour: '2-digit', minute: '2-digit', second: '2-digit', fractionalSecondDigits: 3, hourCycle: 'h23' });
    clocks.set(words.locale, clock);
  }
  return clock.format(epochMs);
}

/** What a path-heavy table column should show of a URL: the path and query, the host when it differs. */
export function pageRelativeUrl(url: string, pageOrigin: string | undefined): string {
  try {
    const u = new URL(url);
    const rest = `${u.pathname}${u.search}`;
    return u.origin === pageOrigin ? rest : `${u.host}${rest}`;
  } catch {
    return url;
  }
}

export function originOf(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

/** Links only for web addresses: nothing from the network becomes a javascript: or data: link. */
export function isWebUrl(url: string | undefined): url is string {
  if (url === undefined) return false;
  try {
    const protocol = new URL(url).protocol;
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
