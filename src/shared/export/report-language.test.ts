/**
 * The reports a person reads, in the interface's language: the German plain-text and Markdown reports of
 * the same redirect chain have German headings, labels and findings; the machine-readable parts (the
 * TSV's columns, the JSON) stay as they are in English.
 */
import { describe, expect, it } from 'vitest';
import de from '../../../public/_locales/de/messages.json';
import { ENGLISH } from '../i18n/english-i18n';
import { fileI18n } from '../i18n/format-message';
import { exportLoad } from './index';
import { bfcacheLoad, redirectChainLoad } from './fixtures/page-loads';

const GERMAN = fileI18n('de', de);

describe('the German reports', () => {
  it('plain text: German headings, labels, counts and findings', () => {
    const text = exportLoad(redirectChainLoad(), 'text', GERMAN);
    expect(text.split('\n')[0]).toBe('Status-Inspector-Bericht');
    expect(text).toContain('Seite: https://www.example.com/');
    expect(text).toContain('Endgültiger Status: 200 OK');
    expect(text).toContain('Antwort von: Cloudflare, nginx');
    expect(text).toContain('Quelle: Netzwerk');
    expect(text).toContain('Weiterleitungskette: 3 Schritte');
    expect(text).toMatch(/^ {2}2\. 302 Found — .* — erzeugt von: Server → https:\/\/www\.example\.com\/ \(vorübergehend\)$/m);
    expect(text).toContain('Befunde: 2');
    expect(text).toContain('  - [Warnung] Schritt 2: 302 für eine dauerhafte Kanonisierung');
    expect(text).toContain('Fehlgeschlagene Unterressourcen: 6');
    expect(text).toContain('Antworten der Unterressourcen: 8 insgesamt — 1xx 0');
    for (const english of ['Final status:', 'Redirect chain:', 'Findings:', 'Failing sub-resources:']) expect(text).not.toContain(english);
  });

  it('Markdown: German headings and table columns', () => {
    const md = exportLoad(redirectChainLoad(), 'markdown', GERMAN);
    const lines = md.split('\n');
    expect(lines[0]).toBe('# Status-Inspector-Bericht');
    expect(lines).toContain('- **Endgültiger Status:** 200 OK');
    for (const heading of [
      '## Weiterleitungskette',
      '### Angaben je Schritt',
      '## Befunde',
      '## Fehlgeschlagene Unterressourcen',
      '## Antworten der Unterressourcen',
    ]) {
      expect(lines).toContain(heading);
    }
    expect(lines).toContain('| # | Status | Statustext | URL | Erzeugt von | Leitet weiter auf |');
    expect(md).toMatch(/^- \*\*Schritt 3:\*\* Server\/CDN Cloudflare, nginx · IP 104\.16\.132\.229 · 120 ms · HTTP\/1\.1$/m);
    expect(md).not.toMatch(/^## (Redirect chain|Findings)$/m);
  });

  it('says “not observed” and why in German, inventing no status', () => {
    const text = exportLoad(bfcacheLoad(), 'text', GERMAN);
    expect(text).toContain('Endgültiger Status: nicht beobachtet');
    expect(text).toContain('Quelle: nicht beobachtet — aus dem Back/Forward-Cache wiederhergestellt: der Browser hat keine Anfrage gestellt');
    expect(text).toContain('Weiterleitungskette: kein Schritt beobachtet');
  });

  it('keeps the machine-readable formats’ columns and keys as in English', () => {
    const tsvHeader = (i18n: typeof GERMAN): string => exportLoad(redirectChainLoad(), 'tsv', i18n).split('\n')[0] ?? '';
    expect(tsvHeader(GERMAN)).toBe(tsvHeader(ENGLISH));
    expect(exportLoad(redirectChainLoad(), 'json', GERMAN)).toBe(exportLoad(redirectChainLoad(), 'json', ENGLISH));
  });
});
