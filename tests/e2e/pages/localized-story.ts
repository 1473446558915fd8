/**
 * The Cloudflare chain (301 → 302 → 520, tests/site/routes.ts) as the popup and the panel tell it in
 * another language, read by any driver, and what that language's files say it must read: the registry's
 * translation of each hop's entry (`shared/registry/translations/<locale>.json`, by the entry's key) and
 * the locale's "(English)" mark beside what is still English. Nothing here copies a translation's text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import { lookup, type StatusEntry } from '../../../src/shared/registry';
import { translationKey, type EntryTranslation } from '../../../src/shared/registry/translations/translated-set';
import { fileI18n, type MessagesFile } from '../../../src/shared/i18n/format-message';
import { matchLocale } from '../../../src/shared/i18n/locales';
import { findingAdvice, findingTitle } from '../../../src/shared/words/finding-words';
import { englishLeft, message, readMessages, type ShownText } from '../fixtures/locale-messages';
import { ROOT } from '../fixtures/paths';
import type { PanelSnapshot, PanelTable } from './panel-table';

export const CHAIN = {
  start: '/cloudflare/chain',
  last: '/cloudflare/520',
  /** Each hop's path and code, in order. */
  hops: [
    ['/cloudflare/chain', 301],
    ['/cloudflare/chain-2', 302],
    ['/cloudflare/520', 520],
  ],
} as const;

export interface TranslatedEntry {
  english: StatusEntry;
  translation: EntryTranslation;
}

/** The registry entry a Cloudflare-served code shows, in English and in `locale` (its translation must exist). */
export function translatedEntry(locale: string, code: number): TranslatedEntry {
  const english = lookup(code, { vendor: 'cloudflare' });
  if (!english) throw new Error(`the registry has no entry for ${code}`);
  const table = JSON.parse(readFileSync(join(ROOT, 'src/shared/registry/translations', `${locale}.json`), 'utf8')) as Record<string, EntryTranslation>;
  const translation = table[translationKey(english)];
  if (!translation?.visitorAdvice || !translation.ownerAdvice) throw new Error(`${locale}.json has no advice for ${translationKey(english)}`);
  return { english, translation };
}

/** Opens every closed <details> (each hop, each explanation) and waits for what they render on opening; returns how many stay closed. */
export const OPEN_ALL_DETAILS = `(async () => {
  for (let round = 0; round < 5; round++) {
    const closed = [...document.querySelectorAll('details:not([open]) > summary')];
    if (closed.length === 0) break;
    for (const summary of closed) summary.click();
    await new Promise((r) => setTimeout(r, 200));
  }
  return document.querySelectorAll('details:not([open])').length;
})()`;

export interface PopupStory {
  lang: string;
  /** Each hop's text, its details opened. */
  hops: { code: string; text: string }[];
  /** The "(English)" marks, by the field they follow. */
  marks: [string, string][];
  /** The chain's findings as listed: kind, title, advice. */
  findings: { kind: string; title: string; advice: string }[];
}

/**
 * The chain's findings are told in `dir`'s language: permanent and temporary redirects mixed (301, then
 * 302), and a chain that ends in an error (the 520), each with its title and advice as that locale's messages word
 * them (read through the same word functions the popup uses), none in English.
 */
export function expectFindingsIn(dir: string, findings: PopupStory['findings']): void {
  const file = readMessages(dir) as MessagesFile;
  const words = fileI18n(matchLocale(dir), file);
  const english = fileI18n('en', readMessages('en'));
  expect(findings.map((f) => f.kind)).toEqual(expect.arrayContaining(['mixed-redirects', 'final-not-2xx']));
  for (const { kind, title, advice } of findings) {
    expect(title, `${kind} title in ${dir}`).toBe(findingTitle(kind, words));
    expect(title, `${kind} title not in English`).not.toBe(findingTitle(kind, english));
    expect(advice, `${kind} advice in ${dir}`).toBe(findingAdvice(kind, words));
    expect(advice, `${kind} advice not in English`).not.toBe(findingAdvice(kind, english));
  }
}

/** Runs inside the popup page, after OPEN_ALL_DETAILS. */
export const READ_POPUP_STORY = `(() => ({
  lang: document.documentElement.lang,
  hops: [...document.querySelectorAll('[data-testid="hop"]')].map((hop) => ({
    code: hop.dataset.status ?? '', text: hop.textContent.replace(/\\s+/g, ' ').trim(),
  })),
  marks: [...document.querySelectorAll('[data-testid="in-english"]')].map((m) => [m.dataset.field, m.textContent.trim()]),
  findings: [...document.querySelectorAll('[data-testid="finding"]')].map((f) => ({
    kind: f.dataset.kind ?? '',
    title: f.querySelector('.finding-title strong')?.textContent.trim() ?? '',
    advice: f.querySelector('.finding-advice')?.textContent.trim() ?? '',
  })),
}))()`;

const clean = (s: string | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

/**
 * A text explaining `code` in `locale`: the translation's visitor and owner advice (and crawler note,
 * when it has one) are there, the English ones are not.
 */
export function expectExplainedIn(locale: string, code: number, text: string): void {
  const { english, translation } = translatedEntry(locale, code);
  for (const field of ['visitorAdvice', 'ownerAdvice', 'crawlerNote'] as const) {
    // The crawler note is shown when the entry has one.
    if (translation[field] === undefined || !english[field]) continue;
    expect(text, `${code} ${field} in ${locale}`).toContain(clean(translation[field]));
    if (english[field] && english[field] !== translation[field]) expect(text, `${code} ${field} not in English`).not.toContain(clean(english[field]));
  }
}

/** Every "(English)" mark is the locale's message (never the English one), and there is at least one. */
export function expectMarksIn(dir: string, marks: readonly (readonly [string, string])[]): void {
  expect(marks.length).toBeGreaterThan(0);
  const mark = message(dir, 'inEnglish');
  expect(mark).not.toBe(message('en', 'inEnglish'));
  for (const [field, text] of marks) expect(`${field}: ${text}`).toBe(`${field}: ${mark}`);
}

/** No message of the interface is shown in English where the locale has its own words for it. */
export function expectNoEnglishMessages(dir: string, shown: ShownText): void {
  expect(englishLeft(shown, readMessages(dir)), `English messages shown in ${dir}`).toEqual([]);
}

/**
 * In the panel's table, once the chain has loaded: opens the chain's group (selected, then Enter) if it
 * is closed and selects the hop at `path`, whose explanation the details pane then shows.
 */
export async function selectChainHop(table: PanelTable, origin: string, path: string, code: number): Promise<PanelSnapshot> {
  await table.waitFor((s) => s.lines.some((l) => l.testid === 'chain-group' && l.url === `${origin}${CHAIN.start}`));
  const group = (await table.read()).lines.find((l) => l.testid === 'chain-group' && l.url === `${origin}${CHAIN.start}`);
  if (group?.expanded === 'false') {
    await table.clickLine(group.url, 'chain-group');
    await table.press('Enter');
    await table.waitFor((s) => s.lines.some((l) => l.testid === 'chain-group' && l.expanded === 'true'));
  }
  await table.clickLine(`${origin}${path}`);
  const s = await table.waitFor((x) => x.details?.code === String(code) && x.details.explanation !== '');
  expect(s.details?.code).toBe(String(code));
  return s;
}
