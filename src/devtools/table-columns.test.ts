import { describe, expect, it } from 'vitest';
import { ENGLISH } from '../shared/i18n/english-i18n';
import { cellClass, columnHeading, FACT_COLUMNS, gridTracks, TABLE_COLUMNS } from './table-columns';

const GRID_TRACKS = gridTracks();

/** Splits a grid track list at its top-level spaces ('minmax(8em, 1.6fr) 5em' → two tracks). */
function tracks(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of list) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ' ' && depth === 0) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  if (current !== '') out.push(current);
  return out;
}

describe('request table columns', () => {
  it('gives the grid one track per column shown at each panel width, so no cell lands in the wrong column', () => {
    expect(tracks(GRID_TRACKS['--columns-wide'])).toHaveLength(TABLE_COLUMNS.length);
    expect(tracks(GRID_TRACKS['--columns-mid'])).toHaveLength(TABLE_COLUMNS.filter((c) => !c.className.includes('hide-mid')).length);
    expect(tracks(GRID_TRACKS['--columns-narrow'])).toHaveLength(TABLE_COLUMNS.filter((c) => !c.className.includes('hide-narrow')).length);
  });

  it('keeps status, URL and duration at every width, and drops a column hidden mid-width in narrow panels too', () => {
    for (const key of ['status', 'url', 'duration'] as const) expect(cellClass(key)).not.toMatch(/hide-/);
    for (const c of TABLE_COLUMNS) if (c.className.includes('hide-mid')) expect(c.className).toContain('hide-narrow');
  });

  it('shows facts as columns with their headings, after the fixed columns', () => {
    expect(FACT_COLUMNS.length).toBeGreaterThan(0);
    expect(FACT_COLUMNS.map((c) => columnHeading(c, ENGLISH))).toEqual(['IP', 'HTTP version']);
    for (const c of FACT_COLUMNS) expect(columnHeading(c, ENGLISH)).toBe(c.fact && ENGLISH.t(c.fact.heading));
    expect(TABLE_COLUMNS.slice(0, 3).map((c) => columnHeading(c, ENGLISH))).toEqual(['Status', 'Meaning', 'Method']);
    expect(TABLE_COLUMNS.slice(-FACT_COLUMNS.length)).toEqual(FACT_COLUMNS);
    expect(new Set(TABLE_COLUMNS.map((c) => c.key)).size).toBe(TABLE_COLUMNS.length);
  });

  it('makes each column at least as wide as its heading needs, at every panel width, keeping each track’s flexibility', () => {
    const fitted = gridTracks({ status: 120, phrase: 90, version: 101 });
    const wide = tracks(fitted['--columns-wide']);
    expect(wide).toHaveLength(TABLE_COLUMNS.length);
    const at = (key: string): number => TABLE_COLUMNS.findIndex((c) => c.key === key);
    expect(wide[at('status')]).toBe('max(5.4em, 120px)');
    expect(wide[at('phrase')]).toBe('minmax(max(8em, 90px), 1.6fr)');
    expect(wide[at('version')]).toMatch(/^max\(.+, 101px\)$/);
    expect(wide[at('url')]).toBe(tracks(GRID_TRACKS['--columns-wide'])[at('url')]);
    expect(tracks(fitted['--columns-narrow'])[0]).toBe('max(5.4em, 120px)');
    expect(tracks(fitted['--columns-mid'])).toHaveLength(tracks(GRID_TRACKS['--columns-mid']).length);
  });
});
