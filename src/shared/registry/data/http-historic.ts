import type { SpecRef, StatusEntry } from '../registry-types';
import { ORIGINS } from '../origins';
import { fromDraft, type EntryDraft } from './entry-draft';

/**
 * Meanings that HTTP status codes had in early drafts and abandoned proposals. Each entry says
 * plainly that the meaning is historic and what the code means today (see http-standard.ts).
 */

/** The W3 project's status-code page, last revised in September 1994 (when 502 and 503 were added). */
const HTRESP_1994: SpecRef = {
  title: 'W3C: Status codes in HTTP (1994)',
  url: 'https://www.w3.org/Protocols/HTTP/HTRESP.html',
};

/** Google's Gears proposal for resumable POST and PUT uploads (its 308 lives on: see vendor-codes.ts). */
const GEARS_RESUMABLE: SpecRef = {
  title: 'Google Gears: Resumable HTTP Requests Proposal',
  url: 'https://code.google.com/archive/p/gears/wikis/ResumableHttpRequestsProposal.wiki',
};

const drafts: readonly EntryDraft[] = [
  // ─── The W3 status-code list of 1994 ───────────────────────────────────────────────────────────
  {
    protocol: 'http',
    code: '203',
    status: 203,
    phrase: 'Partial Information',
    summary: "Historic 1994 meaning: the information returned came from a copy, not the original server's definitive version.",
    explanation:
      "In the early HTTP status list kept by the W3 project (as revised in 1994), 203 was called 'Partial Information'. It meant that the details returned with a document were not the definitive set from its original server but came from a copy, for example a private 'overlay' of the web that added local annotations. This meaning is historic. HTTP/1.1 (RFC 2068, 1997) kept a related idea under the name 203 Non-Authoritative Information, which today means that a proxy modified a successful response on its way to you.",
    causes: ['Very old server software that predates HTTP/1.0.', 'Documentation or tools that still use the 1994 name.'],
    visitorAdvice: 'Read it as 203 Non-Authoritative Information: the content was delivered, but it may not be exactly what the original server produced.',
    ownerAdvice: "Use today's name, 203 Non-Authoritative Information, and only when a proxy has transformed a response.",
    retry: 'no',
    cacheable: false,
    spec: HTRESP_1994,
    origin: ORIGINS.http1994,
    lifecycle: 'historic',
  },
  {
    protocol: 'http',
    code: '204',
    status: 204,
    phrase: 'No Response',
    summary: 'Historic 1994 name for 204: the request was received, there is nothing to send back, and the page stays as it is.',
    explanation:
      "The 1994 W3 status list called 204 'No Response': the server had received the request but had nothing to return, and the browser should keep showing the current document. It was meant for scripts that accept input without replacing the page. This name is historic: HTTP/1.0 (RFC 1945, 1996) renamed the code 204 No Content with essentially the same meaning, and that is how it is used today.",
    causes: ['Very old server software that predates HTTP/1.0.', 'Documentation or tools that still use the 1994 name.'],
    visitorAdvice: 'Read it as 204 No Content: the request worked, and there is simply nothing new to show.',
    ownerAdvice: "Use today's name, 204 No Content.",
    retry: 'no',
    cacheable: false,
    spec: HTRESP_1994,
    origin: ORIGINS.http1994,
    lifecycle: 'historic',
  },
  {
    protocol: 'http',
    code: '301',
    status: 301,
    phrase: 'Moved',
    summary: "Historic 1994 name for a permanent move, with the new address given in 'URI:' header lines.",
    explanation:
      "In the 1994 W3 status list, 301 was simply 'Moved': the document had been given a new address for good, and browsers able to edit links were encouraged to update them. The new address was sent in one or more 'URI:' header lines, which could offer several alternatives. This form is historic: HTTP/1.0 (RFC 1945) renamed the code 301 Moved Permanently and carried the new address in the Location header, which is how permanent redirects work today.",
    causes: ['Very old server software that predates HTTP/1.0.', 'Documentation or tools that still use the 1994 name.'],
    visitorAdvice: 'Read it as 301 Moved Permanently: follow the new address and update your bookmarks.',
    ownerAdvice: "Use 301 Moved Permanently (or 308) with a Location header; today's clients ignore 'URI:' headers.",
    retry: 'no',
    cacheable: false,
    headers: ['URI'],
    spec: HTRESP_1994,
    origin: ORIGINS.http1994,
    lifecycle: 'historic',
  },
  {
    protocol: 'http',
    code: '303',
    status: 303,
    phrase: 'Method',
    summary: 'Historic 1994 proposal: go to another address, possibly with another method, using parameters given in the body.',
    explanation:
      "The 1994 W3 status list included 303 'Method', marked as being for discussion only. Like 302, it sent the client to another address, but it could also ask for a method other than GET, with the parameters to use supplied in the body, so that a document could point to a complex query. It was never fully specified, and this meaning is historic. HTTP/1.1 (RFC 2068, 1997) reused the number for 303 See Other, which today tells the client to load another URL with GET.",
    causes: ['An experimental server from the early 1990s.', 'Documentation that still describes the 1994 draft.'],
    visitorAdvice: 'Read it as 303 See Other: the browser should load the address given in the Location header.',
    ownerAdvice: 'Use 303 See Other with a Location header.',
    retry: 'no',
    cacheable: false,
    spec: HTRESP_1994,
    origin: ORIGINS.http1994,
    lifecycle: 'historic',
  },
  {
    protocol: 'http',
    code: '402',
    status: 402,
    phrase: 'Payment Required',
    aliases: ['PaymentRequired'],
    summary: 'Historic 1994 meaning: the server listed the payment schemes it accepts; the client could retry with a ChargeTo header.',
    explanation:
      "The early W3 status list already had 402 'Payment Required'. The response described the charging schemes the server would accept, and the client was expected to retry with a ChargeTo header saying how the request should be paid for. No such payment system was ever built into HTTP and ChargeTo was never standardized, so this meaning is historic. Later specifications kept 402 only as 'reserved for future use', and today some services use it informally for unpaid bills or used-up paid quotas.",
    causes: ['Documentation that still describes the 1994 draft.', 'An experiment reviving the original payment idea.'],
    visitorAdvice: "Read it as today's 402: the site or service expects a payment, and the page should say which.",
    ownerAdvice: 'There is no standard ChargeTo mechanism. If you use 402, explain in the body what has to be paid and how.',
    retry: 'after-change',
    cacheable: false,
    headers: ['ChargeTo'],
    spec: HTRESP_1994,
    origin: ORIGINS.http1994,
    lifecycle: 'historic',
  },
  {
    protocol: 'http',
    code: '502',
    status: 502,
    phrase: 'Service temporarily overloaded',
    summary: 'Historic 1994 proposal: the server was too busy to handle the request, and it might work later.',
    explanation:
      "On 19 September 1994 the W3 status list added two codes 'for discussion'. The first, 502 'Service temporarily overloaded', meant that the server could not process the request because of high load, a condition expected to pass. This meaning is historic: HTTP/1.0 (RFC 1945) gave 502 a different meaning, Bad Gateway, and moved the 'temporarily unavailable' idea to 503 Service Unavailable. Today 502 means that a gateway or proxy got an invalid response from the server behind it.",
    causes: ['Documentation that still describes the 1994 draft.', 'Very old server software that predates HTTP/1.0.'],
    visitorAdvice: "Read it as today's 502 or 503: wait a moment and reload.",
    ownerAdvice: 'Send 503 Service Unavailable, with Retry-After, when the server is overloaded, and keep 502 for gateway failures.',
    retry: 'later',
    cacheable: false,
    spec: HTRESP_1994,
    origin: ORIGINS.http1994,
    lifecycle: 'historic',
  },
  {
    protocol: 'http',
    code: '503',
    status: 503,
    phrase: 'Gateway timeout',
    summary: 'Historic 1994 proposal: a gateway gave up waiting for another service that it needed to answer the request.',
    explanation:
      "The second code added 'for discussion' in September 1994 was 503 'Gateway timeout'. It worked like 500 Internal Error but was more specific: the server relied on another service, and that service did not reply before the gateway's time limit ran out. This meaning is historic. HTTP/1.0 (RFC 1945) reassigned 503 to Service Unavailable, and HTTP/1.1 (RFC 2068) introduced 504 Gateway Timeout for the original idea. Today 503 means the server is temporarily overloaded or down for maintenance.",
    causes: ['Documentation that still describes the 1994 draft.', 'Very old server software that predates HTTP/1.0.'],
    visitorAdvice: "Read it as today's 503 or 504: wait a little and reload.",
    ownerAdvice: 'Send 504 Gateway Timeout when an upstream service is too slow, and 503 for overload or maintenance.',
    retry: 'later',
    cacheable: false,
    spec: HTRESP_1994,
    origin: ORIGINS.http1994,
    lifecycle: 'historic',
  },

  // ─── HTTP/1.0, the first HTTP/1.1 specification and its drafts ─────────────────────────────────────────────
  {
    protocol: 'http',
    code: '302',
    status: 302,
    phrase: 'Moved Temporarily',
    summary: 'The old HTTP/1.0 name for 302 Found: the page is temporarily at another address.',
    explanation:
      "HTTP/1.0 (RFC 1945, 1996) and the first HTTP/1.1 specification (RFC 2068, 1997) called 302 'Moved Temporarily' and intended the client to repeat the same request, with the same method, at the new address. Browsers instead switched POST to GET when following it. HTTP/1.1 therefore separated the two behaviors: RFC 2068 added 303 See Other (switch to GET), and RFC 2616 (1999) added 307 Temporary Redirect (keep the method) and renamed 302 'Found', the name the 1994 W3 list had used. The old name is historic but still common in status lines (nginx sends it, for example), and it means exactly the same as 302 Found.",
    causes: ['nginx and other servers that still use the HTTP/1.0 reason phrase.', 'Older software written for HTTP/1.0.'],
    visitorAdvice: 'Nothing to do: it is an ordinary temporary redirect, and your browser follows it automatically.',
    ownerAdvice:
      'No change is needed; clients treat it exactly like 302 Found. Use 307 if the request method must be kept, or 301 or 308 if the move is permanent.',
    crawlerNote:
      'Handled exactly like 302 Found: Google takes it as a weak signal that the target should be canonical, so the original URL usually stays indexed.',
    retry: 'no',
    cacheable: false,
    headers: ['Location'],
    spec: {
      title: 'RFC 1945',
      section: '9.3',
      url: 'https://www.rfc-editor.org/rfc/rfc1945#section-9.3',
    },
    origin: ORIGINS.http1997,
    lifecycle: 'historic',
  },
  {
    protocol: 'http',
    code: '306',
    status: 306,
    phrase: 'Switch Proxy',
    summary: 'A 1996 proposal that was never adopted: send later requests through the different proxy named in the response.',
    explanation:
      "In December 1996, during the HTTP/1.1 work, Josh Cohen of Netscape proposed in an Internet-Draft to tighten 305 Use Proxy and to add 306 'Switch Proxy'. It would have told a client that already used a proxy to switch to another one, named in a Set-Proxy header, for a given time and set of addresses. The draft expired without being adopted; a response able to reroute all of a client's traffic is an obvious security risk. This meaning is historic: RFC 2616 marked 306 as unused and reserved, and RFC 9110 keeps it that way today.",
    causes: ['Experimental proxy software from the late 1990s.', 'A test tool or script producing every possible code.'],
    visitorAdvice: 'Browsers ignore this code. If a page does not load, contact the site.',
    ownerAdvice: 'Do not send 306. Configure proxies on the client side, in the system settings or with a PAC file.',
    retry: 'no',
    cacheable: false,
    headers: ['Set-Proxy'],
    spec: {
      title: 'draft-cohen-http-305-306-responses-00',
      url: 'https://datatracker.ietf.org/doc/draft-cohen-http-305-306-responses/',
    },
    origin: ORIGINS.http1996Draft,
    lifecycle: 'historic',
  },

  // ─── Google's resumable-upload proposal ────────────────────────────────────────────────────────
  {
    protocol: 'http',
    code: '103',
    status: 103,
    phrase: 'Checkpoint',
    summary: "Google's old resumable-upload proposal: an interim reply that let a client resume an interrupted upload.",
    explanation:
      "Around 2008, Google's Gears project published a proposal for resuming interrupted POST and PUT uploads over HTTP. In it, the server could answer the start of an upload with 103 'Checkpoint', an interim response giving the client what it needed (an ETag identifying the partial upload) to pick up the transfer after a dropped connection. The proposal was never standardized, and this meaning is historic: RFC 8297 (2017) assigned 103 to Early Hints, its only meaning today. A 103 seen now is almost certainly Early Hints.",
    causes: ['Old upload clients or servers built on the Gears proposal.', 'Status-code lists that still copy the old name.'],
    visitorAdvice: 'Nothing to do: a 103 today is almost always Early Hints, a harmless speed optimization.',
    ownerAdvice:
      'Do not send 103 with this meaning, because clients will read it as Early Hints. For resumable uploads, follow the IETF draft and its 104 Upload Resumption Supported.',
    retry: 'no',
    cacheable: false,
    headers: ['ETag'],
    spec: GEARS_RESUMABLE,
    origin: ORIGINS.googleResumable,
    lifecycle: 'historic',
  },
];

export const httpHistoricEntries: readonly StatusEntry[] = drafts.map(fromDraft);
