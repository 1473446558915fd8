import { describe, expect, it } from 'vitest';
import { parseMetaRefresh } from './meta-refresh';

const page = 'https://site.example/dir/page.html';

describe('parseMetaRefresh', () => {
  it.each([
    ['0; url=/next', 0, 'https://site.example/next'],
    ['5;URL=https://other.example/', 5, 'https://other.example/'],
    ['3, url = "target.html"', 3, 'https://site.example/dir/target.html'],
    ["0;url='/quoted' trailing", 0, 'https://site.example/quoted'],
    ['  10  ;  next.html', 10, 'https://site.example/dir/next.html'],
    ['1.5; url=/fraction', 1, 'https://site.example/fraction'],
    ['.5; url=/only-fraction', 0, 'https://site.example/only-fraction'],
    ['0; u-turn.html', 0, 'https://site.example/dir/u-turn.html'],
    ['0 url=/no-separator', 0, 'https://site.example/no-separator'],
  ])('reads %j', (content, delaySeconds, url) => {
    expect(parseMetaRefresh(content, page)).toEqual({ delaySeconds, url });
  });

  it('refreshes the page itself when no URL is given', () => {
    expect(parseMetaRefresh('30', page)).toEqual({ delaySeconds: 30, url: page });
    expect(parseMetaRefresh('30;', page)).toEqual({ delaySeconds: 30, url: page });
  });

  it('ignores what browsers ignore', () => {
    expect(parseMetaRefresh('', page)).toBeUndefined();
    expect(parseMetaRefresh('url=/x', page)).toBeUndefined();
    expect(parseMetaRefresh('5x; url=/x', page)).toBeUndefined();
    expect(parseMetaRefresh('0; url=http://[bad', page)).toBeUndefined();
  });
});
