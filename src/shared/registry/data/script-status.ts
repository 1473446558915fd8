import type { StatusEntry } from '../registry-types';
import { ORIGINS } from '../origins';
import { fromDraft } from './entry-draft';

/**
 * The status a page's script reads when there is no HTTP status to give it. No server sends 0: the Fetch
 * Standard gives it to a network error and to an opaque response, and XMLHttpRequest reports the same.
 * unregistered.ts shows these words for a captured status 0, which is never a response on the wire.
 */
export const scriptStatusEntries: readonly StatusEntry[] = [
  fromDraft({
    protocol: 'http',
    code: '0',
    status: 0,
    phrase: 'No status (0)',
    summary: 'Status 0 is not an HTTP status: no response was received, or the browser hid it from the page.',
    explanation:
      "Scripts see 0 in fetch()'s response.status or XMLHttpRequest.status when there is no response they may read. Either the request failed (a network error, a refused or blocked request, a CORS check that failed, a request cancelled by a navigation), or it succeeded as an opaque response: a cross-origin request made with mode 'no-cors', whose status and body the browser keeps from the page on purpose. The network panel or this extension's capture shows which it was.",
    causes: [
      'A network error: DNS, connection or TLS failure, or a timeout.',
      'A request blocked by an extension, by CSP or mixed-content rules, or by a failed CORS check.',
      'A request cancelled because the page navigated away.',
      "An opaque response to a fetch() made with mode 'no-cors'.",
    ],
    visitorAdvice: 'Check your connection and any blocking extension, then reload.',
    ownerAdvice:
      "Look at the browser console and network panel for the failure behind it (CORS, CSP, DNS, TLS). If the request was made with mode 'no-cors', the 0 is deliberate: send CORS headers and drop that mode if the page needs the status.",
    retry: 'immediately',
    cacheable: false,
    spec: { title: 'WHATWG Fetch Standard', section: 'Responses', url: 'https://fetch.spec.whatwg.org/#concept-network-error' },
    origin: ORIGINS.whatwgFetch,
    lifecycle: 'standard',
  }),
];
