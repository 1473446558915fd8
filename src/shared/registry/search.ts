import { parseCode } from './code-input';
import { sipEntries } from './data/sip';
import { keyOf, tierOf } from './code-keys';
import { addEntries, ALL_ENTRIES, CODE_INDEX } from './entries';
import { normalizePhrase } from './status-line';
import type { StatusEntry } from './registry-types';
import { translationKey, type TranslationTable } from './translations/translated-set';

// The lookup box is the one place a SIP code is asked about: its entries come with it (see entries.ts).
addEntries(sipEntries);

/** How a search result matched, best first. */
export type SearchMatch = 'code' | 'code-prefix' | 'carried-status' | 'phrase' | 'alias' | 'summary' | 'text';

export interface SearchHit {
  entry: StatusEntry;
  match: SearchMatch;
  score: number;
}

/*
 * Everything a search compares is normalized once at module load; a query then costs one pass over a few
 * hundred precomputed strings.
 */
interface Searchable {
  entry: StatusEntry;
  /** Upper-case code for prefix matching ('404.3', '1020', 'ERR_NAME_NOT_RESOLVED'). */
  codes: string[];
  phrase: string;
  aliases: string[];
  summary: string;
  phraseWords: string[];
  summaryWords: string[];
  /** Words of phrase and aliases. */
  nameWords: string[];
  /** Words of everything: code, names, summary, explanation, causes. */
  allWords: string[];
}

function words(text: string): string[] {
  return text ? text.split(' ') : [];
}

function codeForms(entry: StatusEntry): string[] {
  const forms = [entry.code.toUpperCase()];
  if (entry.protocol === 'net') {
    const short = entry.code.replace(/^net::/i, '').toUpperCase();
    forms.push(short);
    for (const alias of entry.aliases ?? []) if (/^(?:net::)?(?:ERR|NS)_/i.test(alias)) forms.push(alias.replace(/^net::/i, '').toUpperCase());
  }
  return [...new Set(forms)];
}

function toSearchable(entry: StatusEntry): Searchable {
  const phrase = normalizePhrase(entry.phrase);
  const aliases = (entry.aliases ?? []).map(normalizePhrase).filter(Boolean);
  const summary = normalizePhrase(entry.summary);
  const names = [phrase, ...aliases].join(' ');
  const everything = [names, summary, normalizePhrase(entry.explanation), ...entry.causes.map(normalizePhrase), normalizePhrase(entry.code)].join(' ');
  return {
    entry,
    codes: codeForms(entry),
    phrase,
    aliases,
    summary,
    phraseWords: words(phrase),
    summaryWords: words(summary),
    nameWords: [...new Set(words(names))],
    allWords: [...new Set(words(everything))],
  };
}

/**
 * Normalising every entry's text costs tens of milliseconds, and only the lookup box searches:
 * build the index on the first search, not when a popup or the worker loads the registry.
 */
let searchable: readonly Searchable[] | undefined;
function searchIndex(): readonly Searchable[] {
  searchable ??= ALL_ENTRIES.map(toSearchable);
  return searchable;
}

/**
 * The chosen language's words for the translated entries (phrase and summary), one index per loaded
 * language, built on its first search: the same entries, found by words of that language too.
 */
const localIndexes = new WeakMap<TranslationTable, readonly Searchable[]>();
function localIndex(table: TranslationTable): readonly Searchable[] {
  let index = localIndexes.get(table);
  if (!index) {
    index = searchIndex().flatMap((s) => {
      const text = table[translationKey(s.entry)];
      if (!text?.phrase && !text?.summary) return [];
      const phrase = normalizePhrase(text.phrase ?? '');
      const summary = normalizePhrase(text.summary ?? '');
      return [
        {
          entry: s.entry,
          codes: s.codes,
          phrase,
          aliases: [],
          summary,
          phraseWords: words(phrase),
          summaryWords: words(summary),
          nameWords: words(phrase),
          allWords: [...new Set([...words(phrase), ...words(summary)])],
        },
      ];
    });
    localIndexes.set(table, index);
  }
  return index;
}

/** Japanese and Chinese put no spaces between words: a query in them is looked for inside the text. */
const UNSPACED = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;
function unspacedScore(s: Searchable, q: string): [number, SearchMatch] | undefined {
  if (!UNSPACED.test(q)) return undefined;
  if (s.phrase.includes(q)) return [640, 'phrase'];
  if (s.summary.includes(q)) return [380, 'summary'];
  return undefined;
}

const PROTOCOL_RANK = { http: 0, sip: 1, net: 2 } as const;

/** Ties: standard before vendor before historic, HTTP before SIP before net, then the code's own order. */
function compareHits(a: SearchHit, b: SearchHit): number {
  return (
    b.score - a.score ||
    tierOf(a.entry) - tierOf(b.entry) ||
    PROTOCOL_RANK[a.entry.protocol] - PROTOCOL_RANK[b.entry.protocol] ||
    a.entry.code.length - b.entry.code.length ||
    a.entry.code.localeCompare(b.entry.code, 'en', { numeric: true })
  );
}

/** Whether `needle` occurs in `hay` on word boundaries (both normalized). */
function containsPhrase(hay: string, needle: string): boolean {
  return ` ${hay} `.includes(` ${needle} `);
}

/** Every token is the start of some word: 'gate' finds 'gateway'. */
function allTokens(tokens: readonly string[], wordList: readonly string[]): boolean {
  return tokens.every((t) => wordList.some((w) => w.startsWith(t)));
}

function textScore(s: Searchable, q: string, tokens: readonly string[]): [number, SearchMatch] | undefined {
  // An old name is as exact as the current one: 'Request Entity Too Large' is the standard 413 first.
  if (s.phrase === q) return [900, 'phrase'];
  if (s.aliases.includes(q)) return [900, 'alias'];
  if (s.phrase.startsWith(`${q} `)) return [760, 'phrase'];
  if (containsPhrase(s.phrase, q)) return [740, 'phrase'];
  if (s.aliases.some((a) => containsPhrase(a, q))) return [700, 'alias'];
  if (tokens.length > 0 && allTokens(tokens, s.phraseWords)) return [650, 'phrase'];
  if (tokens.length > 0 && allTokens(tokens, s.nameWords)) return [620, 'alias'];
  if (containsPhrase(s.summary, q)) return [450, 'summary'];
  if (tokens.length > 0 && allTokens(tokens, s.summaryWords)) return [400, 'summary'];
  if (tokens.length > 0 && allTokens(tokens, s.allWords)) return [200, 'text'];
  return undefined;
}

const STOP_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'of', 'is', 'to', 'and', 'or', 'for', 'error', 'status', 'code', 'http']);
const CODE_LIKE = /^(?:\d{1,4}(?:\.\d{1,3})?|(?:net::)?(?:ERR|NS)_[A-Z0-9_]{0,120})$/i;
const MAX_QUERY = 200;
const PROTOCOL_LED = /^(?:sip|https?)(?:\/\d(?:\.\d)?)?[\s:]{0,8}\d{3}(?:\.\d{1,3})?(?=\s|$)/i;

/** Code matches: the exact code in every namespace, then codes it starts, then codes carried under it. */
function codeHits(raw: string, add: (s: Searchable, score: number, match: SearchMatch) => void): void {
  const parsed = parseCode(raw, CODE_INDEX);
  if (!parsed) return;
  const explicitProtocol = parsed.code !== raw.trim();
  const exact = new Set<StatusEntry>();
  for (const protocol of ['http', 'sip', 'net'] as const) {
    if (explicitProtocol && protocol !== parsed.protocol) continue;
    if (parsed.protocol === 'net' && protocol !== 'net') continue;
    const key = keyOf(protocol, parsed.code);
    for (const e of (key && CODE_INDEX.get(key)) || []) exact.add(e);
  }
  const upper = parsed.code.replace(/^net::/i, '').toUpperCase();
  const asNumber = /^\d{3}$/.test(upper) ? Number(upper) : Number.NaN;
  for (const s of searchIndex()) {
    const e = s.entry;
    if (exact.has(e)) add(s, e.protocol === parsed.protocol ? 1000 : 700, 'code');
    else if (explicitProtocol && e.protocol !== parsed.protocol) continue;
    else if (s.codes.some((c) => c.startsWith(upper))) add(s, 800 - Math.min(99, s.entry.code.length - upper.length), 'code-prefix');
    else if (e.status === asNumber && e.protocol === 'http') add(s, 500, 'carried-status');
  }
}

export interface SearchOptions {
  /** The chosen language's translations of the registry (`loadTranslations`): its words find codes as well as English ones. */
  translations?: TranslationTable | undefined;
}

/**
 * Search for a lookup box. Takes codes ('404', '404.3', '1020', 'ERR_NAME_NOT_RESOLVED', 'net::ERR_…',
 * 'sip 486', 'SIP/2.0 486') and words ('teapot', 'gateway', 'too large'). Exact codes come first, every
 * meaning of an ambiguous number included; then codes that start with the query; then matches in
 * phrases, aliases, summaries and finally anywhere in the text, in English and in the language of
 * `options.translations` ('nicht gefunden'). Never throws.
 */
export function searchScored(query: string, limit = 20, options?: SearchOptions): SearchHit[] {
  if (typeof query !== 'string') return [];
  const raw = (query.length > MAX_QUERY ? query.slice(0, MAX_QUERY) : query).trim();
  const max = Number.isFinite(limit) ? Math.max(0, Math.min(500, Math.floor(limit))) : 20;
  if (!raw || max === 0) return [];

  const best = new Map<StatusEntry, SearchHit>();
  const add = (s: Searchable, score: number, match: SearchMatch): void => {
    const prior = best.get(s.entry);
    if (!prior || prior.score < score) best.set(s.entry, { entry: s.entry, match, score });
  };

  // Codes: 'sip 486', 'SIP/2.0 486 Busy Here', 'HTTP/1.1 404', '404', '404 not found'. What follows the
  // code is searched as words, and boosts the exact-code meanings whose name it matches.
  let text = raw;
  const led = PROTOCOL_LED.exec(raw);
  const firstToken = raw.split(/\s/, 1)[0] ?? '';
  if (led) {
    codeHits(led[0], add);
    text = raw.slice(led[0].length);
  } else if (CODE_LIKE.test(raw)) {
    codeHits(raw, add);
    text = '';
  } else if (CODE_LIKE.test(firstToken)) {
    codeHits(firstToken, add);
    text = raw.slice(firstToken.length);
  }

  const q = normalizePhrase(text);
  if (q) {
    const tokens = words(q).filter((t) => !STOP_WORDS.has(t));
    const local = options?.translations ? localIndex(options.translations) : [];
    for (const s of [...searchIndex(), ...local]) {
      const prior = best.get(s.entry);
      if (prior?.match === 'code' && tokens.length > 0 && allTokens(tokens, s.nameWords)) prior.score += 1;
      const scored = textScore(s, q, tokens) ?? unspacedScore(s, q);
      // SIP reuses HTTP's phrases ('Request Entity Too Large') and the 1994 draft used 'Gateway timeout':
      // a word search means current HTTP first.
      if (scored) add(s, scored[0] - (s.entry.protocol === 'sip' ? 50 : 0) - (tierOf(s.entry) === 2 ? 100 : 0), scored[1]);
    }
  }
  return [...best.values()].sort(compareHits).slice(0, max);
}

/** `searchScored` without the scores: the entries, best first. */
export function search(query: string, limit = 20, options?: SearchOptions): StatusEntry[] {
  return searchScored(query, limit, options).map((hit) => hit.entry);
}
