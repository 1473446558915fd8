/** The CSS class that colours a status by its class ('c4xx'), from a number or a registry class. */
import type { StatusClass } from '../registry/registry-types';

export function statusCss(status: number | undefined): string {
  const first = Math.floor((status ?? 0) / 100);
  return first >= 1 && first <= 5 ? `c${first}xx` : 'cunknown';
}

const BY_CLASS: Readonly<Record<StatusClass, string>> = {
  informational: 'c1xx',
  success: 'c2xx',
  redirection: 'c3xx',
  'client-error': 'c4xx',
  'server-error': 'c5xx',
  'global-failure': 'c5xx',
  'no-response': 'c5xx',
  unknown: 'cunknown',
};

export function classCss(statusClass: string): string {
  return Object.hasOwn(BY_CLASS, statusClass) ? BY_CLASS[statusClass as StatusClass] : 'cunknown';
}
