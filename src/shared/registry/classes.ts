import type { Protocol, StatusClass } from './registry-types';

/**
 * The class of a status number. HTTP has five classes (RFC 9110 §15); SIP adds 6xx global failures
 * (RFC 3261 §21). Anything else, including 0, negatives, fractions and NaN, is 'unknown'.
 */
export function classOf(status: number, protocol: Protocol = 'http'): StatusClass {
  if (protocol === 'net') return 'no-response';
  if (typeof status !== 'number' || !Number.isInteger(status)) return 'unknown';
  if (status >= 100 && status <= 199) return 'informational';
  if (status >= 200 && status <= 299) return 'success';
  if (status >= 300 && status <= 399) return 'redirection';
  if (status >= 400 && status <= 499) return 'client-error';
  if (status >= 500 && status <= 599) return 'server-error';
  if (protocol === 'sip' && status >= 600 && status <= 699) return 'global-failure';
  return 'unknown';
}

const LABELS: Readonly<Record<StatusClass, string>> = {
  informational: 'Informational',
  success: 'Success',
  redirection: 'Redirection',
  'client-error': 'Client error',
  'server-error': 'Server error',
  'global-failure': 'Global failure',
  'no-response': 'No response',
  unknown: 'Unknown',
};

/** A short label for a class, for badges and headings. */
export function classLabel(statusClass: StatusClass): string {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- a class read back from storage may be one this build does not know
  return LABELS[statusClass] ?? 'Unknown';
}

/** '2xx' for success, '5xx' for server errors; '' where the class has no digit. */
export function classDigits(statusClass: StatusClass): string {
  switch (statusClass) {
    case 'informational':
      return '1xx';
    case 'success':
      return '2xx';
    case 'redirection':
      return '3xx';
    case 'client-error':
      return '4xx';
    case 'server-error':
      return '5xx';
    case 'global-failure':
      return '6xx';
    default:
      return '';
  }
}
