/**
 * Who made a hop of a redirect chain (the server, the browser, the page itself), in words, for every
 * surface: a short label for reports and tables, and the phrase the popup puts after "made by".
 */
import type { MadeBy } from '../capture/capture-state';

interface MadeByWords {
  /** 'meta refresh': a report's column. */
  label: string;
  /** 'the page (meta refresh)': the popup's "made by …". */
  maker: string;
}

const WORDS: Readonly<Record<MadeBy, MadeByWords>> = {
  server: { label: 'server', maker: 'the server' },
  'browser-hsts': { label: 'browser HSTS', maker: 'the browser (HSTS upgrade)' },
  'browser-internal': { label: 'browser (internal)', maker: 'the browser' },
  'client-meta-refresh': { label: 'meta refresh', maker: 'the page (meta refresh)' },
  'client-javascript': { label: 'JavaScript', maker: 'the page (JavaScript)' },
  'client-unknown': { label: 'client-side (how is unknown)', maker: 'the page (client-side)' },
};

function wordsOf(madeBy: string | undefined): MadeByWords | undefined {
  return madeBy !== undefined && Object.hasOwn(WORDS, madeBy) ? WORDS[madeBy as MadeBy] : undefined;
}

/** '' when the value is absent or unknown: we do not guess who made a hop. */
export function madeByLabel(madeBy: string | undefined): string {
  return wordsOf(madeBy)?.label ?? '';
}

/** Who made a hop, when it was not the server: 'the browser (HSTS upgrade)'. '' for the server or unknown. */
export function hopMaker(madeBy: string | undefined): string {
  return madeBy === 'server' ? '' : (wordsOf(madeBy)?.maker ?? '');
}

/** 'The previous page sent you here with a meta refresh.', for a load reached by a client-side redirect. */
export function arrivedByText(arrivedBy: string | undefined): string {
  switch (arrivedBy) {
    case 'client-meta-refresh':
      return 'The previous page sent you here with a meta refresh.';
    case 'client-javascript':
      return 'The previous page sent you here from JavaScript.';
    case 'client-unknown':
      return 'The previous page sent you here by itself (a client-side redirect).';
    default:
      return '';
  }
}
