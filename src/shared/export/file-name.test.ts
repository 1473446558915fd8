import { describe, expect, it } from 'vitest';
import { exportFileName } from './index';
import { bfcacheLoad, redirectChainLoad } from './fixtures/page-loads';
import type { PageLoad } from '../capture/capture-state';

describe('exportFileName', () => {
  it('names the host and the time, with the format extension', () => {
    expect(exportFileName(redirectChainLoad(), 'markdown')).toBe('status-inspector-www.example.com-2024-05-01T10-00-00Z.md');
    expect(exportFileName(bfcacheLoad(), 'tsv')).toBe('status-inspector-news.example-2024-05-01T10-00-00Z.tsv');
  });

  it('never carries credentials, the path or unsafe characters', () => {
    const load: PageLoad = { ...redirectChainLoad(), url: 'https://user:pass@evil.example/../../etc?token=x', startedAt: Number.NaN };
    expect(exportFileName(load, 'json')).toBe('status-inspector-evil.example.json');
    expect(exportFileName({ ...load, url: 'about:blank' }, 'curl')).toBe('status-inspector-page.sh');
    expect(exportFileName({ ...load, url: 'https://../x' }, 'text')).toBe('status-inspector-page.txt');
  });
});
