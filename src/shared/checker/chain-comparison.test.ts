import { describe, expect, it } from 'vitest';
import type { Hop } from '../capture/capture-state';
import { compareChains } from './chain-comparison';

function chain(...steps: Array<[string, number | undefined, string?]>): Hop[] {
  return steps.map(([url, statusCode, error]) => {
    const hop: Hop = { url, method: 'GET', timing: {}, madeBy: 'server' };
    if (statusCode !== undefined) hop.statusCode = statusCode;
    if (error !== undefined) hop.error = error;
    return hop;
  });
}

describe('compareChains', () => {
  it('finds no difference in equal chains, whatever their timing or headers', () => {
    const a = chain(['http://a.example/', 301], ['https://a.example/', 200]);
    const b = chain(['http://a.example/', 301], ['https://A.example:443/#x', 200]);
    b[0]!.timing = { start: 1, end: 2 };
    expect(compareChains(a, b)).toEqual({ differ: false, endDiffers: false, differences: [] });
  });

  it('names the first hop that differs and what differs there', () => {
    const visitor = chain(['https://a.example/p', 200]);
    const bot = chain(['https://a.example/p', 302], ['https://a.example/bot-wall', 403]);
    expect(compareChains(visitor, bot)).toEqual({
      differ: true,
      firstDifference: 0,
      endDiffers: true,
      differences: [
        { hop: 0, fields: ['status'], a: { url: 'https://a.example/p', statusCode: 200 }, b: { url: 'https://a.example/p', statusCode: 302 } },
        { hop: 1, fields: ['missing'], b: { url: 'https://a.example/bot-wall', statusCode: 403 } },
      ],
    });
  });

  it('tells a difference on the way from a difference at the end', () => {
    const a = chain(['https://a.example/', 301], ['https://a.example/en/', 301], ['https://a.example/en/home', 200]);
    const b = chain(['https://a.example/', 301], ['https://a.example/de/', 301], ['https://a.example/en/home', 200]);
    expect(compareChains(a, b)).toMatchObject({ differ: true, firstDifference: 1, endDiffers: false });
    expect(compareChains(a, b).differences.map((d) => d.fields)).toEqual([['url']]);
  });

  it('compares errors', () => {
    const a = chain(['https://a.example/', undefined, 'net::ERR_TIMED_OUT']);
    const b = chain(['https://a.example/', undefined, 'net::ERR_CONNECTION_RESET']);
    expect(compareChains(a, b)).toMatchObject({ differ: true, endDiffers: true, differences: [{ hop: 0, fields: ['error'] }] });
  });

  it('handles empty chains', () => {
    expect(compareChains([], [])).toEqual({ differ: false, endDiffers: false, differences: [] });
    expect(compareChains([], chain(['https://a.example/', 200]))).toMatchObject({ differ: true, endDiffers: true, firstDifference: 0 });
  });
});
