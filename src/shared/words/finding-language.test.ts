/**
 * The findings in another language: the German and Japanese messages files, read by the browsers' rules
 * (createI18n over formatMessage, as a page does when the options choose a language), give each finding
 * found on a real chain its own words, its facts (status code, host, count) filled in.
 */
import { describe, expect, it } from 'vitest';
import de from '../../../public/_locales/de/messages.json';
import ja from '../../../public/_locales/ja/messages.json';
import { findChainIssues } from '../capture/chain-findings';
import type { Finding, FindingKind, Hop } from '../capture/capture-state';
import { ENGLISH } from '../i18n/english-i18n';
import { fileI18n } from '../i18n/format-message';
import { findingAdvice, findingLabel, findingMessage, findingShort, findingTitle, severityLabel } from './finding-words';
import { hopRanges } from './hop-ranges';

const GERMAN = fileI18n('de', de);
const JAPANESE = fileI18n('ja', ja);

const hop = (url: string, statusCode: number, redirectUrl?: string): Hop => ({ url, method: 'GET', timing: {}, statusCode, madeBy: 'server', redirectUrl });

/** http://example.com/ → 302 → https://example.com/ → 301 → https://www.example.com/ → 200: a temporary canonicalisation, mixed kinds, another host. */
const CHAIN: Hop[] = [
  hop('http://example.com/', 302, 'https://example.com/'),
  hop('https://example.com/', 301, 'https://www.example.com/'),
  { ...hop('https://www.example.com/', 200), statusLine: 'HTTP/1.1 200 OK' },
];
const FINDINGS = findChainIssues(CHAIN);
const found = (kind: FindingKind): Finding => {
  const finding = FINDINGS.find((f) => f.kind === kind);
  if (finding === undefined) throw new Error(`no ${kind} finding on the chain`);
  return finding;
};

/** Seven hops, six of them redirects: a long chain's warning, counted. */
const LONG: Hop[] = Array.from({ length: 7 }, (_, i) => hop(`https://example.com/${i}`, i < 6 ? 301 : 200, i < 6 ? `https://example.com/${i + 1}` : undefined));

describe('a finding in German', () => {
  it('says the temporary canonicalisation in German, with the code the chain used', () => {
    const temporary = found('temporary-redirect');
    expect(findingTitle(temporary.kind, GERMAN)).toBe('Vorübergehende Weiterleitung für einen dauerhaften Umzug');
    expect(severityLabel(temporary.severity, GERMAN)).toBe('Warnung');
    expect(findingMessage(temporary, CHAIN, GERMAN)).toBe(
      '302 für eine dauerhafte Kanonisierung (https, www oder Schrägstrich am Ende) verwendet: Richtig wäre 301 oder 308.',
    );
    expect(findingAdvice(temporary.kind, GERMAN)).toMatch(/^Verwenden Sie 301 oder 308 /);
    expect(hopRanges([1], GERMAN)).toBe('Schritt 1');
    // The same finding in English is the sentence the capture core stored.
    expect(findingMessage(temporary, CHAIN, ENGLISH)).toBe(temporary.message);
  });

  it('names the other host and counts a long chain’s redirects in German', () => {
    expect(findingMessage(found('cross-origin'), CHAIN, GERMAN)).toBe('Weiterleitung auf einen anderen Host: www.example.com.');
    const long = findChainIssues(LONG).find((f) => f.kind === 'long-chain');
    expect(long && findingTitle(long.kind, GERMAN)).toBe('Lange Weiterleitungskette');
    expect(long && findingMessage(long, LONG, GERMAN)).toBe('6 Weiterleitungen: Halten Sie Ketten unter 5.');
    expect(long && findingMessage(long, LONG, ENGLISH)).toBe(long?.message);
    expect(hopRanges([1, 2, 3, 4, 5, 6], GERMAN)).toBe('Schritte 1–6');
  });
});

describe('a finding in Japanese', () => {
  it('says the same finding in Japanese', () => {
    const temporary = found('temporary-redirect');
    expect(findingTitle(temporary.kind, JAPANESE)).toBe('恒久的な移動に一時的リダイレクトを使用');
    expect(findingMessage(temporary, CHAIN, JAPANESE)).toBe('恒久的な正規化（https、www、末尾のスラッシュ）に 302 が使われています。301 か 308 にすべきです。');
    expect(findingShort(temporary.kind, JAPANESE)).toBe('恒久的にすべき');
    expect(findingLabel('mixed-redirects', JAPANESE)).toBe('リダイレクトの混在');
    const long = findChainIssues(LONG).find((f) => f.kind === 'long-chain');
    expect(long && findingTitle(long.kind, JAPANESE)).toBe('長いリダイレクトチェーン');
    expect(long && findingMessage(long, LONG, JAPANESE)).toBe('リダイレクト 6 回：チェーンは 5 回未満に抑えてください。');
  });

  it('keeps the stored sentence for a kind this version does not know, in any language', () => {
    const unknown = { kind: 'future-kind', severity: 'info', hops: [0], message: 'Something new.' } as unknown as Finding;
    expect(findingMessage(unknown, CHAIN, JAPANESE)).toBe('Something new.');
    expect(findingTitle('future-kind', JAPANESE)).toBe('検出事項');
  });
});
