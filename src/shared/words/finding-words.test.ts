import { describe, expect, it } from 'vitest';
import type { Finding, FindingKind } from '../capture';
import { findingAdvice, findingsByHop, findingShort, findingTitle, severityLabel, sortFindings, worstSeverity } from './finding-words';
import { ENGLISH } from '../i18n/english-i18n';

const finding = (kind: FindingKind, severity: Finding['severity'], hops: number[]): Finding => ({ kind, severity, hops, message: kind });

describe('finding words', () => {
  it('has a title and one line of advice for every kind the capture core reports', () => {
    const kinds: FindingKind[] = ['loop', 'long-chain', 'https-downgrade', 'temporary-redirect', 'mixed-redirects', 'final-not-2xx', 'cross-origin'];
    for (const kind of kinds) {
      expect(findingTitle(kind, ENGLISH)).not.toBe('Finding');
      expect(findingShort(kind, ENGLISH).length).toBeLessThan(20);
      expect(findingAdvice(kind, ENGLISH)).toMatch(/^[A-Z].{20,160}[.]$/);
      expect(findingAdvice(kind, ENGLISH)).not.toContain('\n');
    }
    expect(findingTitle('something-new', ENGLISH)).toBe('Finding');
    expect(findingAdvice('something-new', ENGLISH)).toBe('');
    expect(severityLabel('error', ENGLISH)).toBe('Problem');
    expect(severityLabel('odd', ENGLISH)).toBe('Note');
  });

  it('indexes findings by the hops they concern', () => {
    const loop = finding('loop', 'error', [0, 2, 2]);
    const mixed = finding('mixed-redirects', 'info', [0, 1]);
    const byHop = findingsByHop([loop, mixed]);
    expect(byHop.get(0)).toEqual([loop, mixed]);
    expect(byHop.get(1)).toEqual([mixed]);
    expect(byHop.get(2)).toEqual([loop]);
    expect(byHop.has(3)).toBe(false);
  });

  it('puts problems before warnings before notes', () => {
    const list = [finding('cross-origin', 'info', []), finding('loop', 'error', []), finding('long-chain', 'warning', [])];
    expect(sortFindings(list).map((f) => f.severity)).toEqual(['error', 'warning', 'info']);
  });
});

describe('worstSeverity', () => {
  it('is the most serious of the findings, and nothing for none', () => {
    const f = (severity: 'error' | 'warning' | 'info') => ({ kind: 'loop' as const, severity, hops: [0], message: '' });
    expect(worstSeverity([f('info'), f('error'), f('warning')])).toBe('error');
    expect(worstSeverity([f('info'), f('warning')])).toBe('warning');
    expect(worstSeverity([])).toBeUndefined();
    expect(worstSeverity(undefined)).toBeUndefined();
  });
});
