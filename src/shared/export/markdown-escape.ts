/**
 * Escaping for text placed in a Markdown document, inside or outside a table cell. A URL or header
 * value is attacker-chosen: unescaped, `|` would split a table cell, `[x](javascript:…)` would make a
 * link, `<img onerror>` would be raw HTML, `*`/`_`/`~` would restyle text and a newline would end the
 * row. Inline-significant characters are backslash-escaped (CommonMark allows it for all punctuation);
 * `&`, `<` and `>` become entities, which render as the characters and never as HTML; newlines become spaces.
 */
import { oneLine } from './clean-text';

// Escaping '\' itself keeps a value ending in '\' from escaping the '|' that closes its cell. '~' is
// strikethrough and '$' math on GitHub. Line-start markers ('#', '-', '+', '1.') are not escaped: every
// value is printed after a cell separator or a list label, never at the start of a line, and escaping
// them would litter every URL with backslashes.
const BACKSLASH_ESCAPED = /[\\`*_[\]|~$]/g;

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

export function escapeMarkdown(value: string): string {
  return oneLine(value)
    .replace(/[&<>]/g, (ch) => ENTITIES[ch] ?? ch)
    .replace(BACKSLASH_ESCAPED, (ch) => `\\${ch}`);
}

/** One table row; empty cells stay empty. */
export function tableRow(cells: readonly string[]): string {
  return `| ${cells.map((cell) => escapeMarkdown(cell)).join(' | ')} |`;
}

export function tableHeader(columns: readonly string[]): string[] {
  return [tableRow(columns), `|${columns.map(() => '---').join('|')}|`];
}
