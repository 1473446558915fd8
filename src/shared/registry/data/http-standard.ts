import type { SpecRef, StatusEntry } from '../types';
import { ORIGINS } from '../origins';

/**
 * The 64 status codes in the IANA HTTP Status Code Registry, with the names RFC 9110 gives them.
 * Facts were checked against RFC 9110 and the RFCs each code comes from; search-engine notes follow
 * Google Search Central's documentation on status codes, redirects and robots.txt.
 */

const rfc9110 = (section: string): SpecRef => ({
  title: 'RFC 9110',
  section,
  url: `https://www.rfc-editor.org/rfc/rfc9110#section-${section}`,
});

const rfc = (num: number, section: string): SpecRef => ({
  title: `RFC ${num}`,
  section,
  url: `https://www.rfc-editor.org/rfc/rfc${num}#section-${section}`,
});

// Shared wording for crawler notes, so the same behavior is described the same way everywhere.
const KEEP_CHAINS_SHORT =
  'Googlebot follows up to 10 redirects in a row, but Google advises fewer than 5, ideally a single hop.';
const FIVE_XX_CRAWL =
  'Googlebot slows down crawling when a site answers 5xx; indexed URLs are kept for a while but dropped if the errors persist.';
const ROBOTS_5XX =
  'If robots.txt itself answers 5xx, Google treats the whole site as off-limits and stops crawling; if that lasts, it falls back to its last good copy of the file.';
const ROBOTS_4XX =
  'If robots.txt itself answers a 4xx code (other than 429), Google behaves as if there were no robots.txt and may crawl everything.';

export const httpStandardEntries: readonly StatusEntry[] = [
  // ─── 1xx Informational ─────────────────────────────────────────────────────────────────────────
  {
    protocol: 'http',
    code: '100',
    status: 100,
    phrase: 'Continue',
    class: 'informational',
    summary: 'The server has accepted the request headers and is ready for the client to send the request body.',
    explanation:
      "A 100 is an interim answer, not the final one. A client about to upload a large body can first send only the headers, including 'Expect: 100-continue', and wait. The server replies 100 Continue if it is willing to take the body, or sends a final error such as 401, 413 or 417 straight away, so no time is wasted uploading data that would be refused. The real status of the request follows once the body has arrived. Browsers do not use this for ordinary page loads, but command-line tools and API clients often do for big uploads.",
    causes: [
      "A client sent 'Expect: 100-continue' before uploading a request body.",
      'A tool such as curl or an HTTP library checking that a large upload will be accepted before sending it.',
    ],
    visitorAdvice: 'Nothing to do: this is a normal step of an upload, and the final status follows right after it.',
    ownerAdvice:
      'No action is needed. If uploads stall after a 100, check that proxies and load balancers in front of the server pass interim responses through and do not time out while the body is being sent.',
    retry: 'no',
    cacheable: false,
    headers: ['Expect'],
    spec: rfc9110('15.2.1'),
    origin: ORIGINS.ietf,
    lifecycle: 'standard',
  },
  {
    protocol: 'http',
    code: '101',
    status: 101,
    phrase: 'Switching Protocols',
    class: 'informational',
    summary: 'The server agreed to switch this connection to another protocol, most often to open a WebSocket.',
    explanation:
      'The client asked, in an Upgrade header, to stop speaking HTTP/1.1 on this connection and use another protocol instead. A 101 means the server agreed: everything after it on the connection uses the new protocol. Today this is almost always the opening handshake of a WebSocket. HTTP/2 and HTTP/3 never use 101; they open WebSockets with an extended CONNECT request instead (RFC 8441 and RFC 9220).',
    causes: [
      'A page opening a WebSocket connection for chat, live updates or collaborative editing.',
      'A client asking to upgrade an HTTP/1.1 connection to another protocol named in the Upgrade header.',
    ],
    visitorAdvice: 'Nothing to do: a live connection (usually a WebSocket) was set up successfully.',
    ownerAdvice:
      'No action is needed. If WebSockets fail behind a reverse proxy, make sure the proxy forwards the Upgrade and Connection headers (in nginx: proxy_http_version 1.1 and proxy_set_header for both) and allows long-lived connections.',
    retry: 'no',
    cacheable: false,
    headers: ['Upgrade', 'Connection'],
    spec: rfc9110('15.2.2'),
    origin: ORIGINS.ietf,
    lifecycle: 'standard',
  },
  {
    protocol: 'http',
    code: '102',
    status: 102,
    phrase: 'Processing',
    class: 'informational',
    summary: 'The server has received the request and is still working on it; the final answer will come later.',
    explanation:
      'The first WebDAV specification (RFC 2518) defined 102 so that a server busy with a slow request, such as copying or deleting a large folder tree, could tell the client it was still working and keep it from timing out. The later WebDAV specification, RFC 4918, dropped it because few clients implemented it, but the code remains registered. Like every 1xx code it is an interim response: a final status follows.',
    causes: [
      'A WebDAV server working through a long COPY, MOVE or DELETE on many files.',
      'An application server that sends 102 to keep a slow request alive.',
    ],
    visitorAdvice: 'Nothing to do: the server is still working, and the final status will follow.',
    ownerAdvice:
      'No action is needed. Support for 102 is patchy, so do not rely on it to keep clients waiting; for very long jobs, answer 202 Accepted and let the client check progress separately.',
    retry: 'no',
    cacheable: false,
    spec: rfc(2518, '10.1'),
    origin: ORIGINS.ietf,
    lifecycle: 'standard',
  },
  {
    protocol: 'http',
    code: '103',
    status: 103,
    phrase: 'Early Hints',
    class: 'informational',
    summary: 'A preliminary answer naming files the page will need, so the browser can start loading them early.',
    explanation:
      'While the server is still preparing the real response, it can send a 103 with Link headers that name resources the page will need (rel=preload) or servers it will connect to (rel=preconnect). The browser can start on those straight away, which shortens the wait, and the final response, usually a 200, follows on the same request. Chrome and Edge act on Early Hints only for page navigations over HTTP/2 or HTTP/3; browsers that do not understand 103 simply ignore it. CDNs such as Cloudflare can send Early Hints on behalf of a site.',
    causes: [
      'The site or its CDN sends preload or preconnect hints before the page is ready.',
      'A server or framework with Early Hints support switched on.',
    ],
    visitorAdvice: "Nothing to do: it is a speed optimization, and the page's real status follows.",
    ownerAdvice:
      'Hint only resources that every visitor of the page needs and that match the final response; hinting unused files wastes bandwidth. Check that your CDN or proxy passes 103 responses through rather than dropping them.',
    retry: 'no',
    cacheable: false,
    headers: ['Link'],
    spec: rfc(8297, '2'),
    origin: ORIGINS.ietf,
    lifecycle: 'standard',
  },
  {
    protocol: 'http',
    code: '104',
    status: 104,
    phrase: 'Upload Resumption Supported',
    class: 'informational',
    summary: 'The server supports resumable uploads and has told the client where to resume this one if it breaks off.',
    explanation:
      "104 belongs to the IETF's work on resumable uploads (the draft 'Resumable Uploads for HTTP', which grew out of the tus protocol). When a client starts an upload, the server can send this interim response with a Location header pointing to an upload resource. If the connection drops, the client asks that resource how much data arrived and sends only the rest instead of starting over. IANA lists 104 as a temporary registration because the specification is still a draft, so details may change before it becomes an RFC. Some clients, including Apple's URLSession, already implement it.",
    causes: [
      'A client started an upload to a server that implements the resumable-upload draft.',
      'An upload service built on tus or the IETF draft announcing that this upload can be resumed.',
    ],
    visitorAdvice: 'Nothing to do: your upload can continue where it left off if the connection drops.',
    ownerAdvice:
      'If you implement it, follow the current version of the draft and send the Location of the upload resource. Make sure proxies in front of the server forward 1xx responses; clients that do not understand 104 ignore it.',
    retry: 'no',
    cacheable: false,
    headers: ['Location', 'Upload-Offset', 'Upload-Complete'],
    spec: {
      title: 'draft-ietf-httpbis-resumable-upload',
      url: 'https://datatracker.ietf.org/doc/draft-ietf-httpbis-resumable-upload/',
    },
    origin: ORIGINS.ietf,
    lifecycle: 'temporary',
  },

  // ─── 2xx Success ───────────────────────────────────────────────────────────────────────────────
  {
    protocol: 'http',
    code: '200',
    status: 200,
    phrase: 'OK',
    class: 'success',
    summary: 'The request succeeded and the server sent back what was asked for.',
    explanation:
      "200 is the normal answer to a successful request. For a page load (GET) the body is the page itself; for a form submission or API call (POST) it describes the result of the action. A 200 only says the server handled the request without an error at the HTTP level: an application can still send a 200 whose body shows an error message or an empty page, sometimes called a 'soft error'.",
    causes: [
      'The page, file or data exists and the server returned it.',
      'An action such as a form submission completed and the server reported the result.',
    ],
    visitorAdvice:
      "Nothing to do. If the page still shows an error or is blank, the problem lies in the site's content rather than in the HTTP exchange; reloading or contacting the site is the best option.",
    ownerAdvice:
      'Make sure pages that say "not found" or show an error do not answer 200: send a real 404, 410 or 5xx so browsers, caches and search engines understand what happened.',
    crawlerNote:
      'Googlebot passes the content on for indexing, which may or may not happen. A 200 page that says "not found" or is nearly empty may be reported in Search Console as a soft 404. A robots.txt that answers 200 is read and obeyed.',
    retry: 'no',
    cacheable: true,
    headers: ['Content-Type', 'Content-Length', 'Cache-Control', 'ETag', 'Last-Modified'],
    spec: rfc9110('15.3.1'),
    origin: ORIGINS.ietf,
    lifecycle: 'standard',
  },
  {
    protocol: 'http',
    code: '201',
    status: 201,
    phrase: 'Created',
    class: 'success',
    summary: 'The request succeeded and created something new, such as an account, a record or an uploaded file.',
    explanation:
      'A 201 confirms that the server created one or more new resources, usually in answer to a POST or PUT. The Location header, when present, gives the address of the new resource, and the body typically describes it. It is common in APIs and rarely seen on ordinary page loads.',
    causes: ['An API call or form submission created a new record.', 'A file was uploaded with PUT to a new address.'],
    visitorAdvice: 'Nothing to do: what you submitted was created.',
    ownerAdvice:
      'Include a Location header pointing to the new resource, and send 201 only once the resource really exists; if it will be created later, answer 202 instead.',
    retry: 'no',
    cacheable: false,
    headers: ['Location', 'ETag'],
    spec: rfc9110('15.3.2'),
    origin: ORIGINS.ietf,
    lifecycle: 'standard',
  },
  {
    protocol: 'http',
    code: '202',
    status: 202,
    phrase: 'Accepted',
    class: 'success',
    summary: 'The server accepted the request for processing, but the work has not finished yet.',
    explanation:
      'A 202 is deliberately noncommittal: the request was valid and has been queued, but the server is not saying how it will turn out. It is used for work that runs in the background, such as video encoding, report generation or bulk imports. HTTP has no built-in way to learn the final result, so well-designed APIs return a link to a status page in the body or in a Location header.',
    causes: [
      'The request started a background job such as an export, a conversion or a bulk email.',
      'An API queued the request for later processing.',
    ],
    visitorAdvice:
      'Nothing to do right away: the action is in progress. Check back later, or watch for a confirmation such as an email.',
    ownerAdvice:
      'Give clients a way to follow the job (a status URL in the body or Location header) and report failures there, because the 202 itself cannot.',
    retry: 'no',
    cacheable: false,
    headers: ['Location'],
    spec: rfc9110('15.3.3'),
    origin: ORIGINS.ietf,
    lifecycle: 'standard',
  },
  {
    protocol: 'http',
    code: '203',
    status: 203,
    phrase: 'Non-Authoritative Information',
    class: 'success',
    summary: 'The request succeeded, but a proxy along the way changed the content that the original server sent.',
    explanation:
      'A 203 means the origin server answered 200 OK, but a transforming proxy on the way, for example one that recompresses images, strips content or adds annotations, modified the response before it reached you. It tells the recipient that the content is not exactly what the original server produced. Few proxies actually send it; most modify responses silently.',
    causes: [
      'A mobile-network or corporate proxy compressed or rewrote the response.',
      'A proxy added or removed content, such as an injected banner.',
    ],
    visitorAdvice:
      'The content was altered on its way to you. If something looks wrong, try another network; HTTPS connections are much harder for a proxy to rewrite.',
    ownerAdvice:
      'Your server did not send this; a proxy did. To keep intermediaries from modifying responses, serve the site over HTTPS and send Cache-Control: no-transform.',
    retry: 'no',
    cacheable: true,
    headers: ['Cache-Control', 'Via'],
    spec: rfc9110('15.3.4'),
    origin: ORIGINS.ietf,
    lifecycle: 'standard',
  },
  {
    protocol: 'http',
    code: '204',
    status: 204,
    phrase: 'No Content',
    class: 'success',
    summary: 'The request succeeded and there is deliberately nothing to send back.',
    explanation:
      'A 204 confirms success without a body. APIs use it for actions such as saving settings or deleting an item, and analytics beacons use it because they need no answer. When a browser follows a link or submits a form and gets a 204, it stays on the current page instead of showing an empty one. A 204 response never carries a body.',
    causes: [
      'An API call such as a DELETE or a settings update succeeded.',
      'A tracking or analytics request (a beacon) was recorded.',
      'A form submission meant to keep the user on the current page.',
    ],
    visitorAdvice:
      'Nothing to do. If you clicked something and nothing seemed to happen, the action may still have worked; reload the page to check.',
    ownerAdvice:
      'Use 204 only where no content is expected. Do not return it for real page URLs, or visitors and crawlers will see nothing.',
    crawlerNote:
      'Google treats a 204 on a page URL as a page without content: it is not indexed, and Search Console may report it as a soft 404.',
    retry: 'no',
    cacheable: true,
    headers: ['ETag'],
    spec: rfc9110('15.3.5'),
    origin: ORIGINS.ietf,
    lifecycle: 'standard',
  },
  {
    protocol: 'http',
    code: '205',
    status: 205,
    phrase: 'Reset Content',
    class: 'success',
    summary: 'The request succeeded, and the client should clear the form or view that sent it, ready for new input.',
    explanation:
      "205 was designed for data-entry screens: after a successful submission, the server asks the client to clear the form so the user can type the next entry, without loading a new page. The response has no body. Browsers have never implemented the 'reset' part consistently, so the code is rarely used, and scripts that receive it have to clear the form themselves.",
    causes: [
      'A data-entry form or API designed to have the input cleared after each save.',
      'A server framework returning 205 after a successful submission.',
    ],
    visitorAdvice:
      'Nothing to do: your submission was accepted. If the form still shows your previous input, clear it yourself before entering more.',
    ownerAdvice:
      'Browsers do not act on 205, so do not rely on it to reset forms; return 204 or 200 and reset the form in your own JavaScript.',
    retry: 'no',
    cacheable: false,
    spec: rfc9110('15.3.6'),
    origin: ORIGINS.ietf,
    lifecycle: 'standard',
  },
  {
    protocol: 'http',
    code: '206',
    status: 206,
    phrase: 'Partial Content',
    class: 'success',
    summary: 'The server sent only the part of the file that the client asked for, such as a slice of a video.',
    explanation:
      'A client can ask for part of a resource with a Range header, and a 206 delivers exactly that part, described by a Content-Range header (or several parts in a multipart/byteranges body). Browsers rely on this for audio and video, so playback can start and jump ahead without downloading the whole file, and download managers use it to resume interrupted downloads. Many 206 responses for one media file are perfectly normal.',
    causes: [
      'A video or audio player loading the file piece by piece or jumping to another position.',
      'A browser or download manager resuming an interrupted download.',
      'A PDF viewer loading pages on demand.',
    ],
    visitorAdvice: 'Nothing to do: this is how media streaming and resumable downloads normally work.',
    ownerAdvice:
      'Serve large media files with Accept-Ranges: bytes and correct Content-Range values, and check that your CDN or proxy supports range requests; otherwise seeking and resuming break.',
    retry: 'no',
    cacheable: true,
    headers: ['Content-Range', 'Range', 'Accept-Ranges', 'If-Range'],
    spec: rfc9110('15.3.7'),
    origin: ORIGINS.ietf,
    lifecycle: 'standard',
  },
  {
    protocol: 'http',
    code: '207',
    status: 207,
    phrase: 'Multi-Status',
    class: 'success',
    summary: 'One response carrying a separate status for each of several items, used by WebDAV for multi-file operations.',
    explanation:
      'WebDAV is the HTTP extension for managing files on a server, and it also underlies calendar and contact sync (CalDAV and CardDAV). When one request affects several resources, for example listing a folder with PROPFIND, the answer is an XML document in which every item has its own status. The 207 only says that such a document follows: some items may have succeeded and others failed, so the body has to be read.',
    causes: [
      'A WebDAV, CalDAV or CardDAV client listed or changed several resources at once.',
      'A bulk API operation reporting a result for each item.',
    ],
    visitorAdvice:
      'Nothing to do in the browser. If a file, calendar or contacts sync reports errors, the details for each item are in the response body.',
    ownerAdvice:
      'When debugging, read the per-item statuses in the XML body: a 207 does not mean that everything succeeded.',
    retry: 'no',
    cacheable: false,
    headers: ['Content-Type', 'Depth'],
    spec: rfc(4918, '11.1'),
    origin: ORIGINS.ietf,
    lifecycle: 'standard',
  },
  {
    protocol: 'http',
    code: '208',
    status: 208,
    phrase: 'Already Reported',
    class: 'success',
    summary: 'Used inside a WebDAV multi-status reply: this item was already listed earlier, so it is not repeated.',
    explanation:
      'A 208 appears only inside the XML body of a 207 Multi-Status response, on WebDAV servers that support bindings (RFC 5842), where one resource can be reachable through several paths. When a folder listing reaches a member it has already reported, it marks it 208 instead of listing it again, which also prevents endless loops. It is not meant to be the status of a whole HTTP response.',
    causes: [
      "A WebDAV PROPFIND with 'Depth: infinity' reached a resource that is bound in more than one place.",
      'A WebDAV server reporting a collection whose members appear under several paths.',
    ],
    visitorAdvice: 'Nothing to do: it is bookkeeping inside a file-sync response.',
    ownerAdvice:
      'No action is needed. If a WebDAV client handles it badly, avoid binding the same resource into several folders.',
    retry: 'no',
    cacheable: false,
    headers: ['Depth'],
    spec: rfc(5842, '7.1'),
    origin: ORIGINS.ietf,
    lifecycle: 'standard',
  },
  {
    protocol: 'http',
    code: '226',
    status: 226,
    phrase: 'IM Used',
    class: 'success',
    summary: 'The server sent only the changes to apply to a copy the client already has, instead of the full resource.',
    explanation:
      "226 belongs to delta encoding (RFC 3229). A client that holds an older version of a resource can list, in an A-IM header, the kinds of 'instance manipulation', such as diffs, that it understands. The server then sends just the difference, marks the response 226 and names the method it used in an IM header. The idea never caught on for web pages, and the code is very rarely seen.",
    causes: [
      'A client and server that both support RFC 3229 delta encoding.',
      "A feed reader using the 'A-IM: feed' extension to fetch only new entries.",
    ],
    visitorAdvice: 'Nothing to do: your client received an update to something it already had.',
    ownerAdvice: 'Send 226 only to clients that asked for it with A-IM; everyone else must get a normal 200.',
    retry: 'no',
    cacheable: false,
    headers: ['IM', 'A-IM', 'Delta-Base'],
    spec: rfc(3229, '10.4.1'),
    origin: ORIGINS.ietf,
    lifecycle: 'standard',
  },

  // ─── 3xx Redirection ───────────────────────────────────────────────────────────────────────────
  {
    protocol: 'http',
    code: '300',
    status: 300,
    phrase: 'Multiple Choices',
    class: 'redirection',
    summary: 'The resource exists in several versions, such as different languages or formats, and one must be chosen.',
    explanation:
      'A 300 offers a choice between versions of the same resource, for example a document in several languages or file formats. The server can name its preferred version in the Location header, and the body normally lists the options as links. There is no standard format for that list, so browsers cannot choose automatically, and the code is rarely used: most sites pick a version for the visitor or redirect instead.',
    causes: [
      'A server using content negotiation that could not decide between several equally good versions.',
      'A site deliberately listing alternative versions of a document.',
    ],
    visitorAdvice: 'Choose one of the versions listed on the page.',
    ownerAdvice:
      'Prefer redirecting to a sensible default or choosing automatically. If you do use 300, link to every option and give the preferred one in the Location header.',
    retry: 'no',
    cacheable: true,
    headers: ['Location', 'Vary'],
    spec: rfc9110('15.4.1'),
    origin: ORIGINS.ietf,
    lifecycle: 'standard',
  },
  {
    protocol: 'http',
    code: '301',
    status: 301,
    phrase: 'Moved Permanently',
    class: 'redirection',
    summary: 'The page has moved for good to the address in the Location header; links and bookmarks should be updated.',
    explanation:
      'A 301 says the resource has a new permanent URL, given in the Location header, and browsers follow it automatically. Browsers may cache a 301 for a long time, so later visits go straight to the new address without asking the old one. For historical reasons, clients may turn a POST into a GET when following a 301; when the method must be kept, 308 Permanent Redirect is the right code.',
    causes: [
      'The site moved to a new domain, or from http:// to https://.',
      'A page was renamed or reorganized, and the old URL points to the new one.',
      'URL clean-up rules, such as adding or removing "www" or a trailing slash.',
    ],
    visitorAdvice: 'Nothing to do: your browser follows the new address. Update any bookmark to the new URL.',
    ownerAdvice:
      'Point each old URL straight at its final destination instead of chaining redirects, and keep permanent redirects in place for at least a year. If the move is only temporary, use 302 or 307 instead, because browsers may remember a 301 for a long time.',
    crawlerNote: `Google treats a 301 as a strong signal that the target is the canonical URL and passes the old URL's signals on to it. ${KEEP_CHAINS_SHORT}`,
    retry: 'no',
    cacheable: true,
    headers: ['Location'],
    spec: rfc9110('15.4.2'),
    origin: ORIGINS.ietf,
    lifecycle: 'standard',
  },
  {
    protocol: 'http',
    code: '302',
    status: 302,
    phrase: 'Found',
    aliases: ['Moved Temporarily'],
    class: 'redirection',
    summary: 'The page is temporarily at another address; the original URL should still be used in the future.',
    explanation:
      "A 302 sends the client to the URL in the Location header for now, while the original address stays the one to use. HTTP/1.0 called it 'Moved Temporarily' and meant the request to be repeated unchanged, but browsers turned POST into GET when following it. HTTP/1.1 therefore added 303 See Other (switch to GET) and 307 Temporary Redirect (keep the method) to make the intent explicit. 302 is still the most common temporary redirect, for example around logins. Some servers, nginx among them, still write 'Moved Temporarily' in the status line.",
    causes: [
      'Sending a visitor to a login page and back.',
      'A temporary campaign, an A/B test, or a redirect based on language or location.',
      "A framework's default redirect helper, which often uses 302.",
    ],
    visitorAdvice: 'Nothing to do: your browser follows it automatically. Keep bookmarking the original address.',
    ownerAdvice:
      'Use 302 (or 307) only for genuinely temporary moves; if the page has moved for good, switch to 301 or 308 so browsers and search engines update. Watch for redirect loops between login pages and protected pages.',
    crawlerNote: `Google treats a 302 as a weak signal that the target should be canonical, so the original URL usually stays indexed; if the redirect stays in place for a long time, Google may come to treat it as permanent. ${KEEP_CHAINS_SHORT}`,
    retry: 'no',
    cacheable: false,
    headers: ['Location'],
    spec: rfc9110('15.4.3'),
    origin: ORIGINS.ietf,
    lifecycle: 'standard',
  },
  {
    protocol: 'http',
    code: '303',
    status: 303,
    phrase: 'See Other',
    class: 'redirection',
    summary: 'The result is at another address, which the client should load with an ordinary GET request.',
    explanation:
      "A 303 tells the client to fetch the URL in the Location header with GET, whatever method the original request used. Its classic use is the 'Post/Redirect/Get' pattern: after a form is submitted with POST, the server answers 303 pointing to a confirmation page, so reloading that page does not submit the form again. It does not mean that the original resource has moved.",
    causes: [
      'A form submission (POST) redirecting to a result or confirmation page.',
      'An API pointing to where the outcome of an action can be read.',
      'A request for an abstract identifier redirecting to a document about it, as is common in linked data.',
    ],
    visitorAdvice: 'Nothing to do: your browser loads the result page automatically.',
    ownerAdvice:
      'Use 303 after POST form submissions to avoid duplicate submissions on reload. When a resource has actually moved, use 301 or 308 (permanent) or 302 or 307 (temporary).',
    crawlerNote: `Google treats a 303 like a temporary redirect: a weak signal that the target should be canonical. ${KEEP_CHAINS_SHORT}`,
    retry: 'no',
    cacheable: false,
    headers: ['Location'],
    spec: rfc9110('15.4.4'),
    origin: ORIGINS.ietf,
    lifecycle: 'standard',
  },
  {
    protocol: 'http',
    code: '304',
    status: 304,
    phrase: 'Not Modified',
    class: 'redirection',
    summary: 'The copy the browser already has is still up to date, so the server sent no content.',
    explanation:
      'When a browser or cache holds a saved copy, it can ask the server whether that copy is still current, by sending If-None-Match (with the ETag of its copy) or If-Modified-Since. If nothing has changed, the server answers 304 without a body and the client reuses its copy, saving bandwidth and time. Many 304 responses during a page load are a sign that caching works.',
    causes: [
      'The browser checked a cached script, image or stylesheet, and it had not changed.',
      'A reload of a page whose resources are cached.',
      'A CDN or proxy checking its stored copy with the origin server.',
    ],
    visitorAdvice:
      'Nothing to do: your browser is using its saved copy. If you suspect you are seeing outdated content, force a full reload (Ctrl+Shift+R, or Cmd+Shift+R on a Mac).',
    ownerAdvice:
      'Send stable ETag or Last-Modified values so revalidation works. If visitors see old files after a deployment, the server is answering 304 for content that did change: check how ETags are generated, or put version numbers in asset file names.',
    crawlerNote:
      'A 304 tells Googlebot the content is the same as at its last visit; indexing is unaffected. Answering conditional requests correctly saves crawl capacity on large sites.',
    retry: 'no',
    cacheable: false,
    headers: ['ETag', 'Last-Modified', 'If-None-Match', 'If-Modified-Since', 'Cache-Control'],
    spec: rfc9110('15.4.5'),
    origin: ORIGINS.ietf,
    lifecycle: 'standard',
  },
  {
    protocol: 'http',
    code: '305',
    status: 305,
    phrase: 'Use Proxy',
    class: 'redirection',
    summary: 'An outdated instruction to repeat the request through a proxy; browsers ignore it for security reasons.',
    explanation:
      'HTTP/1.1 (RFC 2068) defined 305 to tell a client to reach the resource through the proxy named in the Location header. Letting a website route a browser through a proxy of its choosing is a security risk, so browsers never followed it, and RFC 7231 deprecated it in 2014. The code is still registered, but servers should not send it.',
    causes: [
      'Very old server software or a misconfiguration.',
      'A proxy or test tool deliberately producing legacy codes.',
    ],
    visitorAdvice: 'Your browser will not act on this. If the page does not load, contact the site.',
    ownerAdvice:
      'Do not use 305. If clients must use a proxy, configure it on the client side, in the proxy settings or with a PAC file.',
    retry: 'no',
    cacheable: false,
    headers: ['Location'],
    spec: rfc9110('15.4.6'),
    origin: ORIGINS.ietf,
    lifecycle: 'standard',
  },
  {
    protocol: 'http',
    code: '306',
    status: 306,
    phrase: '(Unused)',
    aliases: ['Switch Proxy'],
    class: 'redirection',
    summary: "A reserved code that is no longer used; in the 1990s it was proposed as 'Switch Proxy'.",
    explanation:
      "306 was proposed in 1996 as 'Switch Proxy', a way to tell a client to send its later requests through a different proxy. The proposal was dropped, and HTTP/1.1 has reserved the number ever since (RFC 2616, now RFC 9110), so that it cannot be given a new meaning. No server should send it, and clients give it no special treatment.",
    causes: [
      'Misconfigured or experimental server software.',
      'A test tool or script producing every possible code.',
    ],
    visitorAdvice: 'This code has no defined meaning. If the page does not load, contact the site.',
    ownerAdvice: 'Do not send 306. Find the component that produces it and make it use a defined status code.',
    retry: 'no',
    cacheable: false,
    spec: rfc9110('15.4.7'),
    origin: ORIGINS.ietf,
    lifecycle: 'unused',
  },
  {
    protocol: 'http',
    code: '307',
    status: 307,
    phrase: 'Temporary Redirect',
    class: 'redirection',
    summary: 'The page is temporarily at another address; the request is repeated there with the same method and data.',
    explanation:
      "A 307 works like 302 but forbids the client to change the request method: a POST is sent again as a POST, with the same body, to the URL in the Location header. Future requests should still go to the original URL. Chrome also reports a '307 Internal Redirect' when it upgrades an http:// address to https:// on its own because of HSTS; that redirect is made by the browser, not sent by the server.",
    causes: [
      'A temporary move that must keep the request method, such as an API endpoint routed elsewhere during maintenance.',
      'A load balancer or framework temporarily sending requests to another server.',
      "The browser's own HSTS upgrade from http:// to https://, which Chrome shows as '307 Internal Redirect'.",
    ],
    visitorAdvice: 'Nothing to do: your browser follows it automatically.',
    ownerAdvice:
      "Use 307 when a temporary redirect must keep POST or PUT data intact, and 308 if the move is permanent. A '307 Internal Redirect' in the browser means HSTS is working, not that your server redirected.",
    crawlerNote: `Google treats a 307 as a temporary redirect: a weak signal that the target should be canonical, so the original URL normally stays indexed. ${KEEP_CHAINS_SHORT}`,
    retry: 'no',
    cacheable: false,
    headers: ['Location'],
    spec: rfc9110('15.4.8'),
    origin: ORIGINS.ietf,
    lifecycle: 'standard',
  },
  {
    protocol: 'http',
    code: '308',
    status: 308,
    phrase: 'Permanent Redirect',
    class: 'redirection',
    summary: 'The page has moved for good to a new address; the request is repeated there with the same method and data.',
    explanation:
      'A 308 is the permanent counterpart of 307: the resource has a new permanent URL (named in the Location header), and the client must not change the request method when following it. It was added in 2015 by RFC 7538, because 301 lets clients switch POST to GET, and is now part of RFC 9110. Like a 301, browsers may cache it.',
    causes: [
      'A site or API moved permanently and needs POST or PUT requests to arrive intact.',
      'A domain or http:// to https:// redirect set up with 308; some platforms, such as Next.js and Vercel, use it for permanent redirects by default.',
    ],
    visitorAdvice: 'Nothing to do: your browser follows the new address. Update any bookmark to the new URL.',
    ownerAdvice:
      'Use 308 for permanent moves of endpoints that receive POST, PUT or PATCH. Redirect straight to the final URL and keep the redirect for a long time. Very old clients, such as Internet Explorer on Windows 7, do not understand 308.',
    crawlerNote: `Google treats a 308 like a 301: a strong signal that the target is the canonical URL, with the old URL's signals passed on. ${KEEP_CHAINS_SHORT}`,
    retry: 'no',
    cacheable: true,
    headers: ['Location'],
    spec: rfc9110('15.4.9'),
    origin: ORIGINS.ietf,
    lifecycle: 'standard',
  },

  // ─── 4xx Client Error ──────────────────────────────────────────────────────────────────────────
  {
    protocol: 'http',
    code: '400',
    status: 400,
    phrase: 'Bad Request',
    class: 'client-error',
    summary: 'The server could not understand or would not accept the request, because something in it is malformed.',
    explanation:
      "400 is the general 'there is something wrong with your request' answer. It covers broken HTTP syntax, invalid headers, malformed JSON or form data, and other problems the server blames on the client. Many servers also use it when cookies or headers are corrupted or too large; nginx, for example, shows '400 Bad Request: Request Header Or Cookie Too Large'. The body often says what is wrong.",
    causes: [
      'Corrupted, oversized or outdated cookies for the site.',
      'A malformed URL, for example with invalid percent-encoding or illegal characters.',
      'An API request with invalid JSON, missing fields or wrong parameter types.',
      'A proxy or browser extension sending a broken or conflicting header.',
    ],
    visitorAdvice:
      'Check the address for typos, then clear the cookies for this site and reload. If the problem persists, try a private window or another browser.',
    ownerAdvice:
      'Return a clear error message that says which part of the request is invalid (for APIs, a problem-details body as described in RFC 9457). If many visitors get 400, look for oversized cookies and compare header size limits on the server, proxies and CDN.',
    retry: 'after-change',
    cacheable: false,
    spec: rfc9110('15.5.1'),
    origin: ORIGINS.ietf,
    lifecycle: 'standard',
  },
  {
    protocol: 'http',
    code: '401',
    status: 401,
    phrase: 'Unauthorized',
    class: 'client-error',
    summary: 'You need to log in to access this; the credentials sent were missing, wrong or expired.',
    explanation:
      "Despite its name, 401 is about authentication, not permission: the server does not know who you are, or it rejected the credentials it received (password, token or API key). The server is required to send a WWW-Authenticate header that names the login method it accepts; with the 'Basic' and 'Digest' methods, the browser shows its own login box. Websites with login forms usually redirect to a login page instead, but APIs answer 401 directly.",
    causes: [
      'Not logged in, or the session or access token has expired.',
      'Wrong username, password or API key.',
      'A revoked token, or a clock difference that makes a valid token look expired.',
      "Password protection ('Basic' authentication) on a staging site or folder.",
    ],
    visitorAdvice:
      'Log in, or log out and back in if you already were. Check your username and password; if a browser login box keeps coming back, the credentials are being rejected.',
    ownerAdvice:
      'Send a WWW-Authenticate header with every 401, and use 403 when the user is known but not allowed. If valid users keep getting 401, check token expiry, server clocks, and whether a proxy strips the Authorization header.',
    crawlerNote: `Googlebot does not log in, so pages that answer 401 are not indexed and indexed ones are removed. Do not use 401 to slow down crawling. ${ROBOTS_4XX}`,
    retry: 'after-change',
    cacheable: false,
    headers: ['WWW-Authenticate', 'Authorization'],
    spec: rfc9110('15.5.2'),
    origin: ORIGINS.ietf,
    lifecycle: 'standard',
  },
  {
    protocol: 'http',
    code: '402',
    status: 402,
    phrase: 'Payment Required',
    class: 'client-error',
    summary: 'Reserved for payments; some services use it when an account, subscription or quota needs paying for.',
    explanation:
      "HTTP has reserved 402 since its earliest days for digital payment schemes that never materialized, and RFC 9110 still lists it as 'reserved for future use' without defining how it works. Some services use it anyway: payment APIs for declined charges, hosting platforms for sites whose bills are unpaid, and APIs whose paid quota has run out. Some recent proposals for machine-to-machine payments also build on it.",
    causes: [
      'An unpaid invoice or an expired subscription for the site or API account.',
      'A payment API reporting a declined card.',
      'A paid API quota has been used up.',
    ],
    visitorAdvice:
      "The site or service is asking for payment. If it is your account, check its billing page; otherwise the site's owner may need to settle a bill.",
    ownerAdvice:
      'Check the billing status of your hosting, CDN and API accounts. If you return 402 yourself, explain in the body what has to be paid and where.',
    retry: 'after-change',
    cacheable: false,
    spec: rfc9110('15.5.3'),
    origin: ORIGINS.ietf,
    lifecycle: 'standard',
  },
  {
    protocol: 'http',
    code: '403',
    status: 403,
    phrase: 'Forbidden',
    class: 'client-error',
    summary: 'The server understood the request but refuses to allow it; logging in will not necessarily help.',
    explanation:
      'A 403 means the server knows what you asked for and has decided not to provide it. If you are logged in, your account lacks permission; if not, the resource may be closed to everyone, or to your IP address, country or browser. Firewalls, bot-protection services and CDNs often answer 403 when they block a request, and web servers return it when file permissions or directory-listing settings prevent access. A server may also answer 404 instead, to hide that the resource exists at all.',
    causes: [
      'Your account does not have permission for this page or action.',
      'A web application firewall, CDN or bot filter blocked the request, for example because of your IP address, a VPN or unusual headers.',
      'File or folder permissions on the server deny access, or a folder has no index page and listings are turned off.',
      'The site restricts access by country or IP address.',
    ],
    visitorAdvice:
      'Make sure you are logged in with the right account. If you use a VPN, proxy or privacy extension, try without it. If you believe you should have access, contact the site.',
    ownerAdvice:
      'Check file ownership and permissions, index files and directory-listing settings, and any IP, country or bot rules in your firewall or CDN. The response headers and body usually reveal which layer sent the 403.',
    crawlerNote: `Google handles 403 like other 4xx codes: the page is not indexed, and indexed URLs are removed. If a firewall or bot filter blocks Googlebot, allow it (verify it by reverse DNS rather than by user agent). ${ROBOTS_4XX}`,
    retry: 'after-change',
    cacheable: false,
    spec: rfc9110('15.5.4'),
    origin: ORIGINS.ietf,
    lifecycle: 'standard',
  },
  {
    protocol: 'http',
    code: '404',
    status: 404,
    phrase: 'Not Found',
    class: 'client-error',
    summary: 'The server has nothing at this address; the page may have moved, been deleted or never existed.',
    explanation:
      'The best-known error on the web: the server found nothing for the requested URL, without saying whether the absence is temporary or permanent. It usually comes from a broken link, a mistyped address, or a page that was removed or renamed without a redirect. Servers also answer 404 to hide resources from people who are not allowed to know they exist.',
    causes: [
      'A typo in the address, or a broken link on another page.',
      'The page was deleted or renamed without a redirect.',
      'A file the page refers to is missing, such as an image, script, stylesheet or favicon.',
      'A routing or rewrite rule on the server that does not match the URL.',
    ],
    visitorAdvice:
      "Check the address for typos, try the site's home page or search, or look for an archived copy, for example in the Wayback Machine.",
    ownerAdvice:
      'Redirect moved pages to their new URL with a 301, fix internal links that point to missing pages, and serve a helpful error page that still returns the 404 status. If a page is gone for good on purpose, a 410 says so more clearly.',
    crawlerNote: `Google removes URLs that answer 404 from its index; a few 404s do not harm the rest of the site. 410 is treated the same way, possibly a little faster. ${ROBOTS_4XX}`,
    retry: 'no',
    cacheable: true,
    spec: rfc9110('15.5.5'),
    origin: ORIGINS.ietf,
    lifecycle: 'standard',
  },
  {
    protocol: 'http',
    code: '405',
    status: 405,
    phrase: 'Method Not Allowed',
    class: 'client-error',
    summary: 'The address exists but does not accept this kind of request, for example a POST where only GET is allowed.',
    explanation:
      'Every HTTP request has a method, such as GET to read, POST to submit or DELETE to remove. A 405 means the URL is valid but does not support the method used. The server must list the methods it does accept in an Allow header. It mostly shows up with APIs, or when a form submits to a URL that only serves pages.',
    causes: [
      'A form or script sending POST to a URL that only accepts GET, or the other way round.',
      'An API client using the wrong method for an endpoint.',
      'A static file host or CDN that does not accept POST requests.',
      'A server module that blocks methods such as PUT or DELETE (on IIS, often the WebDAV module).',
    ],
    visitorAdvice:
      'Go back and try again, or reload the page. If a form keeps failing, the site has a bug and its owner should be told.',
    ownerAdvice:
      'Check which methods the route accepts and list them in the Allow header. On IIS, look at the WebDAV module and request filtering when PUT or DELETE are rejected; on static hosts, make sure forms post to a server-side endpoint.',
    retry: 'after-change',
    cacheable: true,
    headers: ['Allow'],
    spec: rfc9110('15.5.6'),
    origin: ORIGINS.ietf,
    lifecycle: 'standard',
  },
  {
    protocol: 'http',
    code: '406',
    status: 406,
    phrase: 'Not Acceptable',
    class: 'client-error',
    summary: 'The server has no version of the resource in a format or language that the client said it accepts.',
    explanation:
      'Clients state their preferences in headers such as Accept (formats), Accept-Language and Accept-Encoding. A 406 means the server has no version that satisfies them and chose to refuse rather than send something else. Most servers ignore unmatched preferences and send a default, so 406 is unusual; on an ordinary website it more often comes from a security filter than from real content negotiation.',
    causes: [
      'An API client asking for a format the endpoint does not produce, such as XML from a JSON-only API.',
      'A web application firewall, such as ModSecurity, set up to answer blocked requests with 406.',
      'Strict language or encoding rules on the server.',
    ],
    visitorAdvice:
      'Reload, or try another browser. If it keeps happening, a security filter on the site may be blocking your request; contact the site.',
    ownerAdvice:
      "For APIs, compare the client's Accept header with what the endpoint produces, or fall back to a default format. If ordinary visitors get 406, review your firewall or ModSecurity rules.",
    retry: 'after-change',
    cacheable: false,
    headers: ['Accept', 'Accept-Language', 'Accept-Encoding', 'Vary'],
    spec: rfc9110('15.5.7'),
    origin: ORIGINS.ietf,
    lifecycle: 'standard',
  },
  {
    protocol: 'http',
    code: '407',
    status: 407,
    phrase: 'Proxy Authentication Required',
    class: 'client-error',
    summary: 'A proxy between you and the website requires you to log in before it passes your request on.',
    explanation:
      'A 407 works like 401 but comes from a proxy server rather than from the website: the proxy, often the gateway of a company or school network, wants credentials before it forwards the request. It must include a Proxy-Authenticate header, and the client answers with Proxy-Authorization. The website itself never saw your request.',
    causes: [
      'A company, school or public network proxy that requires a login.',
      'Saved proxy credentials that are wrong or have expired.',
      'Software such as a VPN client or security suite that set up an authenticating proxy.',
    ],
    visitorAdvice:
      'Enter your network or proxy credentials when asked. If you do not expect a proxy, check the proxy settings of your system or browser, or ask your network administrator.',
    ownerAdvice:
      'Your website is not involved. If you run the proxy, check its authentication setup and whether clients support the method it offers.',
    retry: 'after-change',
    cacheable: false,
    headers: ['Proxy-Authenticate', 'Proxy-Authorization'],
    spec: rfc9110('15.5.8'),
    origin: ORIGINS.ietf,
    lifecycle: 'standard',
  },
  {
    protocol: 'http',
    code: '408',
    status: 408,
    phrase: 'Request Timeout',
    aliases: ['Request Time-out'],
    class: 'client-error',
    summary: 'The server gave up waiting for the client to finish sending its request.',
    explanation:
      'A 408 means the connection was open but the complete request did not arrive in time, so the server closed it. Servers also send 408 when they close keep-alive connections that have been idle too long. The request itself may be perfectly fine: browsers often retry on their own, and repeating it usually works.',
    causes: [
      'A slow or unstable network connection, especially on mobile.',
      'A large upload that stalled.',
      'The server closing an idle connection that the browser had kept open for reuse.',
      'Very short timeouts on the server or a proxy.',
    ],
    visitorAdvice:
      'Reload the page or send the form again. If it keeps happening, check your connection or try another network.',
    ownerAdvice:
      'If real clients run into it, especially during uploads, raise the timeouts for request headers and bodies on the server and on any proxy or load balancer in front of it.',
    retry: 'immediately',
    cacheable: false,
    headers: ['Connection'],
    spec: rfc9110('15.5.9'),
    origin: ORIGINS.ietf,
    lifecycle: 'standard',
  },
  {
    protocol: 'http',
    code: '409',
    status: 409,
    phrase: 'Conflict',
    class: 'client-error',
    summary: 'The request clashes with how the resource currently stands, for example an edit based on an old version.',
    explanation:
      'A 409 means the request cannot be carried out because of the current state of the resource, and that the client may be able to resolve the conflict and try again. Typical cases are two people editing the same item, uploading a file older than the stored one, or creating something that already exists. The body should explain the conflict.',
    causes: [
      'Simultaneous edits: someone else saved a change first.',
      'Creating an account, record or file that already exists.',
      'A version-control or WebDAV operation that clashes with what is stored.',
    ],
    visitorAdvice:
      'Reload to get the latest version, make your change again and resubmit. If you were creating something, it may already exist.',
    ownerAdvice:
      'Explain the conflict in the response body so the client can resolve it. For edit conflicts, consider conditional requests with If-Match and ETags, which turn silent overwrites into a clear 412.',
    retry: 'after-change',
    cacheable: false,
    spec: rfc9110('15.5.10'),
    origin: ORIGINS.ietf,
    lifecycle: 'standard',
  },
  {
    protocol: 'http',
    code: '410',
    status: 410,
    phrase: 'Gone',
    class: 'client-error',
    summary: 'The resource was removed on purpose and will not come back; there is no forwarding address.',
    explanation:
      'A 410 is the permanent, deliberate version of 404: the server knows the resource existed and that it has been removed for good. It suits expired offers, deleted accounts or content taken down permanently. Clients should remove links and bookmarks to it. If the content has moved elsewhere, a 301 redirect is the right answer instead.',
    causes: [
      'Content removed on purpose, such as an expired listing, a discontinued product or a deleted profile.',
      'A site cleaning up old URLs that it does not want crawled any more.',
    ],
    visitorAdvice:
      "The page will not come back. Try the site's search or home page for related content, or an archive such as the Wayback Machine.",
    ownerAdvice:
      'Use 410 only for content that is gone for good and has no replacement; if a replacement exists, redirect to it with a 301. Remove internal links to the removed page.',
    crawlerNote:
      'Google removes URLs that answer 410 from its index just as it does for 404, possibly a little faster because the removal is clearly intentional. It is a good way to clean up URLs you never want back.',
    retry: 'no',
    cacheable: true,
    spec: rfc9110('15.5.11'),
    origin: ORIGINS.ietf,
    lifecycle: 'standard',
  },
  {
    protocol: 'http',
    code: '411',
    status: 411,
    phrase: 'Length Required',
    class: 'client-error',
    summary: 'The server refuses the request because it does not state the size of its body in a Content-Length header.',
    explanation:
      "Some servers need to know the size of a request body before accepting it. A 411 means the request had, or should have had, a body but no Content-Length header, typically because it was sent in chunks of unknown total size. Adding the header fixes it, including 'Content-Length: 0' for an empty POST.",
    causes: [
      'A POST or PUT sent with chunked transfer encoding to a server that does not accept it.',
      "An empty POST request sent without 'Content-Length: 0'.",
      'A proxy that removed the Content-Length header.',
    ],
    visitorAdvice:
      'This is a problem between your browser or app and the server. Try again, and contact the site if it keeps happening.',
    ownerAdvice:
      "Make clients send Content-Length (including 'Content-Length: 0' for empty POST bodies), or configure the server to accept chunked request bodies.",
    retry: 'after-change',
    cacheable: false,
    headers: ['Content-Length', 'Transfer-Encoding'],
    spec: rfc9110('15.5.12'),
    origin: ORIGINS.ietf,
    lifecycle: 'standard',
  },
  {
    protocol: 'http',
    code: '412',
    status: 412,
    phrase: 'Precondition Failed',
    class: 'client-error',
    summary: "A condition attached to the request, such as 'only if unchanged', was not met, so nothing was done.",
    explanation:
      "Clients can make a request conditional with headers such as If-Match, If-Unmodified-Since or If-None-Match, for example 'save my edit only if the document is still the version I loaded'. A 412 means the condition turned out false, usually because someone else changed the resource in the meantime. This protects against overwriting other people's changes.",
    causes: [
      'Someone else changed the resource after the client loaded it, so the ETag no longer matches.',
      'A client reusing an outdated ETag or date in If-Match or If-Unmodified-Since.',
      'An upload tool making sure it will not overwrite an existing file.',
    ],
    visitorAdvice: 'Reload the page to get the current version, then make your change again.',
    ownerAdvice:
      'This is usually correct behavior. If it happens unexpectedly, check that ETags are identical across the servers behind your load balancer and are not altered by compression.',
    retry: 'after-change',
    cacheable: false,
    headers: ['If-Match', 'If-Unmodified-Since', 'If-None-Match', 'ETag'],
    spec: rfc9110('15.5.13'),
    origin: ORIGINS.ietf,
    lifecycle: 'standard',
  },
  {
    protocol: 'http',
    code: '413',
    status: 413,
    phrase: 'Content Too Large',
    aliases: ['Payload Too Large', 'Request Entity Too Large'],
    class: 'client-error',
    summary: 'The data sent with the request, such as an uploaded file, is larger than the server will accept.',
    explanation:
      "A 413 means the body of the request exceeds a size limit on the server or on a proxy or CDN in front of it. Uploads of large images, videos or backups are the usual trigger. RFC 9110 renamed the code from 'Payload Too Large', itself the successor of 'Request Entity Too Large'; all three names mean the same thing. If the limit is only temporary, the server can add a Retry-After header.",
    causes: [
      "Uploading a file larger than the site's limit.",
      "A low default limit on the web server or proxy; nginx's client_max_body_size, for example, defaults to 1 MB.",
      "Limits in the application platform, such as PHP's upload_max_filesize and post_max_size.",
      "A CDN's upload limit, such as the 100 MB per request on Cloudflare's Free and Pro plans.",
    ],
    visitorAdvice:
      'Try a smaller file, compress it, or split it into parts. If the site says larger files are allowed, report the problem.',
    ownerAdvice:
      'Raise the limit at every layer that enforces one (CDN, load balancer, web server and application) to what you intend to accept, and tell users the maximum size before they upload.',
    retry: 'after-change',
    cacheable: false,
    headers: ['Content-Length', 'Retry-After'],
    spec: rfc9110('15.5.14'),
    origin: ORIGINS.ietf,
    lifecycle: 'standard',
  },
  {
    protocol: 'http',
    code: '414',
    status: 414,
    phrase: 'URI Too Long',
    aliases: ['Request-URI Too Long', 'Request-URI Too Large'],
    class: 'client-error',
    summary: 'The address (URL) of the request is longer than the server is willing to process.',
    explanation:
      'Servers cap the length of URLs to protect themselves. A 414 usually means too much data was packed into the query string: a long list of filters or IDs, a form sent with GET instead of POST, or a redirect loop that adds the same parameter on every round. Occasionally it is the result of an attack probing the server.',
    causes: [
      'Huge query strings from search filters, tracking parameters or form data sent with GET.',
      'A redirect loop that appends a parameter on every hop.',
      'A low URL or request-line limit on the server or a proxy.',
    ],
    visitorAdvice:
      "Start again from a shorter link, such as the site's home page, or remove unneeded parameters from the address.",
    ownerAdvice:
      'Send large inputs with POST instead of GET, look for redirect rules that keep appending parameters, and raise the request-line limit only if long URLs are genuinely needed.',
    retry: 'after-change',
    cacheable: true,
    spec: rfc9110('15.5.15'),
    origin: ORIGINS.ietf,
    lifecycle: 'standard',
  },
  {
    protocol: 'http',
    code: '415',
    status: 415,
    phrase: 'Unsupported Media Type',
    class: 'client-error',
    summary: 'The server refuses the request because the data sent is in a format it does not accept.',
    explanation:
      'A 415 is about what the client sends, not what it receives: the format (Content-Type) or compression (Content-Encoding) of the request body is not supported by this endpoint. Typical cases are an API that expects JSON receiving form data, or an upload of a file type the site does not take. The server can list what it accepts in headers such as Accept, Accept-Encoding or Accept-Post.',
    causes: [
      "Sending JSON without 'Content-Type: application/json', or form data to a JSON-only API.",
      'Uploading a file type the site does not allow.',
      'A compressed request body that the server cannot decode.',
    ],
    visitorAdvice:
      'If you were uploading a file, check that its type is allowed (for example JPEG or PNG rather than HEIC), convert it if necessary, and try again.',
    ownerAdvice:
      'Check that clients send the right Content-Type, document the formats you accept, and name them in the error response.',
    retry: 'after-change',
    cacheable: false,
    headers: ['Content-Type', 'Content-Encoding', 'Accept', 'Accept-Encoding', 'Accept-Post'],
    spec: rfc9110('15.5.16'),
    origin: ORIGINS.ietf,
    lifecycle: 'standard',
  },
  {
    protocol: 'http',
    code: '416',
    status: 416,
    phrase: 'Range Not Satisfiable',
    aliases: ['Requested Range Not Satisfiable'],
    class: 'client-error',
    summary: 'The client requested a portion of a file that does not exist, such as bytes beyond its end.',
    explanation:
      'With a Range header a client can request only part of a resource, for example to resume a download. A 416 means none of the requested ranges fit the resource, usually because the file changed or shrank after the client started, so the saved position now lies past the end. The server should include a Content-Range header giving the current size.',
    causes: [
      'Resuming the download of a file that has since changed or become smaller.',
      'A media player or download manager asking for bytes beyond the end of the file.',
      "A partly downloaded copy that no longer matches the server's version.",
    ],
    visitorAdvice: 'Restart the download from the beginning, deleting the partly downloaded file first if necessary.',
    ownerAdvice:
      "Send Content-Range with the real size (for example 'bytes */12345'), and support ETags with If-Range so clients start over cleanly when a file changes.",
    retry: 'after-change',
    cacheable: false,
    headers: ['Content-Range', 'Range', 'If-Range'],
    spec: rfc9110('15.5.17'),
    origin: ORIGINS.ietf,
    lifecycle: 'standard',
  },
  {
    protocol: 'http',
    code: '417',
    status: 417,
    phrase: 'Expectation Failed',
    class: 'client-error',
    summary: 'The server cannot meet a requirement that the client stated in its Expect header.',
    explanation:
      "The only expectation HTTP defines is 'Expect: 100-continue', with which a client asks for the server's go-ahead before sending a large request body. A 417 means the server, or a proxy on the way, does not support the expectation. The usual fix is simply to send the request again without the Expect header.",
    causes: [
      "A client sent 'Expect: 100-continue' to a server or proxy that does not support it.",
      'An unknown value in the Expect header.',
    ],
    visitorAdvice:
      'Try again. If you are using a tool or app, it may have an option to stop sending the Expect header.',
    ownerAdvice:
      "Support 'Expect: 100-continue', or ignore it and read the body normally. If a proxy rejects it, update or reconfigure the proxy. Clients can avoid the header; with curl, add -H 'Expect:'.",
    retry: 'after-change',
    cacheable: false,
    headers: ['Expect'],
    spec: rfc9110('15.5.18'),
    origin: ORIGINS.ietf,
    lifecycle: 'standard',
  },
  {
    protocol: 'http',
    code: '418',
    status: 418,
    phrase: '(Unused)',
    aliases: ["I'm a teapot", "I'm a Teapot"],
    class: 'client-error',
    summary: "A joke code from an April Fools' RFC ('I'm a teapot'); it is reserved and has no real meaning in HTTP.",
    explanation:
      "418 comes from RFC 2324, the 1998 April Fools' 'Hyper Text Coffee Pot Control Protocol', in which a teapot asked to brew coffee replies 'I'm a teapot'; RFC 7168 later extended the joke to tea. It was never part of HTTP, but so many servers and libraries implemented it as an Easter egg that RFC 9110 reserved the number as '(Unused)', so it cannot be given another meaning. Some sites send it on purpose, as a joke or to turn away unwanted bots.",
    causes: [
      'An Easter egg on a website or in a framework.',
      'A bot-blocking or anti-scraping rule that answers 418 to refuse a request.',
      'A developer using it as a placeholder during testing.',
    ],
    visitorAdvice:
      'On an ordinary page, this often means the site took your request for automated traffic. Try again without a VPN or unusual extensions, or contact the site.',
    ownerAdvice:
      'Do not use 418 for real errors in production; choose a defined code such as 403 or 429 so that clients and monitoring understand the response.',
    retry: 'no',
    cacheable: false,
    spec: rfc9110('15.5.19'),
    origin: ORIGINS.ietf,
    lifecycle: 'unused',
  },
  {
    protocol: 'http',
    code: '421',
    status: 421,
    phrase: 'Misdirected Request',
    class: 'client-error',
    summary: 'The request reached a server that cannot answer for this domain, usually because a connection was reused.',
    explanation:
      'With HTTP/2 and HTTP/3, browsers reuse one connection for several domains that share an IP address and a TLS certificate. If the server at the other end is not actually set up for the requested domain, it answers 421, and the browser retries on a new connection of its own. 421 was introduced with HTTP/2 (RFC 7540) and is now defined in RFC 9110.',
    causes: [
      'Connection reuse across domains that share a certificate but are served by differently configured servers.',
      'A TLS certificate that covers more host names than the server actually serves.',
      'The host name sent during the TLS handshake (SNI) differs from the Host header, which some servers, Apache among them, reject with 421.',
    ],
    visitorAdvice:
      'Reload the page; browsers normally retry this by themselves on a new connection. If it persists, restart the browser.',
    ownerAdvice:
      'Make sure every host name on a shared certificate and IP address is served by every server that presents that certificate, or use separate certificates. Check reverse-proxy settings that require the SNI name to match the Host header.',
    retry: 'immediately',
    cacheable: false,
    spec: rfc9110('15.5.20'),
    origin: ORIGINS.ietf,
    lifecycle: 'standard',
  },
  {
    protocol: 'http',
    code: '422',
    status: 422,
    phrase: 'Unprocessable Content',
    aliases: ['Unprocessable Entity'],
    class: 'client-error',
    summary: 'The request is well formed, but its content is invalid, such as a form field that fails validation.',
    explanation:
      "A 422 means the server understood the request's syntax and format but cannot act on the data it contains, for instance a missing required field, an invalid email address or an end date before the start date. It comes from WebDAV (RFC 4918), where it was called 'Unprocessable Entity'; RFC 9110 made it a general HTTP code under its new name. Web frameworks commonly use it for validation errors.",
    causes: [
      'Form or API input that fails validation, such as missing or invalid fields.',
      'Otherwise valid data that breaks a business rule.',
      'A framework such as Laravel or Rails reporting validation errors.',
    ],
    visitorAdvice: 'Look for fields marked as invalid in the form, correct them and submit again.',
    ownerAdvice:
      'Return field-by-field error details in the body, for example in the problem-details format of RFC 9457, so the client can show users what to fix.',
    retry: 'after-change',
    cacheable: false,
    headers: ['Content-Type'],
    spec: rfc9110('15.5.21'),
    origin: ORIGINS.ietf,
    lifecycle: 'standard',
  },
  {
    protocol: 'http',
    code: '423',
    status: 423,
    phrase: 'Locked',
    class: 'client-error',
    summary: 'The resource is locked, usually because someone else is editing it, so it cannot be changed right now.',
    explanation:
      'A 423 comes from WebDAV (RFC 4918), which lets a client lock a file while editing it. Other attempts to change or move the file get a 423 until the lock is released or expires. It is occasionally used outside WebDAV for accounts or records that are temporarily locked.',
    causes: [
      'Another user or program has the file open with a WebDAV lock, for example an office document opened from SharePoint or Nextcloud.',
      'A lock left behind by a client that crashed.',
      'An application that temporarily locks an account or record.',
    ],
    visitorAdvice:
      'Wait until the other person closes the file, or ask them to, then try again. Forgotten locks usually expire on their own.',
    ownerAdvice:
      'Look for stale WebDAV locks and check their timeouts; administrators can usually remove them. Tell clients in the response who holds the lock, where possible.',
    retry: 'later',
    cacheable: false,
    headers: ['Lock-Token', 'If', 'Timeout'],
    spec: rfc(4918, '11.3'),
    origin: ORIGINS.ietf,
    lifecycle: 'standard',
  },
  {
    protocol: 'http',
    code: '424',
    status: 424,
    phrase: 'Failed Dependency',
    class: 'client-error',
    summary: 'The action could not be carried out because another action it depended on failed first.',
    explanation:
      'A 424 comes from WebDAV (RFC 4918), where one request can involve several operations, such as setting many properties at once with PROPPATCH. If one of them fails, the others are not applied either, and they are reported as 424 to show that they failed only because of that other failure. Some APIs reuse it when a request depends on an earlier step that failed.',
    causes: [
      'One part of a multi-part WebDAV operation failed, so the rest was not applied.',
      'An API step that depends on an earlier step that failed.',
    ],
    visitorAdvice: 'Try again. If it keeps failing, report it to the site together with any other error shown.',
    ownerAdvice:
      'Look for the first, underlying error in the same response or sequence of requests; the 424 entries are only a consequence of it.',
    retry: 'after-change',
    cacheable: false,
    spec: rfc(4918, '11.4'),
    origin: ORIGINS.ietf,
    lifecycle: 'standard',
  },
  {
    protocol: 'http',
    code: '425',
    status: 425,
    phrase: 'Too Early',
    class: 'client-error',
    summary: 'The server will not process this request yet because it arrived as TLS early data, which an attacker could replay.',
    explanation:
      "TLS 1.3 lets a returning client send a request as 'early data' (0-RTT), before the encrypted connection is fully set up, to save a round trip. Early data can be captured and replayed by an attacker, so servers only accept it for requests that are safe to repeat. A 425 (RFC 8470) means the server considers this request too risky to process from early data; the client should send it again once the handshake is complete, which browsers do automatically.",
    causes: [
      'A request that changes something, such as a POST, was sent as TLS 1.3 early data on a resumed connection.',
      "A CDN or proxy with 0-RTT switched on forwarded the request with 'Early-Data: 1' to an origin that refuses it.",
    ],
    visitorAdvice: 'Reload the page; the browser normally retries this by itself.',
    ownerAdvice:
      'If you enable 0-RTT on your CDN or server, make sure only requests that are safe to replay are processed from early data, and that your clients retry on 425.',
    retry: 'immediately',
    cacheable: false,
    headers: ['Early-Data'],
    spec: rfc(8470, '5.2'),
    origin: ORIGINS.ietf,
    lifecycle: 'standard',
  },
  {
    protocol: 'http',
    code: '426',
    status: 426,
    phrase: 'Upgrade Required',
    class: 'client-error',
    summary: 'The server refuses to handle the request over the current protocol and requires the client to switch.',
    explanation:
      'A 426 means the server will not serve the request over the protocol the client is using and names the one it requires in an Upgrade header, for example TLS, a newer HTTP version or WebSocket. The client is expected to retry with that protocol. It is uncommon on ordinary websites.',
    causes: [
      'An endpoint that only accepts WebSocket connections received a plain HTTP request.',
      'A server that requires a newer protocol version than the client used.',
      'An old client connecting to a service that has dropped support for its protocol.',
    ],
    visitorAdvice: 'Update your browser or app. If that does not help, the service may not support your software.',
    ownerAdvice:
      'Include an Upgrade header naming the required protocol, and explain in the body what clients need to support.',
    retry: 'after-change',
    cacheable: false,
    headers: ['Upgrade', 'Connection'],
    spec: rfc9110('15.5.22'),
    origin: ORIGINS.ietf,
    lifecycle: 'standard',
  },
  {
    protocol: 'http',
    code: '428',
    status: 428,
    phrase: 'Precondition Required',
    class: 'client-error',
    summary: "The server only accepts this change as a conditional request, so that it cannot overwrite someone else's edits.",
    explanation:
      "Defined in RFC 6585, 428 lets a server insist that requests which change a resource prove they are based on the latest version, usually by sending an If-Match header with the resource's ETag. This prevents 'lost updates', where a client loads a resource, edits it and saves it back while silently overwriting a change someone else made in between.",
    causes: [
      'An API that requires If-Match or If-Unmodified-Since on PUT, PATCH or DELETE.',
      "A client that did not fetch the resource's ETag before changing it.",
    ],
    visitorAdvice: 'Reload the page and try again; the application should then send the required information.',
    ownerAdvice:
      'Document that changing requests need If-Match, and return the current ETag with every GET so that clients can comply.',
    retry: 'after-change',
    cacheable: false,
    headers: ['If-Match', 'If-Unmodified-Since', 'ETag'],
    spec: rfc(6585, '3'),
    origin: ORIGINS.ietf,
    lifecycle: 'standard',
  },
  {
    protocol: 'http',
    code: '429',
    status: 429,
    phrase: 'Too Many Requests',
    class: 'client-error',
    summary: 'Too many requests were sent in a short time, so the server is limiting them; wait before trying again.',
    explanation:
      'A 429 (RFC 6585) is the standard answer of a rate limiter: the client went over the number of requests allowed in a time window, counted per user, API key or IP address. The response may include a Retry-After header with the number of seconds to wait, or a date. Clients should slow down rather than retry at once, which only prolongs the block.',
    causes: [
      'Too many requests from one user, script or API key.',
      'Many people sharing one IP address (office, school, mobile carrier or VPN) and hitting a per-IP limit.',
      'A crawler, bot or browser extension sending requests too quickly.',
      'Bot protection or a CDN treating the traffic as abusive.',
    ],
    visitorAdvice:
      'Wait a few minutes before reloading, and avoid refreshing repeatedly. If you use a VPN or a shared network, try another connection.',
    ownerAdvice:
      'Send Retry-After with every 429, set limits that real users and your own pages cannot reach, and exempt monitoring and verified search-engine crawlers where appropriate.',
    crawlerNote:
      'Google treats 429 like a server error: Googlebot slows down, indexed URLs are kept for a while, and they are dropped if the 429s persist. If robots.txt itself answers 429, Google stops crawling the site, as it does for 5xx.',
    retry: 'later',
    cacheable: false,
    headers: ['Retry-After'],
    spec: rfc(6585, '4'),
    origin: ORIGINS.ietf,
    lifecycle: 'standard',
  },
  {
    protocol: 'http',
    code: '431',
    status: 431,
    phrase: 'Request Header Fields Too Large',
    class: 'client-error',
    summary: 'The server refuses the request because its headers, very often the cookies, are too large.',
    explanation:
      "A 431 (RFC 6585) means the header section of the request, or a single header in it, exceeds the server's limit. The usual culprit is the Cookie header: a site that sets many or large cookies can end up producing requests too big for its own server. Long referrer URLs or large authentication tokens can also trigger it.",
    causes: [
      'Too many or oversized cookies have built up for the domain.',
      'A very long Referer or custom header.',
      'Large authentication tokens, such as JWTs, sent in headers.',
    ],
    visitorAdvice: "Clear the cookies for this site in your browser's site settings, then reload.",
    ownerAdvice:
      'Reduce the number and size of cookies, especially those set for the parent domain, and keep header size limits consistent across CDN, proxy and server.',
    retry: 'after-change',
    cacheable: false,
    headers: ['Cookie'],
    spec: rfc(6585, '5'),
    origin: ORIGINS.ietf,
    lifecycle: 'standard',
  },
  {
    protocol: 'http',
    code: '451',
    status: 451,
    phrase: 'Unavailable For Legal Reasons',
    class: 'client-error',
    summary: 'Access is blocked because of a legal demand, such as a court order or a government restriction.',
    explanation:
      `A 451 (RFC 7725) tells you that the resource is being withheld for legal rather than technical reasons; the number is a nod to Ray Bradbury's novel Fahrenheit 451. The body should explain the legal demand, and a Link header with rel="blocked-by" can identify who is applying the block, which is not necessarily who ordered it. It is used by sites that block certain countries and by network operators enforcing court orders.`,
    causes: [
      'A court order or government demand to block the content.',
      'Restrictions by country for legal compliance, for example privacy or sanctions rules.',
      'Content withheld after a copyright or defamation claim.',
    ],
    visitorAdvice:
      'The content is not available from your location or network for legal reasons. The page may say who requested the block.',
    ownerAdvice:
      'Explain the legal basis in the response body, and add a Link header with rel="blocked-by" naming who implements the block.',
    retry: 'no',
    cacheable: false,
    headers: ['Link'],
    spec: rfc(7725, '3'),
    origin: ORIGINS.ietf,
    lifecycle: 'standard',
  },

  // ─── 5xx Server Error ──────────────────────────────────────────────────────────────────────────
  {
    protocol: 'http',
    code: '500',
    status: 500,
    phrase: 'Internal Server Error',
    class: 'server-error',
    summary: 'Something went wrong on the server while handling the request; the problem is not on your side.',
    explanation:
      "500 is the generic server error: the server ran into an unexpected condition and no more specific code applied. It usually points to a bug, a crash or a configuration mistake in the site's software, such as an unhandled exception, a broken configuration file or a failed database call. Visitors cannot fix it, but the site's error logs will show the cause.",
    causes: [
      "An unhandled exception or crash in the site's code.",
      'A mistake in a server configuration file, such as .htaccess or web.config.',
      'A database or other backend service that the code depends on is failing.',
      'Wrong file permissions or a missing dependency after a deployment.',
    ],
    visitorAdvice:
      "Wait a moment and reload. If it persists, the problem is on the site's side; try again later or let the site know.",
    ownerAdvice:
      'Check the application and server error logs for the time and URL of the request. Recent deployments and configuration changes are the first suspects.',
    crawlerNote: `${FIVE_XX_CRAWL} ${ROBOTS_5XX}`,
    retry: 'later',
    cacheable: false,
    spec: rfc9110('15.6.1'),
    origin: ORIGINS.ietf,
    lifecycle: 'standard',
  },
  {
    protocol: 'http',
    code: '501',
    status: 501,
    phrase: 'Not Implemented',
    class: 'server-error',
    summary: 'The server does not support what the request needs, such as an unknown request method.',
    explanation:
      'A 501 means the server does not recognize or support the request method at all, for any resource; if it knows the method but this URL does not allow it, 405 is the right code. APIs also use it for features that have not been built yet. Because the answer will not change by itself, caches may store a 501 by default.',
    causes: [
      'A request using a method the server does not know, such as a WebDAV or custom method.',
      'An API feature or endpoint that has not been implemented yet.',
      'A proxy that does not support the method or transfer coding used.',
    ],
    visitorAdvice: 'This is a limitation of the site. Try again later or find another way to do what you wanted.',
    ownerAdvice:
      'If the method should work, enable it on the server, proxy or firewall; some only allow GET, HEAD and POST by default. Use 405 with an Allow header when the method is known but not allowed for this URL.',
    retry: 'no',
    cacheable: true,
    spec: rfc9110('15.6.2'),
    origin: ORIGINS.ietf,
    lifecycle: 'standard',
  },
  {
    protocol: 'http',
    code: '502',
    status: 502,
    phrase: 'Bad Gateway',
    class: 'server-error',
    summary: 'A gateway or proxy got an invalid response, or none at all, from the server behind it.',
    explanation:
      'Most sites sit behind a reverse proxy, load balancer or CDN that passes requests on to an application server. A 502 comes from that front layer: it contacted the server behind it and got back something unusable, such as a dropped connection, a crash or a malformed response. The error page often names the proxy (nginx or Cloudflare, for example), but the failure lies in the application behind it.',
    causes: [
      'The application server (PHP-FPM, Node.js, Gunicorn and so on) crashed, is restarting or is not running.',
      'The proxy cannot connect to the backend because of a wrong address or port, a firewall or a DNS problem.',
      'The backend closed the connection, or sent an invalid or oversized response header.',
      'A deployment in progress briefly took the backend down.',
    ],
    visitorAdvice:
      'Reload after a few seconds; a 502 is often brief. If it persists, the site is having trouble, so try again later.',
    ownerAdvice:
      "Check that the backend process is running and reachable from the proxy, and read the proxy's error log (with nginx, look for 'upstream prematurely closed connection' or 'connect() failed'). Look for backend crashes, memory limits and header size limits.",
    crawlerNote: FIVE_XX_CRAWL,
    retry: 'immediately',
    cacheable: false,
    headers: ['Via'],
    spec: rfc9110('15.6.3'),
    origin: ORIGINS.ietf,
    lifecycle: 'standard',
  },
  {
    protocol: 'http',
    code: '503',
    status: 503,
    phrase: 'Service Unavailable',
    class: 'server-error',
    summary: 'The server cannot handle the request right now, typically because of overload or planned maintenance.',
    explanation:
      'A 503 signals a temporary condition: the server is too busy, deliberately paused for maintenance, or has no healthy backend to pass the request to. A Retry-After header can say when to come back. Unlike 500, it tells clients and crawlers that the site expects to recover, which is why it is the right code for planned downtime.',
    causes: [
      'Planned maintenance or an update in progress.',
      'More traffic than the available capacity, because of a spike, an attack or the resource limits of a hosting plan.',
      'No healthy backend behind a load balancer, or an IIS application pool that has stopped.',
      'Rate limiting or bot protection on some platforms.',
    ],
    visitorAdvice: 'Wait a few minutes and try again; the site is expected to come back.',
    ownerAdvice:
      'Use 503 with a Retry-After header for planned maintenance. For unplanned 503s, check capacity, health checks, and whether the application process or IIS application pool has stopped.',
    crawlerNote: `A 503 tells Googlebot the outage is temporary: it slows down and comes back later. Use it, ideally with Retry-After, for planned maintenance instead of an error page that answers 200. If the 503s last more than a few days, Google starts dropping URLs from its index. ${ROBOTS_5XX}`,
    retry: 'later',
    cacheable: false,
    headers: ['Retry-After'],
    spec: rfc9110('15.6.4'),
    origin: ORIGINS.ietf,
    lifecycle: 'standard',
  },
  {
    protocol: 'http',
    code: '504',
    status: 504,
    phrase: 'Gateway Timeout',
    aliases: ['Gateway Time-out'],
    class: 'server-error',
    summary: 'A gateway or proxy did not get a response in time from the server behind it.',
    explanation:
      'Like a 502, a 504 comes from a reverse proxy, load balancer or CDN in front of the real application. Here the backend accepted the request but took longer to answer than the proxy was willing to wait, often because of a slow database query, a long-running script or an overloaded server. The work may even have finished after the proxy gave up.',
    causes: [
      'A slow page or API call, such as a heavy database query, a report or a call to an external service.',
      'An overloaded or frozen application server.',
      "Proxy timeouts shorter than the backend needs; nginx's proxy_read_timeout, for example, defaults to 60 seconds.",
      'Network problems between the proxy and the backend.',
    ],
    visitorAdvice:
      'Wait a little and reload. If you submitted a form or a payment, check whether it went through before submitting it again.',
    ownerAdvice:
      'Find out why the backend is slow (logs, slow-query logs, performance monitoring), move long jobs to background processing, and align the timeouts of CDN, proxy and application.',
    crawlerNote: FIVE_XX_CRAWL,
    retry: 'later',
    cacheable: false,
    headers: ['Via'],
    spec: rfc9110('15.6.5'),
    origin: ORIGINS.ietf,
    lifecycle: 'standard',
  },
  {
    protocol: 'http',
    code: '505',
    status: 505,
    phrase: 'HTTP Version Not Supported',
    aliases: ['HTTP Version not supported'],
    class: 'server-error',
    summary: 'The server does not support the major version of HTTP used in the request.',
    explanation:
      'A 505 means the server refuses the HTTP version named in the request. Browsers negotiate HTTP/2 and HTTP/3 safely and fall back on their own, so this mostly appears with unusual clients, malformed requests or misconfigured proxies.',
    causes: [
      'A client or script sending a malformed request line or an unsupported version number.',
      'A proxy or load balancer that mishandles protocol versions between the client and the origin server.',
    ],
    visitorAdvice: 'Try another browser or update your current one. If it persists, let the site know.',
    ownerAdvice:
      'Find the client or proxy that produces the request, and make sure the HTTP versions used on the front end and back end are configured consistently.',
    retry: 'after-change',
    cacheable: false,
    spec: rfc9110('15.6.6'),
    origin: ORIGINS.ietf,
    lifecycle: 'standard',
  },
  {
    protocol: 'http',
    code: '506',
    status: 506,
    phrase: 'Variant Also Negotiates',
    class: 'server-error',
    summary: "The server's content negotiation is misconfigured: the version it picked tries to negotiate again.",
    explanation:
      'A 506 comes from Transparent Content Negotiation (RFC 2295), an experimental way of letting clients choose between versions of a resource. It means the version the server selected is itself set up to negotiate, which would create a loop, so the server cannot give a proper answer. It points to a configuration error on the server and is very rarely seen.',
    causes: [
      'A content-negotiation setup, such as Apache type maps, in which a variant points back to a negotiated resource.',
      'Experimental negotiation modules enabled by mistake.',
    ],
    visitorAdvice: "There is nothing you can do; the site's owner needs to fix its configuration.",
    ownerAdvice:
      'Review the content-negotiation setup (type maps, MultiViews) and make sure each variant is a plain resource rather than another negotiated one.',
    retry: 'no',
    cacheable: false,
    headers: ['Alternates', 'Negotiate', 'TCN'],
    spec: rfc(2295, '8.1'),
    origin: ORIGINS.ietf,
    lifecycle: 'standard',
  },
  {
    protocol: 'http',
    code: '507',
    status: 507,
    phrase: 'Insufficient Storage',
    class: 'server-error',
    summary: 'The server does not have enough storage space to complete the request.',
    explanation:
      "A 507 comes from WebDAV (RFC 4918): the server could not store what the request needed, for example because the disk or the user's quota is full. The condition is meant to be temporary; once space is freed, the same request can succeed. Some services outside WebDAV use it for full disks or quotas as well.",
    causes: [
      "The user's storage quota is used up.",
      "The server's disk is full.",
      'An upload larger than the space that remains.',
    ],
    visitorAdvice:
      'Free up space in your account, for example by deleting old files or emptying the trash, and try again, or contact the service.',
    ownerAdvice: 'Check disk usage and quotas on the server and storage backends, and set up alerts before they fill up.',
    retry: 'later',
    cacheable: false,
    spec: rfc(4918, '11.5'),
    origin: ORIGINS.ietf,
    lifecycle: 'standard',
  },
  {
    protocol: 'http',
    code: '508',
    status: 508,
    phrase: 'Loop Detected',
    class: 'server-error',
    summary: 'The server stopped because it found an endless loop, typically in a WebDAV folder structure.',
    explanation:
      "The standard meaning of 508 (RFC 5842) belongs to WebDAV servers that support bindings: when an operation with 'Depth: infinity' runs into a folder that contains itself, the server stops the whole request rather than loop forever. On shared hosting, 508 is also widely reused with a different meaning, 'Resource Limit Is Reached', when an account exceeds its CPU, memory or process limits (notably on CloudLinux servers).",
    causes: [
      "A WebDAV operation with 'Depth: infinity' that ran into a loop of bindings.",
      "On shared hosting, an account that exceeded its resource limits (CloudLinux's 'Resource Limit Is Reached').",
    ],
    visitorAdvice:
      'On an ordinary website this usually means the hosting account is over its resource limits; try again in a few minutes.',
    ownerAdvice:
      'For WebDAV, look for bindings that make a collection contain itself. On shared hosting, check the resource-usage page of your control panel, then reduce the load or upgrade the plan.',
    retry: 'no',
    cacheable: false,
    headers: ['Depth'],
    spec: rfc(5842, '7.2'),
    origin: ORIGINS.ietf,
    lifecycle: 'standard',
  },
  {
    protocol: 'http',
    code: '510',
    status: 510,
    phrase: 'Not Extended (OBSOLETED)',
    aliases: ['Not Extended'],
    class: 'server-error',
    summary: 'An obsolete code from an abandoned extension framework: the server wanted an extension the request lacked.',
    explanation:
      "510 comes from RFC 2774, the experimental 'HTTP Extension Framework', in which a request could declare the extensions it relied on and a server could demand ones it needed. The framework was never widely adopted; the IETF has since moved RFC 2774 to Historic status, and IANA lists 510 as obsoleted. A server that sends it today is either very old or using the code loosely for its own purposes.",
    causes: [
      'Legacy software that implements RFC 2774.',
      'An application using 510 with its own, non-standard meaning.',
    ],
    visitorAdvice: 'There is nothing you can do yourself; contact the site if the page does not load.',
    ownerAdvice:
      'Do not send 510. Use a current code that describes the problem, such as 400 or 403, and explain the requirement in the body.',
    retry: 'after-change',
    cacheable: false,
    headers: ['Man', 'Opt'],
    spec: rfc(2774, '7'),
    origin: ORIGINS.ietf,
    lifecycle: 'obsolete',
  },
  {
    protocol: 'http',
    code: '511',
    status: 511,
    phrase: 'Network Authentication Required',
    class: 'server-error',
    summary: 'You need to sign in to the network (such as hotel or airport Wi-Fi) or accept its terms before browsing.',
    explanation:
      'A 511 (RFC 6585) is meant for captive portals: networks that intercept traffic until you sign in, pay or accept their terms. It comes from the network, not from the website you asked for, and the body should link to the sign-in page. Many portals use redirects instead, and browsers and operating systems also detect captive portals by themselves and open the sign-in page.',
    causes: [
      'Hotel, airport, café or guest Wi-Fi that requires signing in or accepting terms.',
      'A network session that expired and has to be renewed.',
    ],
    visitorAdvice:
      "Open your system's Wi-Fi sign-in prompt, or any http:// page, to reach the network's login page, complete it, then reload.",
    ownerAdvice:
      "Your website is not involved: this is the network's portal. If you run the portal, link to the sign-in page in the body; origin servers should never send 511.",
    retry: 'after-change',
    cacheable: false,
    spec: rfc(6585, '6'),
    origin: ORIGINS.ietf,
    lifecycle: 'standard',
  },
];
