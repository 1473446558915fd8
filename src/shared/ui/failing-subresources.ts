/**
 * Words and cells for the page's other responses: the class counts worth showing (kept ready by the
 * capture core, so nothing rescans) and everyday names for request types. The failing rows
 * themselves come from the capture core (`failingRows`).
 */
import type { ResponseCounts } from '../capture';
import type { I18n, MessageKey } from '../i18n/create-i18n';

export interface CountCell {
  label: string;
  /** The class it counts, for colour: '2xx', 'failed', … */
  kind: string;
  count: number;
}

/** The counts worth showing, in class order; classes with nothing in them are left out. */
export function countCells(counts: ResponseCounts | undefined, i18n: Pick<I18n, 't'>): CountCell[] {
  if (counts === undefined) return [];
  const cells: CountCell[] = [
    { label: '1xx', kind: '1xx', count: counts['1xx'] },
    { label: '2xx', kind: '2xx', count: counts['2xx'] },
    { label: '3xx', kind: '3xx', count: counts['3xx'] },
    { label: '4xx', kind: '4xx', count: counts['4xx'] },
    { label: '5xx', kind: '5xx', count: counts['5xx'] },
    { label: i18n.t('uiOtherStatus'), kind: 'other', count: counts.other },
    { label: i18n.t('uiNoResponseShort'), kind: 'failed', count: counts.failed },
  ];
  return cells.filter((c) => typeof c.count === 'number' && c.count > 0);
}

/** The request types a person has a word for; the browsers' other names ('websocket', 'csp_report') are shown as they are. */
const TYPE_WORDS: Readonly<Record<string, MessageKey>> = {
  main_frame: 'uiTypePage',
  sub_frame: 'uiTypeFrame',
  stylesheet: 'uiTypeStylesheet',
  script: 'uiTypeScript',
  image: 'uiTypeImage',
  imageset: 'uiTypeImage',
  font: 'uiTypeFont',
  media: 'uiTypeMedia',
  object: 'uiTypeObject',
  ping: 'uiTypePing',
  beacon: 'uiTypeBeacon',
  other: 'uiTypeOther',
};

/** The type as a person would say it: 'image', 'script', 'XHR/fetch'. */
export function resourceTypeLabel(type: string, i18n: Pick<I18n, 't'>): string {
  if (type === 'xmlhttprequest') return 'XHR/fetch';
  if (Object.hasOwn(TYPE_WORDS, type)) return i18n.t(TYPE_WORDS[type]!);
  return type.replaceAll('_', ' ') || i18n.t('uiTypeRequest');
}
