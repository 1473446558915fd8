import { describe, expect, it } from 'vitest';
import { inEnglish } from './in-english';
import { pageLinks as pageLinksRaw, type RawLink } from './page-links';

// The answers as a person reads them, in English.
const pageLinks = (...args: Parameters<typeof pageLinksRaw>) => inEnglish(pageLinksRaw(...args));

const BASE = 'https://a.example/dir/page.html';
const a = (href: string, text = ''): RawLink => ({ tag: 'A', href, text });

describe('pageLinks', () => {
  it('resolves relative links against the base, drops fragments, and merges repeats with their count', () => {
    const links = pageLinks([a('other.html', ' Other\n page '), a('/dir/other.html#part'), a('https://A.EXAMPLE/dir/other.html', 'Again'), a('../up')], BASE);
    expect(links.targets).toEqual([
      { url: 'https://a.example/dir/other.html', text: 'Other page', count: 3, sources: ['a'] },
      { url: 'https://a.example/up', text: '', count: 1, sources: ['a'] },
    ]);
    expect(links.skipped).toEqual([]);
  });

  it('keeps the first non-empty text of a target', () => {
    expect(pageLinks([a('/x', '  '), a('/x', 'Named')], BASE).targets[0]?.text).toBe('Named');
  });

  it('lists what cannot be checked, with the reason, once each with a count', () => {
    const links = pageLinks(
      [
        a('mailto:me@a.example', 'Mail'),
        a('mailto:me@a.example'),
        a('tel:+123'),
        a(' JavaScript:void(0)'),
        a('java\tscript:alert(1)'),
        a('data:text/plain,hi'),
        a('#top'),
        a(''),
        a('ftp://a.example/file'),
        a('https://user:pw@a.example/'),
        a('http://[::1'),
      ],
      BASE,
    );
    expect(links.targets).toEqual([]);
    expect(links.skipped.map((s) => [s.reason, s.count])).toEqual([
      ['mailto', 2],
      ['tel', 1],
      ['javascript', 1],
      ['javascript', 1],
      ['data', 1],
      ['fragment-only', 1],
      ['empty', 1],
      ['other-scheme', 1],
      ['credentials', 1],
      ['malformed', 1],
    ]);
    expect(links.skipped[0]).toMatchObject({ text: 'Mail', message: 'An e-mail address (mailto:), not a web page.' });
    expect(JSON.stringify(links)).not.toContain(':pw@');
  });

  it('takes canonical and alternate <link>s, and ignores other <link>s', () => {
    const links = pageLinks(
      [
        { tag: 'link', rel: 'Canonical', href: '/canon' },
        { tag: 'link', rel: 'alternate', href: '/fr/' },
        { tag: 'link', rel: 'stylesheet', href: '/style.css' },
        { tag: 'area', href: '/map' },
        a('/canon'),
      ],
      BASE,
    );
    expect(links.targets.map((t) => [t.url, t.sources])).toEqual([
      ['https://a.example/canon', ['canonical', 'a']],
      ['https://a.example/fr/', ['alternate']],
      ['https://a.example/map', ['area']],
    ]);
  });

  it('takes images and scripts only when asked', () => {
    const records: RawLink[] = [
      { tag: 'img', href: '/logo.png', text: 'Logo' },
      { tag: 'script', href: '/app.js' },
    ];
    expect(pageLinks(records, BASE).targets).toEqual([]);
    expect(pageLinks(records, BASE, { images: true, scripts: true }).targets.map((t) => t.sources[0])).toEqual(['img', 'script']);
  });

  it('survives hostile records', () => {
    const records = [
      { tag: 'a', href: 42 },
      { tag: 7, href: '/x' },
      { tag: 'a', href: '/y', text: 'x'.repeat(10_000) },
    ] as unknown as RawLink[];
    const links = pageLinks(records, 'not a base');
    expect(links.targets).toEqual([]);
    expect(links.skipped.map((s) => s.reason)).toEqual(['malformed']);
    expect(links.skipped[0]?.text.length).toBeLessThanOrEqual(201);
  });
});
