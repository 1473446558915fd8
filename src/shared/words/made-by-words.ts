/**
 * Who made a hop of a redirect chain (the server, the browser, the page itself), in words, for every
 * surface: a short label for reports and tables, and the phrase the popup puts after "made by".
 */
import type { MadeBy } from '../capture/capture-state';
import type { I18n, MessageKey } from '../i18n/create-i18n';

interface MadeByWords {
  /** 'meta refresh': a report's column. */
  label: MessageKey;
  /** 'the page (meta refresh)': the popup's "made by …"; none for the server, which is never named so. */
  maker?: MessageKey;
}

const WORDS: Readonly<Record<MadeBy, MadeByWords>> = {
  server: { label: 'madeByServer' },
  'browser-hsts': { label: 'madeByBrowserHsts', maker: 'madeByBrowserHstsMaker' },
  'browser-internal': { label: 'madeByBrowserInternal', maker: 'madeByBrowserInternalMaker' },
  'client-meta-refresh': { label: 'madeByMetaRefresh', maker: 'madeByMetaRefreshMaker' },
  'client-javascript': { label: 'madeByJavascript', maker: 'madeByJavascriptMaker' },
  'client-unknown': { label: 'madeByClientUnknown', maker: 'madeByClientUnknownMaker' },
};

function wordsOf(madeBy: string | undefined): MadeByWords | undefined {
  return madeBy !== undefined && Object.hasOwn(WORDS, madeBy) ? WORDS[madeBy as MadeBy] : undefined;
}

/** '' when the value is absent or unknown: we do not guess who made a hop. */
export function madeByLabel(madeBy: string | undefined, i18n: I18n): string {
  const label = wordsOf(madeBy)?.label;
  return label ? i18n.t(label) : '';
}

/** Who made a hop, when it was not the server: 'the browser (HSTS upgrade)'. '' for the server or unknown. */
export function hopMaker(madeBy: string | undefined, i18n: I18n): string {
  const maker = wordsOf(madeBy)?.maker;
  return maker ? i18n.t(maker) : '';
}

const ARRIVED_BY: Readonly<Partial<Record<string, MessageKey>>> = {
  'client-meta-refresh': 'madeByArrivedMetaRefresh',
  'client-javascript': 'madeByArrivedJavascript',
  'client-unknown': 'madeByArrivedClientUnknown',
};

/** 'The previous page sent you here with a meta refresh.', for a load reached by a client-side redirect. */
export function arrivedByText(arrivedBy: string | undefined, i18n: I18n): string {
  const key = arrivedBy !== undefined && Object.hasOwn(ARRIVED_BY, arrivedBy) ? ARRIVED_BY[arrivedBy] : undefined;
  return key ? i18n.t(key) : '';
}
