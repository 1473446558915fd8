import { classOf } from '../classes';
import type { StatusEntry } from '../registry-types';
import { ORIGINS } from '../origins';

/**
 * Microsoft IIS codes: IIS's own sub-status codes (the ".3" in "HTTP Error 404.3"), the ASP.NET Core
 * Module's start-up codes, and the few non-standard status numbers that IIS-hosted Microsoft products send.
 *
 * A sub-status never travels on the wire: the status line carries only the three-digit code. IIS shows the
 * sub-status on its detailed error page and writes it to the sc-substatus field of its log, which is where
 * people find it. Facts were checked against Microsoft Learn; every sentence here is our own.
 */

const IIS_STATUS_CODES_URL = 'https://learn.microsoft.com/troubleshoot/developer/webapps/iis/www-administration-management/http-status-code';
const IIS6_ERROR_LIST_URL = 'https://learn.microsoft.com/previous-versions/iis/6.0-sdk/ms525687(v=vs.90)';
const ANCM_TROUBLESHOOT_URL = 'https://learn.microsoft.com/aspnet/core/test/troubleshoot-azure-iis';

type Spec = NonNullable<StatusEntry['spec']>;

/** Headings of the Microsoft Learn article "HTTP status codes in IIS" under which each family is listed. */
const LEARN_SECTION: Readonly<Record<number, string>> = {
  400: '400 - Bad request',
  401: '401 - Access denied',
  403: '403 - Forbidden',
  404: '404 - Not found',
  405: '405, 406, 412, 413',
  406: '405, 406, 412, 413',
  412: '405, 406, 412, 413',
  413: '405, 406, 412, 413',
  500: '500 - Internal server error',
  502: '502 - Bad gateway',
  503: '503 - Service unavailable',
};

function iisSpec(status: number): Spec {
  const section = LEARN_SECTION[status];
  return { title: 'Microsoft Learn: HTTP status codes in IIS', ...(section ? { section } : {}), url: IIS_STATUS_CODES_URL };
}

const IIS6_SPEC: Spec = { title: 'IIS 6.0 SDK: CustomErrorDescriptions (built-in error list)', url: IIS6_ERROR_LIST_URL };

const ANCM_SPEC: Spec = {
  title: 'Microsoft Learn: Troubleshoot ASP.NET Core on Azure App Service and IIS',
  section: 'App startup errors',
  url: ANCM_TROUBLESHOOT_URL,
};

/** The fields that differ from entry to entry; the rest follow from the code. */
type Draft = Pick<StatusEntry, 'phrase' | 'summary' | 'explanation' | 'causes' | 'visitorAdvice' | 'ownerAdvice' | 'retry'> &
  Partial<Pick<StatusEntry, 'aliases' | 'crawlerNote' | 'headers' | 'spec' | 'origin' | 'cacheable'>>;

function entry(code: string, d: Draft): StatusEntry {
  const status = Number.parseInt(code, 10);
  return {
    protocol: 'http',
    code,
    status,
    phrase: d.phrase,
    ...(d.aliases ? { aliases: d.aliases } : {}),
    class: classOf(status),
    summary: d.summary,
    explanation: d.explanation,
    causes: d.causes,
    visitorAdvice: d.visitorAdvice,
    ownerAdvice: d.ownerAdvice,
    ...(d.crawlerNote ? { crawlerNote: d.crawlerNote } : {}),
    retry: d.retry,
    // RFC 9110 §15.1: 404 and 405 are heuristically cacheable, so their IIS sub-statuses are too.
    cacheable: d.cacheable ?? (status === 404 || status === 405),
    ...(d.headers ? { headers: d.headers } : {}),
    ...(d.spec !== undefined ? { spec: d.spec } : {}),
    origin: d.origin ?? ORIGINS.iis,
    lifecycle: 'vendor',
  };
}

/** Like `entry`, but with the IIS status-code article as the default reference. */
function iis(code: string, d: Draft): StatusEntry {
  return entry(code, { spec: iisSpec(Number.parseInt(code, 10)), ...d });
}

// Visitor advice shared by many entries (the situations really are the same for the visitor).
const OWNER_MUST_FIX =
  'There is nothing you can fix on your side: this is a setting or fault on the server. If you need the page, tell the site’s owner which address failed and when.';
const WEBDAV_CLIENT =
  'This comes from a file-management (WebDAV) request, usually sent by a program such as a mapped network drive, Office or a sync tool rather than by ordinary browsing. Updating or reconfiguring that program is the fix; if the site’s own tool sent it, tell the site’s owner.';
const WAIT_AND_RELOAD = 'Wait a few seconds and reload the page. If it keeps happening, let the site’s owner know.';
const TRY_LATER = 'Wait a while and try again. If the problem lasts, let the site’s owner know.';
const ANCM_VISITOR =
  'The site’s application failed to start on the server, so there is nothing you can fix yourself. Try again later, or tell the site’s owner if it stays broken.';
const RATE_LIMITED_VISITOR =
  'Slow down: close extra tabs, stop downloads or tools that hit the site, wait a minute and try again. If many people share your internet address (an office or school network), tell the site’s owner.';
const ADDRESS_BLOCKED_VISITOR =
  'If you should have access, connect from the network the site expects (for example through your organization’s VPN), or ask the site’s owner to allow your address.';
const RATE_LIMIT_CRAWLER =
  'Search engines treat this like any other client error: crawlers that keep getting it may drop pages from the index. IIS cannot answer 429 here, so raise the limits or allow verified crawler addresses.';

// ---------------------------------------------------------------------------------------------------------
// IP and Domain Restrictions and Dynamic IP Restrictions: sub-statuses 501–504 under 401, 403 and 404
// ---------------------------------------------------------------------------------------------------------

/**
 * The deny action an administrator picks for blocked clients decides the status (Unauthorized 401, Forbidden
 * 403, Not Found 404); the reason for the block decides the sub-status (501–504). The twelve entries are the
 * product of the two tables below, so a fact about a reason or an action is written once.
 */
type DenyStatus = 401 | 403 | 404;
type DenyReason = 501 | 502 | 503 | 504;

const DENY_ACTIONS: Readonly<
  Record<DenyStatus, { name: string; summaryTail: string; answer: string; explanation: string; ownerAdvice: string; crawlerNote: string }>
> = {
  401: {
    name: 'Unauthorized',
    summaryTail: '; IIS answered 401 instead of 403',
    answer: 'answers 401',
    explanation: 'Signing in does not help: the block depends on the address, not on who is signed in.',
    ownerAdvice: 'Consider the Forbidden deny action, since 401 suggests that signing in would help.',
    crawlerNote: '',
  },
  403: { name: 'Forbidden', summaryTail: '', answer: 'answers 403', explanation: '', ownerAdvice: '', crawlerNote: '' },
  404: {
    name: 'Not Found',
    summaryTail: '; IIS answered as if the page did not exist',
    answer: 'pretends the page does not exist, sends 404',
    explanation: 'The page is really there, but the client cannot tell the block from a missing page.',
    ownerAdvice: 'A 404 hides the block from attackers but also misleads people and search engines; 403 is usually the better deny action.',
    crawlerNote: 'A 404 is the worst choice here, because crawlers take it to mean the page is gone.',
  },
};

interface DenyReasonText {
  phrase: string;
  summary: string;
  /** What the feature does, before the sentence on how this status answers it. */
  rule: string;
  /** When the block ends, if it ends by itself. */
  lifts: string;
  /** The sub-status IIS 7.5 and earlier logged under 403 for the same block. */
  older403?: string;
  causes: string[];
  visitorAdvice: string;
  ownerAdvice: string;
  crawlerNote?: string;
  retry: StatusEntry['retry'];
}

const PROXY_MODE = 'Behind a load balancer, enable proxy mode, or every visitor shares the balancer’s address.';
const REVERSE_DNS_CAUSES = [
  'The reverse-DNS name of your address matches a denied domain.',
  'The site allows only specific domains and your address has no matching name, or none at all.',
];

const DENY_REASONS: Readonly<Record<DenyReason, DenyReasonText>> = {
  501: {
    phrase: 'Too many concurrent requests (Dynamic IP Restrictions)',
    summary: 'Your address had too many requests open at once, so IIS Dynamic IP Restrictions blocked it',
    rule: 'Dynamic IP Restrictions (IIS 8.0 and later) can block an IP address that keeps more than a configured number of requests open at the same time.',
    lifts: 'The block lifts once the address stays under the limit.',
    causes: [
      'Many tabs, downloads or scripts sharing one IP address, such as an office behind a single router.',
      'A crawler or monitoring tool opening many parallel connections.',
      'A denial-of-service attempt.',
    ],
    visitorAdvice: RATE_LIMITED_VISITOR,
    ownerAdvice: `Tune dynamicIpSecurity/denyByConcurrentRequests (maxConcurrentRequests) under Dynamic IP Restriction Settings. ${PROXY_MODE} Logging-only mode (enableLoggingOnlyMode) shows what would be blocked without blocking it.`,
    crawlerNote: RATE_LIMIT_CRAWLER,
    retry: 'later',
  },
  502: {
    phrase: 'Request rate limit reached (Dynamic IP Restrictions)',
    summary: 'Your address sent too many requests too quickly, so IIS Dynamic IP Restrictions blocked it',
    rule: 'Dynamic IP Restrictions (IIS 8.0 and later) can block an IP address that sends more than a configured number of requests within a time window.',
    lifts: 'The block lifts once the address’s request rate falls below the limit.',
    causes: [
      'A page or app that fires many requests in quick succession from one address.',
      'Many users sharing one public IP address.',
      'An aggressive crawler, scraper or load test.',
    ],
    visitorAdvice: RATE_LIMITED_VISITOR,
    ownerAdvice: `Tune dynamicIpSecurity/denyByRequestRate (maxRequests and requestIntervalInMilliseconds) under Dynamic IP Restriction Settings. ${PROXY_MODE} Logging-only mode shows who would be blocked before you enforce a new limit.`,
    crawlerNote: RATE_LIMIT_CRAWLER,
    retry: 'later',
  },
  503: {
    phrase: 'IP address denied',
    summary: 'Your IP address is on the server’s deny list (IIS IP and Domain Restrictions)',
    rule: 'IP and Domain Restrictions lets an administrator allow or deny clients by IP address or range.',
    lifts: '',
    older403: '403.6',
    causes: [
      'Your address, or its range, is on the deny list.',
      'The site admits only listed addresses (for example an office network) and yours is not one of them.',
      'Behind a proxy or load balancer without proxy mode, the server judges the proxy’s address instead of yours.',
    ],
    visitorAdvice: ADDRESS_BLOCKED_VISITOR,
    ownerAdvice:
      'Review IP Address and Domain Restrictions (system.webServer/security/ipSecurity) at every configuration level, since entries are inherited from the server: the entries, the access setting for unspecified clients and the deny action. Enable proxy mode if IIS sits behind a load balancer.',
    retry: 'no',
  },
  504: {
    phrase: 'Host name denied',
    summary: 'The server denies your address’s reverse-DNS host name (IIS IP and Domain Restrictions)',
    rule: 'IP and Domain Restrictions can also judge clients by domain name: with domain name restrictions enabled, IIS looks up the host name of the connecting address (reverse DNS) and compares it with its rules.',
    lifts: '',
    older403: '403.8',
    causes: REVERSE_DNS_CAUSES,
    visitorAdvice: ADDRESS_BLOCKED_VISITOR,
    ownerAdvice:
      'Check the domain-name entries under IP Address and Domain Restrictions (they apply only with enableReverseDns on). Prefer address-based rules: reverse lookups slow down every request and are controlled by whoever owns the address.',
    retry: 'no',
  },
};

const sentences = (...parts: string[]): string => parts.filter((p) => p !== '').join(' ');

/** The four IP-restriction sub-statuses under one deny action's status. */
function ipRestrictionEntries(status: DenyStatus): StatusEntry[] {
  const action = DENY_ACTIONS[status];
  return ([501, 502, 503, 504] as const).map((sub) => {
    const reason = DENY_REASONS[sub];
    const older = status === 403 && reason.older403 ? ` IIS 7.5 and earlier logged the same block as ${reason.older403}.` : '';
    const crawlerNote = reason.crawlerNote === undefined ? undefined : sentences(reason.crawlerNote, action.crawlerNote);
    return iis(`${status}.${sub}`, {
      phrase: reason.phrase,
      summary: `${reason.summary}${action.summaryTail}.`,
      explanation: sentences(
        reason.rule,
        `With the ${action.name} deny action, IIS ${action.answer} and logs sub-status ${sub}.${older}`,
        action.explanation,
        reason.lifts,
      ),
      causes: reason.causes,
      visitorAdvice: reason.visitorAdvice,
      ownerAdvice: sentences(reason.ownerAdvice, action.ownerAdvice),
      ...(crawlerNote === undefined ? {} : { crawlerNote }),
      retry: reason.retry,
    });
  });
}

// ---------------------------------------------------------------------------------------------------------
// Non-standard status numbers from IIS-hosted Microsoft products
// ---------------------------------------------------------------------------------------------------------

const microsoftCodes: StatusEntry[] = [
  entry('440', {
    phrase: 'Login Time-out',
    aliases: ['Login Timeout'],
    summary: 'Your signed-in session with Outlook on the web (Microsoft Exchange) has expired, so you need to sign in again.',
    explanation:
      '440 is not part of the HTTP standard. Microsoft Exchange sends it from Outlook on the web (formerly Outlook Web App or Outlook Web Access, OWA) and from the Exchange admin center when the forms-based sign-in session behind a request has expired or is no longer valid. The page normally reacts by returning you to the sign-in screen. If it comes back immediately after you sign in, the session cookie is being lost or rejected, which is a configuration problem rather than a wrong password.',
    causes: [
      'You were inactive for longer than the session time-out.',
      'The session cookie was blocked, deleted or not sent back, for example by privacy settings or an extension.',
      'Servers behind a load balancer cannot read each other’s sign-in cookies because their certificates or authentication settings differ.',
    ],
    visitorAdvice:
      'Sign in again. If the message returns straight after signing in, allow cookies for the mail site, close other tabs that use the same mailbox or try a private window, and then contact your IT help desk.',
    ownerAdvice:
      'Compare the authentication settings of the OWA and ECP virtual directories on every Exchange server (Get-OwaVirtualDirectory, Get-EcpVirtualDirectory) and make sure all servers behind the load balancer present the same TLS certificate, so a sign-in cookie issued by one server can be read by the others. The IIS logs show which server answered 440.',
    retry: 'after-change',
    origin: ORIGINS.exchange,
  }),
  entry('449', {
    phrase: 'Retry With',
    aliases: ['Reply With', 'Need Provisioning'],
    summary: 'A Microsoft extension: the server needs more information from the client, which should repeat the request with it included.',
    explanation:
      '449 is a Microsoft extension, not a standard HTTP code. In Microsoft’s WebDAV extensions (MS-WDV) the server sends 449 with an Ms-Echo-Request header; a client that supports it repeats the same request with a matching Ms-Echo-Reply header and does not show the 449 response to the user. Exchange ActiveSync, in its older protocol versions, also uses 449 to tell a phone or mail app that it must download and accept the organization’s security policy (the Provision command) before it may synchronize; newer ActiveSync versions report this inside the response body instead. Browsers do not act on 449.',
    causes: [
      'A WebDAV server wants the client to confirm the request by echoing the Ms-Echo-Request value.',
      'An Exchange ActiveSync device has no current security policy and must provision first.',
      'The mailbox policy changed, so the device’s policy key is out of date.',
    ],
    visitorAdvice:
      'In a browser there is usually nothing to do. If a phone or mail app keeps failing with 449, remove and re-add the Exchange account so it can accept the current security policy, or ask your IT team.',
    ownerAdvice:
      'For WebDAV, make sure the client implements the MS-WDV echo extension; clients that don’t should treat 449 as an ordinary client error. For Exchange ActiveSync, check the mobile device mailbox policy assigned to the user and the device’s state (Get-MobileDevice), and look in the IIS log of the Microsoft-Server-ActiveSync virtual directory for a device that keeps receiving 449.',
    retry: 'after-change',
    headers: ['Ms-Echo-Request', 'Ms-Echo-Reply'],
    spec: {
      title: 'Microsoft Open Specifications [MS-WDV]: 449 Retry With Status Code',
      section: '2.2.6',
      url: 'https://learn.microsoft.com/openspecs/windows_protocols/ms-wdv/83ecf19f-e0f8-4706-aae5-ba618f52f100',
    },
    // Microsoft's protocol documents define it (WebDAV extensions, Exchange ActiveSync); IIS itself never sends it.
    origin: ORIGINS.microsoft,
  }),
  entry('451', {
    phrase: 'Redirect',
    summary: 'Exchange ActiveSync tells the phone or mail app to use a different server for this mailbox; this is not the legal-block 451.',
    explanation:
      'In Exchange ActiveSync, 451 Redirect means the device reached a server that either cannot reach the user’s mailbox or is not the best one to use. The response normally carries an X-MS-Location header with the URL the device should use from now on; without it, the device is expected to run Autodiscover again to find the right server. This Microsoft meaning has nothing to do with the standard 451 Unavailable For Legal Reasons (RFC 7725), which reports content blocked for legal reasons. Only the context tells them apart: an ActiveSync request (to /Microsoft-Server-ActiveSync) answered by an Exchange server.',
    causes: [
      'The mailbox was moved to another server or site, for example during a migration to a newer Exchange version or to Exchange Online.',
      'The device is configured with an old or internal server name.',
      'Exchange knows a server that is closer to the mailbox and points the device there.',
    ],
    visitorAdvice:
      'Your mail app should follow the redirect by itself. If it keeps failing, remove and re-add the account using just your email address and password, so Autodiscover can find the right server.',
    ownerAdvice:
      'Check the ExternalUrl of the ActiveSync virtual directory on the server that now hosts the mailbox (Get-ActiveSyncVirtualDirectory) and confirm that Autodiscover returns it. After mailbox moves, devices should follow X-MS-Location; those that don’t need to be set up again.',
    retry: 'after-change',
    headers: ['X-MS-Location'],
    spec: {
      title: 'Microsoft Open Specifications [MS-ASHTTP]: HTTP Error 451',
      section: '3.1.5.2.2',
      url: 'https://learn.microsoft.com/openspecs/exchange_server_protocols/ms-ashttp/a907164a-907c-48b4-b2ef-44a06867f03f',
    },
    origin: ORIGINS.exchange,
  }),
];

// ---------------------------------------------------------------------------------------------------------
// 400.x Bad Request
// ---------------------------------------------------------------------------------------------------------

const badRequest: StatusEntry[] = [
  iis('400.1', {
    phrase: 'Invalid Destination header',
    summary: 'IIS’s WebDAV module rejected a copy or move request because its Destination header is missing or malformed.',
    explanation:
      'WebDAV COPY and MOVE requests name their target in a Destination header. IIS returns 400.1 when that header is absent, is not a valid URL, or points somewhere the server cannot accept, such as another host or site. Ordinary browsing never produces this code; it comes from WebDAV clients such as mapped network drives and publishing tools.',
    causes: [
      'The client sent COPY or MOVE without a Destination header.',
      'The Destination URL is malformed or wrongly encoded.',
      'The Destination points to a different host name, port or site than the request itself.',
    ],
    visitorAdvice: WEBDAV_CLIENT,
    ownerAdvice:
      'Make sure the client sends Destination as an absolute URL on the same site. Failed Request Tracing for status 400, with the WebDAV area selected, shows the header IIS rejected; WebDAV Authoring Rules in IIS Manager control what clients may do.',
    retry: 'after-change',
    headers: ['Destination'],
  }),
  iis('400.2', {
    phrase: 'Invalid Depth header',
    summary: 'IIS’s WebDAV module rejected a request whose Depth header has a value it does not accept.',
    explanation:
      'WebDAV methods such as PROPFIND, COPY and LOCK use the Depth header (0, 1 or infinity) to say how far into a folder tree they apply. IIS returns 400.2 when the value is none of those, or is not allowed for that method; LOCK, for example, accepts only 0 or infinity.',
    causes: [
      'Depth has a value other than 0, 1 or infinity.',
      'The value is not permitted for this method.',
      'A client bug, or a proxy that altered the header.',
    ],
    visitorAdvice: WEBDAV_CLIENT,
    ownerAdvice:
      'Check the client’s WebDAV implementation. A well-formed Depth: infinity that is refused by policy is reported as 403.22 instead; that policy is the allowInfinitePropfindDepth setting under WebDAV Settings.',
    retry: 'after-change',
    headers: ['Depth'],
  }),
  iis('400.3', {
    phrase: 'Invalid If header',
    summary: 'IIS’s WebDAV module could not parse the If header, which lists lock tokens or entity tags the request depends on.',
    explanation:
      'In WebDAV, the If header carries lock tokens and entity tags, so the client can prove it holds a lock or that a file is unchanged. IIS returns 400.3 when the header does not follow the syntax defined in RFC 4918, for example when brackets are unbalanced or a token is not enclosed in angle brackets.',
    causes: ['Malformed If header syntax.', 'A lock token copied incorrectly by the client.', 'An intermediary that rewrote or truncated the header.'],
    visitorAdvice: WEBDAV_CLIENT,
    ownerAdvice:
      'Capture the request with Failed Request Tracing or a network trace and compare the If header with RFC 4918, section 10.4. The fix is almost always in the WebDAV client.',
    retry: 'after-change',
    headers: ['If'],
  }),
  iis('400.4', {
    phrase: 'Invalid Overwrite header',
    summary: 'IIS’s WebDAV module rejected a copy or move because the Overwrite header is something other than T or F.',
    explanation:
      'The Overwrite header tells the server whether a COPY or MOVE may replace a file that already exists at the destination. Its only valid values are T (true) and F (false); anything else earns 400.4.',
    causes: ['Overwrite set to a value such as true, yes or 1.', 'A client bug, or a proxy that rewrote the header.'],
    visitorAdvice: WEBDAV_CLIENT,
    ownerAdvice:
      'Fix the client so it sends exactly T or F. When overwriting is refused on purpose (Overwrite: F and the target exists), the answer is 412 Precondition Failed, not 400.4.',
    retry: 'after-change',
    headers: ['Overwrite'],
  }),
  iis('400.5', {
    phrase: 'Invalid Translate header',
    summary: 'IIS rejected the request because its Translate header, used to ask for a script’s source code, is not T or F.',
    explanation:
      'Translate is a Microsoft header. Translate: f asks IIS to return a file exactly as stored instead of running it, which WebDAV authoring tools use to fetch the source of an .asp or .aspx page for editing. Its only valid values are T and F; any other value produces 400.5. Whether the source may actually be read is a separate decision, reported as 403.21 when refused.',
    causes: ['Translate set to something other than T or F.', 'A malformed request from an old authoring tool.'],
    visitorAdvice: WEBDAV_CLIENT,
    ownerAdvice:
      'Correct the client. Serving script source needs WebDAV with Source access in the WebDAV Authoring Rules; leave that off unless editors really need it.',
    retry: 'after-change',
    headers: ['Translate'],
  }),
  iis('400.6', {
    phrase: 'Invalid request body',
    summary: 'IIS could not read the request body, usually the XML document of a WebDAV request that is malformed or incomplete.',
    explanation:
      'WebDAV methods such as PROPFIND, PROPPATCH and LOCK send an XML document in the request body. IIS returns 400.6 when that body is malformed, uses the wrong XML namespace, or lacks elements the method requires.',
    causes: [
      'Malformed or truncated XML.',
      'A wrong character encoding declared for the body.',
      'Required elements missing, such as lockinfo in a LOCK request.',
    ],
    visitorAdvice: WEBDAV_CLIENT,
    ownerAdvice:
      'Capture the body with Failed Request Tracing and check it against RFC 4918. If bodies arrive cut short, look at request size limits and at any proxy or security device in between.',
    retry: 'after-change',
    headers: ['Content-Type'],
  }),
  iis('400.7', {
    phrase: 'Invalid Content-Length',
    aliases: ['Invalid Content Length'],
    summary: 'IIS rejected the request because its Content-Length header is not a valid size for the body that was sent.',
    explanation:
      'Content-Length states how many bytes of body follow the headers. IIS returns 400.7, mostly for WebDAV requests, when the value is not a valid number, is missing where the method requires a body, or does not match what actually arrived.',
    causes: [
      'The client computed the length wrongly.',
      'A proxy changed the body, for example by re-encoding it, without correcting the header.',
      'Content-Length and Transfer-Encoding: chunked sent together.',
    ],
    visitorAdvice: WEBDAV_CLIENT,
    ownerAdvice:
      'Compare the header with the bytes actually received, using a network trace. Check proxies and security appliances that inspect or rewrite request bodies.',
    retry: 'after-change',
    headers: ['Content-Length', 'Transfer-Encoding'],
  }),
  iis('400.8', {
    phrase: 'Invalid Timeout header',
    aliases: ['Invalid Timeout'],
    summary: 'IIS’s WebDAV module rejected a lock request because its Timeout header is malformed.',
    explanation:
      'When a WebDAV client locks a file it can propose how long the lock should last, with a Timeout header such as Second-3600 or Infinite. IIS returns 400.8 when that value does not follow the expected format. Despite the name, it has nothing to do with the request taking too long.',
    causes: ['A Timeout header not in the form Second-n or Infinite.', 'A number that is negative or too large.', 'A bug in the WebDAV client.'],
    visitorAdvice: WEBDAV_CLIENT,
    ownerAdvice: 'Fix the client’s Timeout header. Lock behaviour is configured under WebDAV Authoring Rules > WebDAV Settings in IIS Manager.',
    retry: 'after-change',
    headers: ['Timeout'],
  }),
  iis('400.9', {
    phrase: 'Invalid lock token',
    summary: 'IIS’s WebDAV module could not parse a lock token sent with the request.',
    explanation:
      'A WebDAV client that holds a lock proves it by sending the lock token: in the Lock-Token header when unlocking, or in the If header when changing a locked file. IIS returns 400.9 when the token is not well formed. A well-formed token that the server does not know leads to a different answer, such as 409 Conflict or 412 Precondition Failed.',
    causes: ['A Lock-Token value missing its angle brackets or its opaquelocktoken: prefix.', 'A token truncated or altered by the client.'],
    visitorAdvice: WEBDAV_CLIENT,
    ownerAdvice: 'Check the client’s lock handling: the token it sends should be exactly the one IIS returned in the LOCK response.',
    retry: 'after-change',
    headers: ['Lock-Token', 'If'],
  }),
  iis('400.10', {
    phrase: 'Invalid X-Forwarded-For header',
    aliases: ['Invalid X-Forwarded-For (XFF) header'],
    summary: 'IIS could not read the client address in the X-Forwarded-For header, which it needed to apply IP-based restrictions.',
    explanation:
      'When IP and Domain Restrictions or Dynamic IP Restrictions run in proxy mode, IIS takes the visitor’s address from the X-Forwarded-For header that a load balancer or proxy adds. If that header is not a usable list of IP addresses, IIS cannot apply its rules and rejects the request with 400.10. This sub-status was introduced in IIS 8.0.',
    causes: [
      'A proxy or load balancer writes the header in an unexpected format, for example with port numbers or extra text.',
      'A client forged or mangled the header.',
      'Proxy mode is turned on although no proxy sits in front of the server.',
    ],
    visitorAdvice:
      'If you use a proxy, VPN or privacy tool that adds forwarding headers, try without it. Otherwise there is nothing to change on your side; tell the site’s owner.',
    ownerAdvice:
      'Check how the load balancer formats X-Forwarded-For. If IIS is not behind a proxy, turn off proxy mode (enableProxyMode) in the ipSecurity or dynamicIpSecurity configuration.',
    retry: 'after-change',
    headers: ['X-Forwarded-For'],
  }),
  iis('400.11', {
    phrase: 'Invalid WebSocket request',
    summary: 'IIS’s WebSocket module rejected an upgrade request that does not follow the WebSocket handshake rules.',
    explanation:
      'To open a WebSocket, a client sends an HTTP request with Upgrade: websocket, a Sec-WebSocket-Key and a supported Sec-WebSocket-Version. IIS 8.0 and later answer 400.11 when those headers are missing or invalid, so the live connection the page wanted is never opened.',
    causes: [
      'A missing or malformed Sec-WebSocket-Key or Sec-WebSocket-Version header.',
      'A proxy that removed the Upgrade or Connection header.',
      'A client that speaks an outdated draft of the WebSocket protocol.',
    ],
    visitorAdvice:
      'Reload the page. If live features still fail, try without a VPN, proxy or security extension that may strip headers, and let the site’s owner know.',
    ownerAdvice:
      'Make sure the WebSocket Protocol role service is installed and enabled (system.webServer/webSocket), that every reverse proxy in front of IIS forwards the Upgrade and Connection headers, and that clients implement RFC 6455.',
    retry: 'after-change',
    headers: ['Upgrade', 'Connection', 'Sec-WebSocket-Key', 'Sec-WebSocket-Version'],
  }),
  iis('400.601', {
    phrase: 'Bad client request (ARR)',
    summary: 'IIS Application Request Routing refused to forward a request from the client that it considers malformed.',
    explanation:
      'Application Request Routing (ARR) is the IIS extension that turns IIS into a reverse proxy or load balancer. Since ARR 3.0 it logs 400.601 when the request it received from the client is invalid and cannot be passed on to a back-end server. Microsoft documents this code only by name, so the IIS log and a Failed Request Tracing log are the places to find out which part of the request was wrong.',
    causes: ['A malformed request line or header that ARR cannot forward.', 'A client or bot speaking non-standard HTTP.'],
    visitorAdvice: 'Check the address for odd characters and try again, perhaps in another browser. If it keeps failing, tell the site’s owner.',
    ownerAdvice:
      'Turn on Failed Request Tracing for status 400 on the ARR server, with the RequestRouting and Rewrite areas of the WWW Server provider, and compare with the same request sent straight to the back end.',
    retry: 'after-change',
  }),
  iis('400.602', {
    phrase: 'Invalid time format (ARR)',
    summary: 'IIS Application Request Routing could not parse a date or time value in the request.',
    explanation:
      'ARR logs 400.602 when a date or time value in the request is not in a format it can read. HTTP dates appear mainly in conditional headers such as If-Modified-Since and If-Range, which a caching proxy has to evaluate. Microsoft documents this code only by name.',
    causes: ['A conditional header whose date is not in the HTTP date format.', 'A client that writes dates in a local or non-English format.'],
    visitorAdvice: 'Reload the page, or try another browser. If it keeps failing, tell the site’s owner.',
    ownerAdvice:
      'Find the request in the ARR server’s Failed Request Tracing log and look at the date headers it carried. The fix belongs in the client that sent them.',
    retry: 'after-change',
    headers: ['If-Modified-Since', 'If-Unmodified-Since', 'If-Range'],
  }),
  iis('400.603', {
    phrase: 'Parse range error (ARR)',
    summary: 'IIS Application Request Routing could not understand the Range header, which asks for only part of a file.',
    explanation:
      'Clients send a Range header to fetch only part of a file, for example to resume a download or to jump ahead in a video. ARR logs 400.603 when that header is malformed. A well-formed range that merely lies outside the file is answered with 416 Range Not Satisfiable instead.',
    causes: ['A Range header with invalid syntax, such as a missing bytes= unit.', 'Overlapping or excessively many ranges from a buggy or hostile client.'],
    visitorAdvice: 'Restart the download, or reload the video from the beginning. If that fails too, tell the site’s owner.',
    ownerAdvice:
      'Inspect the failing Range header in Failed Request Tracing. Media players and download managers are the usual senders; if one client misbehaves, report it to its maker.',
    retry: 'after-change',
    headers: ['Range'],
  }),
  iis('400.604', {
    phrase: 'Client gone (ARR)',
    summary: 'The visitor’s connection closed before IIS Application Request Routing could finish the request; IIS logs this as 400.604.',
    explanation:
      'ARR records 400.604 when the client disconnects while ARR is still receiving its request or waiting for the back-end server. The connection is already closed, so the visitor never actually sees this response; it exists so the log explains what happened. A few entries are normal. A burst of them usually means the back end is slow and people, or their browsers and upstream load balancers, give up waiting.',
    causes: [
      'The visitor closed the tab, navigated away or lost connectivity.',
      'A client or upstream load balancer timed out waiting for a slow back end.',
      'Unstable mobile connections.',
    ],
    visitorAdvice: 'Nothing to do: if the page did not load, simply try again.',
    ownerAdvice:
      'Compare the time-taken field in the IIS log with the time-out of any load balancer in front of ARR. Many 400.604 entries alongside long response times point to a slow back end, not to a client problem.',
    retry: 'immediately',
  }),
  iis('400.605', {
    phrase: 'Maximum number of forwards (ARR)',
    summary: 'IIS Application Request Routing stopped a request that had been forwarded too many times, which usually means a proxy loop.',
    explanation:
      'ARR limits how many times a single request may be passed from proxy to proxy. When the limit is reached it logs 400.605 instead of forwarding the request again, which keeps a request from circling between servers forever. It almost always means that ARR is forwarding to itself, or that two proxies are forwarding to each other.',
    causes: [
      'A server farm that lists the ARR server itself as one of its back ends.',
      'URL Rewrite rules that route the request back to the same site.',
      'Two reverse proxies configured to forward to each other.',
    ],
    visitorAdvice: OWNER_MUST_FIX,
    ownerAdvice:
      'Check the members of the server farm and the routing rules that send traffic to it (the farm’s Routing Rules and the server-level URL Rewrite rules). Make sure no rule can send a request back to the ARR server’s own host name.',
    retry: 'no',
  }),
  iis('400.606', {
    phrase: 'Asynchronous completion error (ARR)',
    aliases: ['Asynchronous competition error (ARR)'],
    summary: 'IIS Application Request Routing hit an internal error while completing an asynchronous step of the request.',
    explanation:
      'ARR handles network input and output asynchronously. 400.606 means one of those operations ended with an error while ARR was processing the client’s request. Microsoft lists this code only by name (its table spells it “asynchronous competition error”), so treat it as a reason to collect traces rather than as a precise diagnosis.',
    causes: [
      'The client connection failed while it was still sending the request body.',
      'A network device between the client and ARR reset the connection.',
      'A defect in an older ARR version.',
    ],
    visitorAdvice: 'Try again. If it keeps happening, tell the site’s owner.',
    ownerAdvice:
      'Capture Failed Request Tracing for status 400 on the ARR server and read the RequestRouting events together with the sc-win32-status field of the IIS log. Install the latest ARR release.',
    retry: 'immediately',
  }),
];

// ---------------------------------------------------------------------------------------------------------
// 401.x Unauthorized ("Access denied" in IIS's wording)
// ---------------------------------------------------------------------------------------------------------

const unauthorized: StatusEntry[] = [
  iis('401.1', {
    phrase: 'Logon failed',
    aliases: ['Access is denied due to invalid credentials'],
    summary: 'IIS could not sign you in: the user name or password was wrong, or the account is not allowed to log on.',
    explanation:
      'IIS passed the credentials your browser sent (through Basic, Digest or Windows authentication) to Windows, and Windows refused them. Besides a mistyped password, an account that is locked, disabled or expired gives the same result. In IIS logs, 401.1 is also an ordinary middle step of Windows (NTLM) authentication, so a 401.1 followed by a 200 from the same client is not a failure.',
    causes: [
      'A wrong user name or password.',
      'The account is locked, disabled or expired, or its password must be changed.',
      'Kerberos problems, such as a missing service principal name (SPN) for the site’s host name.',
      'The loopback check blocking Windows authentication when the site is opened by its host name on the server itself.',
    ],
    visitorAdvice:
      'Check your user name (including the domain, as in DOMAIN\\name, if your organization uses one) and your password, then try again. If your account may be locked or your password expired, contact the organization’s help desk.',
    ownerAdvice:
      'Read the sc-win32-status field in the IIS log and the Security event log (event 4625) for the exact reason. For Kerberos, check the SPNs for the site’s host name and the application pool identity; for local tests by host name, review the loopback check (BackConnectionHostNames).',
    retry: 'after-change',
    headers: ['WWW-Authenticate'],
  }),
  iis('401.2', {
    phrase: 'Logon failed due to server configuration',
    summary: 'IIS asked for credentials because none of its enabled sign-in methods was satisfied; in logs this is often just the first challenge.',
    explanation:
      'IIS returns 401.2 when the request carries no credentials that an enabled authentication method accepts. That is exactly what happens on the first request to a site that uses Windows authentication: IIS answers 401.2 with WWW-Authenticate headers, the browser replies with credentials, and the next request succeeds. It becomes a real error when the server and browser have no method in common, for example when Anonymous access is off and the only enabled method is one the browser will not use for this site.',
    causes: [
      'The normal first step of a Windows, Basic or Digest authentication handshake.',
      'Anonymous authentication turned off and no other method enabled.',
      'Only Windows authentication enabled, but the browser will not send Windows credentials to this site (for example because it is not in the Local intranet zone).',
      'A proxy between browser and server that strips the authentication headers.',
    ],
    visitorAdvice:
      'If a sign-in prompt appears, enter your credentials. If the page fails without asking, try another browser, or ask the organization’s help desk whether the site must be reached through the intranet or a VPN.',
    ownerAdvice:
      'Open Authentication for the site in IIS Manager and make sure a suitable method is enabled (Anonymous for public content). For Windows authentication, check its providers (Negotiate, NTLM) and that proxies pass the Authorization and WWW-Authenticate headers unchanged. A 401.2 immediately followed by a 200 from the same client is healthy.',
    retry: 'after-change',
    headers: ['WWW-Authenticate'],
  }),
  iis('401.3', {
    phrase: 'Unauthorized due to ACL on resource',
    summary: 'IIS knows who you are, but the file’s Windows permissions (its NTFS access control list) do not let that account read it.',
    explanation:
      'After authentication, IIS opens the requested file as the signed-in user or, for anonymous requests, as the anonymous account (IUSR by default) or the application pool identity. If the access control list on the file or folder does not give that account read access, IIS returns 401.3. It is a permissions problem on the server, although signing in as a different user who does have access will work.',
    causes: [
      'IUSR or the application pool identity lacks Read permission on the site’s folder.',
      'Files copied from elsewhere kept restrictive permissions instead of inheriting the folder’s.',
      'The signed-in user is not in a group allowed to read the file.',
      'Content on a network share whose share or NTFS permissions exclude the account IIS uses.',
    ],
    visitorAdvice: 'If you can sign in with another account that should have access, try that. Otherwise ask the site’s owner to check the file permissions.',
    ownerAdvice:
      'Check the Security tab of the file and its folder: grant Read to IUSR (or to the application pool identity, if anonymous authentication is set to use it) and to the right user groups. Process Monitor or Failed Request Tracing shows which account was denied, and icacls /reset restores inherited permissions.',
    retry: 'after-change',
    headers: ['WWW-Authenticate'],
  }),
  iis('401.4', {
    phrase: 'Authorization failed by filter',
    summary: 'An ISAPI filter installed on the server refused the request for an authorization reason.',
    explanation:
      'ISAPI filters are add-ons that see every request before the page runs; some implement their own sign-in or single sign-on. IIS returns 401.4 when such a filter decides the request is not authorized. The rules that apply belong to the filter’s product, not to IIS.',
    causes: [
      'A single sign-on or security filter rejected the session or token.',
      'The filter is misconfigured or cannot reach its policy server.',
      'A missing or expired cookie that the filter expects.',
    ],
    visitorAdvice: 'Sign out and back in, or clear the site’s cookies, and try again. If that doesn’t help, tell the site’s owner.',
    ownerAdvice:
      'Open ISAPI Filters in IIS Manager to see which filters run for the site, then check that product’s logs and settings. Removing the filter on a test server confirms whether it is responsible.',
    retry: 'after-change',
    headers: ['WWW-Authenticate'],
  }),
  iis('401.5', {
    phrase: 'Authorization failed by ISAPI/CGI application',
    summary: 'The ISAPI extension or CGI program that handles this URL refused the request for an authorization reason.',
    explanation:
      'Some URLs are handled by an ISAPI extension (a DLL) or a CGI program rather than by a static file or managed code. IIS returns 401.5 when that application itself decides the user is not authorized. The decision and its reasons belong to the application.',
    causes: [
      'The application’s own access rules deny this user.',
      'Missing or expired credentials that the application checks.',
      'The application cannot reach its authorization back end.',
    ],
    visitorAdvice: 'Sign in again if the site offers a way to do so; otherwise tell the site’s owner.',
    ownerAdvice: 'Identify the handler in Handler Mappings or in a Failed Request Tracing log, then review that application’s logs and authorization settings.',
    retry: 'after-change',
    headers: ['WWW-Authenticate'],
  }),
  entry('401.7', {
    phrase: 'Access denied by URL authorization policy',
    aliases: ['Denied due to URL Authorization policy'],
    summary: 'IIS 6.0 only: a URL authorization rule kept in Authorization Manager denied this user access to the URL.',
    explanation:
      'IIS 6.0 could protect URLs with Windows Authorization Manager (AzMan) policies, independently of file permissions. When such a policy denied the user, IIS 6.0 returned 401.7. IIS 7.0 and later replaced the feature with the URL Authorization module and no longer send this sub-status, so seeing it means a very old server.',
    causes: [
      'An Authorization Manager policy denies the user or the user’s role.',
      'The user is not assigned to the role that the application’s scope requires.',
    ],
    visitorAdvice: 'If you believe you should have access, ask the site’s owner to check your permissions.',
    ownerAdvice:
      'On IIS 6.0, review the authorization store and scope assigned to the application (the AzStoreName and AzScopeName metabase properties, edited in the Authorization Manager console). On current IIS versions, use Authorization Rules (system.webServer/security/authorization) instead.',
    retry: 'after-change',
    headers: ['WWW-Authenticate'],
    spec: IIS6_SPEC,
  }),
  ...ipRestrictionEntries(401),
];

// ---------------------------------------------------------------------------------------------------------
// 403.x Forbidden
// ---------------------------------------------------------------------------------------------------------

const forbidden: StatusEntry[] = [
  iis('403.1', {
    phrase: 'Execute access forbidden',
    summary: 'The folder is not allowed to run scripts or programs, so IIS refused to execute the requested page.',
    explanation:
      'IIS gives each folder Read, Script and Execute permissions through the access policy of its handler mappings (in IIS 6.0, the Execute permissions setting). A request handled by a script engine or a program, such as an .asp or .aspx page, a CGI executable or an ISAPI DLL, needs Script or Execute permission. Without it, IIS returns 403.1.',
    causes: [
      'Script or Execute is unticked under Handler Mappings > Edit Feature Permissions for this folder.',
      'A web.config in a subfolder sets a stricter access policy, as is common for upload folders.',
      'A request for an .exe or .dll in a folder meant only for static files.',
    ],
    visitorAdvice: OWNER_MUST_FIX,
    ownerAdvice:
      'Select the folder in IIS Manager, open Handler Mappings and choose Edit Feature Permissions; enable Script, and Execute only if the folder really hosts executables or ISAPI DLLs. In configuration this is the accessPolicy attribute of system.webServer/handlers. Keep upload folders script-free on purpose.',
    retry: 'no',
  }),
  iis('403.2', {
    phrase: 'Read access forbidden',
    summary: 'The folder does not have Read access enabled in IIS, so the file cannot be served.',
    explanation:
      'Static files need the Read permission in the handlers’ access policy. When Read is switched off for a folder, IIS answers 403.2. Microsoft also points to a missing default document as a possible cause when a folder URL is requested in a folder configured this way.',
    causes: [
      'Read is unticked under Handler Mappings > Edit Feature Permissions.',
      'A web.config sets accessPolicy without Read.',
      'A folder URL requested where the configured default document does not exist.',
    ],
    visitorAdvice: OWNER_MUST_FIX,
    ownerAdvice:
      'Enable Read under Handler Mappings > Edit Feature Permissions for the folder, or correct the accessPolicy attribute of system.webServer/handlers. If a folder URL is requested, make sure its default document exists.',
    retry: 'no',
  }),
  iis('403.3', {
    phrase: 'Write access forbidden',
    summary: 'The server does not allow uploads or changes in this folder, so IIS refused to write the file.',
    explanation:
      'Requests that create or change files on the server, such as PUT or the WebDAV methods MOVE and PROPPATCH, need write access. IIS returns 403.3 when the folder’s access policy or the WebDAV authoring rules do not grant it, or when Windows file permissions stop the account doing the writing.',
    causes: [
      'WebDAV is enabled but no authoring rule gives this user Write access.',
      'Write is not granted in the handlers’ access policy.',
      'NTFS permissions do not let the user or the application pool identity modify files there.',
    ],
    visitorAdvice: 'If you were uploading or saving a file, your account may not be allowed to write to this folder; ask the site’s owner.',
    ownerAdvice:
      'Check WebDAV Authoring Rules for the folder, the Write flag of the handlers’ accessPolicy, and the NTFS permissions of the account that performs the write. Grant write access only where uploads are intended.',
    retry: 'after-change',
  }),
  iis('403.4', {
    phrase: 'SSL required',
    summary: 'This page must be loaded over HTTPS; the request came over plain HTTP, so IIS refused it.',
    explanation:
      'The site or folder is set to require SSL/TLS, but the request arrived unencrypted. IIS rejects it with 403.4 instead of redirecting, so visitors who follow an http:// link see an error rather than the secure page.',
    causes: [
      'Someone typed or followed an http:// link.',
      '“Require SSL” is on, but no redirect from HTTP to HTTPS is configured.',
      'A load balancer ends TLS and forwards to IIS over plain HTTP while IIS still requires SSL.',
    ],
    visitorAdvice: 'Change http:// to https:// at the start of the address and try again.',
    ownerAdvice:
      'Keep Require SSL (SSL Settings in IIS Manager, the sslFlags attribute of system.webServer/security/access) but add a permanent redirect from HTTP to HTTPS, for example with a URL Rewrite rule, and consider HSTS. If TLS ends at a load balancer, either re-encrypt to IIS or drop the requirement on the IIS side.',
    crawlerNote:
      'Crawlers following old http:// links get an error instead of a redirect, so the HTTPS pages lose the benefit of those links. A 301 redirect to HTTPS fixes this.',
    retry: 'after-change',
  }),
  iis('403.5', {
    phrase: 'SSL 128 required',
    aliases: ['SSL128 required'],
    summary: 'This page requires a 128-bit encrypted HTTPS connection, and the connection used did not meet that requirement.',
    explanation:
      'The “Require 128-bit SSL” option (Ssl128 in sslFlags) dates from the time when some browsers could only use weak 40- or 56-bit encryption. IIS returns 403.5 when the connection is unencrypted or uses a cipher weaker than 128 bits. Every modern HTTPS connection meets the bar, so today the code nearly always means the request came over plain HTTP.',
    causes: ['The request came over HTTP instead of HTTPS.', 'A very old client negotiated a weak cipher.'],
    visitorAdvice: 'Use https:// instead of http:// in the address, and make sure your browser is up to date.',
    ownerAdvice:
      'Redirect HTTP to HTTPS as for 403.4. Control protocols and cipher strength in the Windows TLS (Schannel) settings rather than relying on the Ssl128 flag.',
    retry: 'after-change',
  }),
  iis('403.6', {
    phrase: 'IP address rejected',
    summary: 'The server is configured to refuse requests from your IP address.',
    explanation:
      'IP and Domain Restrictions (the ipSecurity configuration) allows or denies clients by address. IIS returns 403.6 when the connecting address is on the deny list, or when only listed addresses are allowed and this one is not among them. Depending on the IIS version and settings, the same block may be logged as 403.503 instead.',
    causes: [
      'Your address, or its range, is on the deny list.',
      'The site admits only listed addresses and yours is not one of them.',
      'Behind a proxy or load balancer, the server sees the proxy’s address instead of yours.',
    ],
    visitorAdvice: ADDRESS_BLOCKED_VISITOR,
    ownerAdvice:
      'Review IP Address and Domain Restrictions in IIS Manager at the server, site and application levels: the allow and deny entries and the access setting for unspecified clients (allowUnlisted). Behind a load balancer, check which address the IIS log records and enable proxy mode if needed.',
    retry: 'no',
  }),
  iis('403.7', {
    phrase: 'Client certificate required',
    summary: 'The site requires your browser to present a client certificate, and none was provided.',
    explanation:
      'Some sites identify people or devices by certificate instead of, or as well as, a password. When the SSL settings require a client certificate and the browser sends none, because none is installed, none was issued by an authority the server trusts, or the user cancelled the prompt, IIS returns 403.7.',
    causes: [
      'No suitable client certificate or smart card on the device.',
      'The certificate selection prompt was dismissed.',
      'The server’s list of trusted issuers does not include your certificate’s issuer, so the browser has nothing to offer.',
    ],
    visitorAdvice:
      'Make sure the certificate or smart card your organization issued is installed or inserted, reload the page and pick it when the browser asks. If no prompt appears, contact your IT help desk.',
    ownerAdvice:
      'Check SSL Settings (sslFlags with SslRequireCert) and that the server trusts the CA that issues the client certificates. netsh http show sslcert shows how the binding negotiates client certificates.',
    retry: 'after-change',
  }),
  iis('403.8', {
    phrase: 'Site access denied',
    summary: 'The server refuses requests from your computer’s domain name.',
    explanation:
      'With domain name restrictions enabled, IIS looks up the host name of the connecting address (reverse DNS) and compares it with allow and deny rules. IIS returns 403.8 when the name is denied, or, if only listed domains are allowed, when no matching name is found. Newer IIS versions may log the same situation as 403.504.',
    causes: ['The reverse-DNS name of your address matches a denied domain.', 'Only specific domains are allowed and your address has no matching name.'],
    visitorAdvice: ADDRESS_BLOCKED_VISITOR,
    ownerAdvice:
      'Review the domain entries in IP Address and Domain Restrictions and whether enableReverseDns is on. Reverse lookups slow down every request and their answers are controlled by whoever owns the address, so prefer IP-based rules.',
    retry: 'no',
  }),
  iis('403.9', {
    phrase: 'Too many users',
    aliases: ['Too many clients are trying to connect to the web server'],
    summary: 'The web server has reached its limit of simultaneous connections and refused yours.',
    explanation:
      'Older IIS versions enforced a cap on connected users and returned 403.9 when it was exceeded; the best-known case is IIS 5.1 on Windows XP Professional, which allowed only ten connections. The code is still listed for current IIS but is rarely produced by IIS on Windows Server.',
    causes: ['A connection limit on a desktop edition of Windows.', 'More visitors at once than the server is configured to accept.'],
    visitorAdvice: 'Wait a moment and try again.',
    ownerAdvice:
      'If the site runs on a desktop edition of Windows, move it to Windows Server. Otherwise review the connection limits configured for the site and the server’s capacity.',
    retry: 'later',
  }),
  iis('403.10', {
    phrase: 'Execute access denied by configuration',
    aliases: ['Invalid configuration', 'Web server is configured to deny Execute access'],
    summary: 'An older IIS code: the server’s configuration denies Execute access for the requested program.',
    explanation:
      'IIS 5.x and 6.0 used 403.10 when the web server’s configuration forbade running the requested executable or script, as opposed to a folder’s own permissions (403.1). The code is still listed for IIS 7 and later but rarely appears there; the same problem normally surfaces as 403.1.',
    causes: ['Execute permission denied for the requested program by the server configuration.'],
    visitorAdvice: OWNER_MUST_FIX,
    ownerAdvice:
      'Check the handler mapping and the accessPolicy for the URL as you would for 403.1; on IIS 6.0, check the Execute permissions of the virtual directory.',
    retry: 'no',
  }),
  iis('403.11', {
    phrase: 'Password changed',
    aliases: ['Password Change', 'Password has been changed'],
    summary: 'An older IIS code: access is denied because the account’s password has been changed or must be changed.',
    explanation:
      'IIS 5.x and 6.0 used 403.11 in connection with account password changes, when the credentials the browser sent were no longer valid for that reason. The code is listed for later IIS versions too but is very rarely seen.',
    causes: ['The password was changed and the browser is still sending the old one.', 'The account must change its password before it can be used.'],
    visitorAdvice: 'Close the browser completely so it forgets saved credentials, then sign in again with your current password.',
    ownerAdvice: 'Have the user sign in with current credentials. On IIS 6.0, review the web-based password-change (IISADMPWD) configuration if it is in use.',
    retry: 'after-change',
  }),
  iis('403.12', {
    phrase: 'Mapper denied access',
    summary: 'Your client certificate was accepted, but the account it maps to is not allowed to access this page.',
    explanation:
      'With client certificate mapping, IIS translates the certificate you present into a Windows account, either one-to-one or through many-to-one rules. IIS returns 403.12 when a mapping rule denies the certificate or the mapped account has no access to the resource.',
    causes: [
      'A many-to-one rule explicitly denies certificates like yours.',
      'No mapping rule matches the certificate.',
      'The mapped account lacks permission on the file.',
    ],
    visitorAdvice: 'Make sure you chose the right certificate when the browser asked. If you did, ask the site’s owner to check your access.',
    ownerAdvice:
      'Review the one-to-one and many-to-one mappings in iisClientCertificateMappingAuthentication (or clientCertificateMappingAuthentication for Active Directory mapping) and the NTFS permissions of the mapped account.',
    retry: 'after-change',
  }),
  iis('403.13', {
    phrase: 'Client certificate revoked',
    summary: 'The client certificate your browser presented has been revoked by the authority that issued it.',
    explanation:
      'When it checks a client certificate, IIS, through Windows, asks whether the issuing authority has revoked it, using a certificate revocation list (CRL) or OCSP. IIS returns 403.13 when the certificate turns out to be revoked, which happens when certificates are lost, compromised or replaced.',
    causes: [
      'The issuer revoked your certificate, for example after issuing a replacement.',
      'An old certificate is still installed and gets selected automatically.',
    ],
    visitorAdvice: 'Choose a different, current certificate, or ask the organization that issued yours for a new one.',
    ownerAdvice:
      'Confirm the revocation at the issuing CA. If valid certificates are reported as revoked, check that the server can download the CRL from its distribution point (certutil -verify -urlfetch on an exported copy of the certificate).',
    retry: 'after-change',
  }),
  iis('403.14', {
    phrase: 'Directory listing denied',
    summary: 'The address points to a folder that has no default page, and IIS is set not to show folder contents.',
    explanation:
      'When a URL names a folder, IIS looks for a default document such as index.html or default.aspx. If there is none and Directory Browsing is off, which is the safe default, IIS returns 403.14 instead of listing the folder. For ASP.NET Core and other framework applications it often means the application is not running at all: the web.config that hands requests to the app is missing or broken, so IIS treats the site as a plain folder.',
    causes: [
      'No default document in the folder, or its name is not in the Default Document list.',
      'The site’s physical path points to the wrong folder, for example the project folder instead of the published output.',
      'A deployment that left out files, including web.config.',
      'An ASP.NET MVC or Web Forms app whose routing never runs because ASP.NET is not installed or the application pool uses the wrong .NET version.',
    ],
    visitorAdvice:
      'Check the address: add a page name or go to the site’s home page. If the home page itself shows this error, the site is not set up correctly; tell its owner.',
    ownerAdvice:
      'Make sure a default document exists and is listed under Default Document in IIS Manager, and that the physical path in Basic Settings points to the published output. For ASP.NET Core, confirm web.config was deployed and contains the aspNetCore handler. Turn on Directory Browsing only if the folder’s contents are meant to be public.',
    crawlerNote: 'If a home page or section index returns 403.14, crawlers cannot reach the pages linked from it, and the index page itself may be dropped.',
    retry: 'no',
  }),
  iis('403.15', {
    phrase: 'Client access licenses exceeded',
    aliases: ['Client Access Licenses have exceeded limits on the web server'],
    summary: 'An older IIS code: the server has used up its client access licenses and refused the connection.',
    explanation:
      'IIS 5.x and 6.0 could enforce Windows client access license (CAL) limits and returned 403.15 when they were exceeded. The code is still listed for later versions but is rarely seen.',
    causes: ['More simultaneous clients than the server’s licensing allows.', 'A desktop edition of Windows used as a web server.'],
    visitorAdvice: 'Try again later.',
    ownerAdvice: 'Check the server’s licensing mode and connection limits, and host public sites on Windows Server.',
    retry: 'later',
  }),
  iis('403.16', {
    phrase: 'Client certificate untrusted or invalid',
    summary: 'Your client certificate is not trusted by the server, or it is damaged or not valid for signing in.',
    explanation:
      'IIS returns 403.16 when it cannot validate the client certificate: the chain does not lead to a root authority the server trusts, an intermediate certificate is missing, or the certificate is malformed or not meant for client authentication.',
    causes: [
      'The issuing root CA is not in the server’s Trusted Root Certification Authorities store.',
      'An intermediate CA certificate is missing on the server.',
      'The certificate lacks the Client Authentication purpose.',
      'A certificate trust list on the binding that excludes the issuer.',
    ],
    visitorAdvice: 'If your browser offers several certificates, try another one. Otherwise contact your IT help desk.',
    ownerAdvice:
      'Import the issuing root and intermediate certificates into the computer’s certificate stores on the server, and run certutil -verify on an exported copy of the client certificate to see where the chain breaks. netsh http show sslcert shows whether the binding uses a certificate trust list.',
    retry: 'after-change',
  }),
  iis('403.17', {
    phrase: 'Client certificate expired or not yet valid',
    summary: 'Your client certificate has expired, or its validity period has not started yet.',
    explanation:
      'Every certificate is valid only between two dates. IIS returns 403.17 when the client certificate falls outside that window, usually because it has expired and occasionally because a clock is badly wrong.',
    causes: ['The certificate has expired.', 'A newly issued certificate whose validity starts in the future.', 'A wrong clock on the client or the server.'],
    visitorAdvice: 'Renew the certificate or install the replacement your organization provides, and check that your device’s date and time are correct.',
    ownerAdvice: 'Check the certificate’s validity dates and the server’s clock, and set up renewal reminders or auto-enrollment for client certificates.',
    retry: 'after-change',
  }),
  iis('403.18', {
    phrase: 'Cannot execute requested URL in the current application pool',
    summary: 'IIS cannot run the requested URL in the application pool handling the request, often a custom error page in another pool.',
    explanation:
      'Each IIS application runs in an application pool. Some requests have to be served by a different application than the one that received them, most often a custom error page configured as an execute URL inside an application that runs in another pool. IIS cannot cross that boundary and returns 403.18. In IIS 6.0 the same code covered any request that had to run in a different pool.',
    causes: [
      'A custom error page (httpErrors with responseMode="ExecuteURL") that lives in an application in a different pool.',
      'Child applications in different pools sharing one error page.',
    ],
    visitorAdvice: OWNER_MUST_FIX,
    ownerAdvice:
      'Move the custom error page into the same application or application pool as the content it serves, or change that error response to File or Redirect instead of ExecuteURL.',
    retry: 'no',
  }),
  iis('403.19', {
    phrase: 'Cannot execute CGI applications in this application pool',
    aliases: ['Cannot execute CGIs for the client in this application pool'],
    summary: 'IIS cannot start the CGI program because the application pool’s identity lacks a Windows right it needs.',
    explanation:
      'To start a CGI process as the requesting user, IIS needs the application pool identity to hold the Windows user right “Replace a process level token”. Without it, IIS returns 403.19.',
    causes: ['The application pool runs as a custom account that lacks the right.', 'A Group Policy removed the right from the account.'],
    visitorAdvice: OWNER_MUST_FIX,
    ownerAdvice:
      'Grant “Replace a process level token” to the application pool identity in Local Security Policy or Group Policy, or run the pool under a built-in identity that has it, then recycle the pool. If CGI programs need not run as the caller, review createProcessAsUser in system.webServer/cgi.',
    retry: 'no',
  }),
  iis('403.20', {
    phrase: 'Passport logon failed',
    summary: 'IIS 6.0 only: signing in through Microsoft Passport failed; later IIS versions dropped Passport altogether.',
    explanation:
      'IIS 6.0 could authenticate users with Microsoft .NET Passport, the forerunner of today’s Microsoft accounts. 403.20 meant the Passport sign-in did not succeed. Passport authentication was removed in IIS 7.0, so this code only comes from very old servers.',
    causes: ['The Passport sign-in was cancelled or refused.', 'Passport settings on the IIS 6.0 server are wrong.'],
    visitorAdvice: 'Try signing in again. The service behind it is long retired, so tell the site’s owner if it keeps failing.',
    ownerAdvice: 'Move the application off Passport authentication and off IIS 6.0 to a current identity provider.',
    retry: 'after-change',
  }),
  iis('403.21', {
    phrase: 'Source access denied',
    summary: 'IIS refused to return the source code of a script, which WebDAV authoring tools request when editing pages.',
    explanation:
      'A WebDAV client can ask for the raw contents of a script file such as .asp or .aspx, using Translate: f, instead of the page it produces. IIS allows that only when the WebDAV authoring rules grant Source access; otherwise it returns 403.21. This keeps server-side code, and any secrets in it, from being downloaded.',
    causes: ['An authoring tool requested a script’s source without Source permission.', 'Someone probing the server for source code.'],
    visitorAdvice: 'If you were editing the site with an authoring tool, ask the site’s owner for the right access.',
    ownerAdvice: 'Grant Source access in WebDAV Authoring Rules only to the accounts that edit the site, and keep it off for everyone else.',
    retry: 'after-change',
    headers: ['Translate'],
  }),
  iis('403.22', {
    phrase: 'Infinite depth denied',
    aliases: ['Infinite depth is denied'],
    summary: 'IIS refused a WebDAV request that asked to read a whole folder tree at once (Depth: infinity).',
    explanation:
      'A WebDAV PROPFIND with Depth: infinity asks for the properties of a folder and everything beneath it, which can be very expensive on a large site. IIS denies such requests by default and answers 403.22.',
    causes: ['A WebDAV client sent PROPFIND with Depth: infinity.', 'A script or crawler enumerating the site over WebDAV.'],
    visitorAdvice: 'There is nothing to do in a browser. If a file manager or sync tool reports this error, set it to browse one folder level at a time.',
    ownerAdvice: 'Leave infinite-depth PROPFIND off unless a client truly needs it; if one does, enable it under WebDAV Settings (allowInfinitePropfindDepth).',
    retry: 'after-change',
    headers: ['Depth'],
  }),
  ...ipRestrictionEntries(403),
];

// ---------------------------------------------------------------------------------------------------------
// 404.x Not Found (many of these are Request Filtering refusals that IIS deliberately disguises as 404)
// ---------------------------------------------------------------------------------------------------------

const notFound: StatusEntry[] = [
  iis('404.0', {
    phrase: 'Not found',
    aliases: ['File or directory not found'],
    summary: 'IIS found no file or folder at this address; it may have been moved, renamed or deleted.',
    explanation:
      '404.0 is IIS’s plain “not found”: the URL maps to a place on disk where there is no file or folder, and no module or handler produced the content instead. The status line carries only 404; the .0 appears on IIS’s detailed error page and in the sc-substatus field of the IIS log, where it separates genuinely missing files from the many other reasons IIS uses 404 for.',
    causes: [
      'The page was moved, renamed or deleted without a redirect.',
      'A typo in the link or the address.',
      'A deployment that left files out.',
      'A virtual directory or physical path pointing to the wrong folder.',
    ],
    visitorAdvice:
      'Check the address for typos, or start from the site’s home page or search. If a link on the site brought you here, let the owner know it is broken.',
    ownerAdvice:
      'Find the pages that link here (the cs(Referer) field of the IIS log helps), then restore the file or add a 301 redirect with HTTP Redirect or a URL Rewrite rule. Failed Request Tracing shows the physical path IIS tried.',
    crawlerNote:
      'Like any 404, crawlers drop the URL from the index after checking it a few times. Redirect moved content with a 301 to keep its search ranking.',
    retry: 'no',
  }),
  iis('404.1', {
    phrase: 'Site not found',
    aliases: ['Web site not accessible on the requested port'],
    summary: 'No IIS site is available to answer on the IP address, port or host name this request arrived on.',
    explanation:
      'IIS picks the site that answers a request by matching the request’s IP address, port and host name against the site bindings. 404.1 means the request reached the server but no site is available for that combination: the matching site may be stopped, or bound to a different IP address of the server than the one the request used. IIS 6.0 described it as “Web site not accessible on the requested port”.',
    causes: ['The site is bound to one IP address of the server and the request used another.', 'The site that should answer is stopped.'],
    visitorAdvice: 'Check that the address is right, including any port number. If it is, the site is misconfigured; tell its owner.',
    ownerAdvice:
      'Compare the IP address, port and host name of the failing requests with Site Bindings in IIS Manager, and make sure the intended site is started. netsh http show iplisten lists the addresses the Windows HTTP driver listens on.',
    retry: 'no',
  }),
  iis('404.2', {
    phrase: 'ISAPI or CGI restriction',
    aliases: ['Denied by policy', 'Web service extension lockdown policy prevents this request'],
    summary: 'The program that should build this page, an ISAPI extension or CGI executable, is not on the server’s list of allowed programs.',
    explanation:
      'IIS runs ISAPI extensions and CGI programs only when they are listed and allowed under ISAPI and CGI Restrictions (called Web Service Extensions in IIS 6.0). When the handler for a request points to a DLL or executable that is missing from that list or marked Not Allowed, IIS returns 404.2. It typically appears after installing PHP, an older ASP.NET version or a third-party module, or after a .NET Framework repair.',
    causes: [
      'The entry for aspnet_isapi.dll, php-cgi.exe or another program is missing or set to Not Allowed.',
      'The handler’s path differs from the listed path, for example the 32-bit Framework folder instead of Framework64.',
      'Unlisted ISAPI or CGI programs are not allowed (notListedIsapisAllowed or notListedCgisAllowed is false).',
    ],
    visitorAdvice: OWNER_MUST_FIX,
    ownerAdvice:
      'Open ISAPI and CGI Restrictions at server level in IIS Manager and allow the exact DLL or executable that the handler mapping uses (system.webServer/security/isapiCgiRestriction). The paths must match exactly.',
    crawlerNote:
      'Every page behind this handler returns 404 to crawlers, so they will be dropped from the index if it lasts. Fix it quickly rather than waiting for a recrawl.',
    retry: 'no',
  }),
  iis('404.3', {
    phrase: 'MIME type not configured',
    aliases: ['MIME type restriction', 'MIME map policy prevents this request'],
    summary: 'IIS refused to send the file because its extension has no MIME type set up on the server, as with some newer file formats.',
    explanation:
      'For static files, IIS only sends extensions listed in its MIME map, which tells browsers what kind of content they are receiving. A file whose extension is not listed, such as a newer format like .webp, .avif, .woff2 or .webmanifest on an older server, gets 404.3 even though it exists on disk. The same code appears when a script extension such as .php or .svc has no handler, because the request then falls through to the static file handler, which finds no MIME type for it.',
    causes: [
      'A file type whose extension is missing from the MIME Types list.',
      'A script file whose handler (PHP, WCF, ASP.NET) is not installed or not mapped.',
      'A web.config that clears the inherited MIME map.',
    ],
    visitorAdvice: OWNER_MUST_FIX,
    ownerAdvice:
      'Add the extension under MIME Types in IIS Manager, or in web.config under system.webServer/staticContent with a mimeMap element (remove it first if a parent level may already define it, otherwise you get a 500.19). If the file is a script, install and map its handler instead; never publish script source as a static download.',
    crawlerNote: 'Images, fonts or scripts blocked this way make pages render incompletely for crawlers as well as for visitors.',
    retry: 'no',
  }),
  iis('404.4', {
    phrase: 'No handler configured',
    summary: 'IIS has no handler set up to process this kind of request, so nothing could produce a response.',
    explanation:
      'IIS chooses a handler for every request from Handler Mappings, according to its path, extension and method. 404.4 means no mapping matched, not even the static file handler that normally catches everything else. This usually follows a web.config that clears the handler list, or a request for a feature that is not installed.',
    causes: [
      'A web.config that clears the handlers and does not add the StaticFile handler back.',
      'A required IIS role service, such as Static Content or ASP.NET, is not installed.',
      'A handler limited to certain methods while the request used another.',
    ],
    visitorAdvice: OWNER_MUST_FIX,
    ownerAdvice:
      'Open Handler Mappings for the site and check that a handler covers this path and method, including StaticFile with path="*" at the end of the list. Install missing role services in Server Manager; Failed Request Tracing shows the handler selection.',
    retry: 'no',
  }),
  iis('404.5', {
    phrase: 'URL sequence denied',
    aliases: ['Denied by request filtering configuration'],
    summary: 'IIS Request Filtering blocked the request because its URL contains a character sequence the server forbids.',
    explanation:
      'Request Filtering can deny URLs that contain given character sequences, such as .. or a backslash, which are common in attacks. When the URL matches a denied sequence, IIS returns 404.5. The 404 is deliberate: an attacker learns nothing about what exists on the server.',
    causes: [
      'A URL containing a blocked sequence, for example from a path-traversal probe.',
      'A legitimate URL that happens to include a blocked sequence, such as two dots in a file name.',
      'An over-broad rule added by a security baseline or tool.',
    ],
    visitorAdvice: 'If you typed or edited the address, check it for unusual characters. Otherwise tell the site’s owner which link failed.',
    ownerAdvice:
      'Look under Request Filtering > Deny URL Sequences (system.webServer/security/requestFiltering/denyUrlSequences). Narrow a rule that blocks legitimate URLs, or rename the content.',
    retry: 'after-change',
  }),
  iis('404.6', {
    phrase: 'Verb denied',
    summary: 'IIS Request Filtering blocked the request because its HTTP method, such as PUT, DELETE or TRACE, is not allowed.',
    explanation:
      'Request Filtering can allow or deny HTTP methods (verbs). When a request uses a denied method, or any method not on the allow list while unlisted verbs are refused, IIS returns 404.6. Web APIs that need PUT, PATCH or DELETE often run into this on hardened servers.',
    causes: [
      'A security baseline that denies PUT, DELETE, PATCH, OPTIONS or TRACE.',
      'allowUnlisted="false" on verbs with an incomplete allow list.',
      'Cross-origin preflight requests (OPTIONS) blocked.',
    ],
    visitorAdvice: OWNER_MUST_FIX,
    ownerAdvice:
      'Check Request Filtering > HTTP Verbs (requestFiltering/verbs) and allow the methods your application needs. If a method passes Request Filtering but the handler doesn’t accept it, you get 405.0 instead.',
    retry: 'no',
  }),
  iis('404.7', {
    phrase: 'File extension denied',
    summary: 'IIS Request Filtering blocked the request because files with this extension may not be served.',
    explanation:
      'Request Filtering keeps a list of denied file extensions. With ASP.NET installed, it denies types such as .config, .cs, .csproj, .mdb and .vb by default, so source code, configuration and databases cannot be downloaded. A request for such a file, or for any unlisted extension when unlisted extensions are refused, gets 404.7.',
    causes: [
      'A request for a protected file type, such as web.config or a source file.',
      'A legitimate download whose extension is on the deny list, such as a database file the site means to share.',
      'allowUnlisted="false" with the extension missing from the allow list.',
    ],
    visitorAdvice: 'Some file types are blocked on purpose. If you expected to download this file, ask the site’s owner for another way to get it.',
    ownerAdvice:
      'Review Request Filtering > File Name Extensions (requestFiltering/fileExtensions). Allow an extension only after making sure files of that type cannot expose code or secrets.',
    retry: 'no',
  }),
  iis('404.8', {
    phrase: 'Hidden namespace',
    aliases: ['Hidden segment'],
    summary: 'IIS Request Filtering blocked the request because a folder in its path, such as bin or App_Data, is hidden from the web.',
    explanation:
      'Request Filtering can hide whole path segments. With ASP.NET installed, the bin, App_Code, App_Data, App_GlobalResources and similar folders, and web.config itself, are hidden by default because they hold compiled code, data and settings. Any URL containing a hidden segment gets 404.8, whatever follows it.',
    causes: [
      'A direct request for something inside bin, App_Data or another protected folder.',
      'Public content placed in a hidden folder by mistake, such as images in App_Data.',
      'A custom hidden segment that also matches a legitimate folder name.',
    ],
    visitorAdvice: 'This part of the site is protected on purpose. If a link led you here, tell the site’s owner.',
    ownerAdvice:
      'Move public files out of protected folders. Custom entries live under Request Filtering > Hidden Segments (requestFiltering/hiddenSegments); remove one only if you are sure the folder holds nothing sensitive.',
    retry: 'no',
  }),
  iis('404.9', {
    phrase: 'File attribute hidden',
    aliases: ['Files attribute hidden'],
    summary: 'The file exists but has the Windows “hidden” attribute set, and IIS does not serve hidden files.',
    explanation:
      'IIS’s static file handler refuses to send files marked Hidden in the Windows file system and returns 404.9 instead. Files can become hidden when they are copied by tools that preserve attributes from another system, or extracted from certain archives.',
    causes: [
      'The Hidden attribute was set on the file, for example by a copy or sync tool.',
      'A deployment process that preserves file attributes from another system.',
    ],
    visitorAdvice: OWNER_MUST_FIX,
    ownerAdvice: 'Clear the attribute (attrib -h on the file, or untick Hidden in its Properties). If a deployment keeps setting it, fix that step.',
    retry: 'no',
  }),
  iis('404.10', {
    phrase: 'Request header too long',
    summary: 'IIS Request Filtering blocked the request because one of its headers is longer than the server allows.',
    explanation:
      'Request Filtering can cap the size of individual request headers. A header over its limit, very often Cookie after a site has set many or large cookies, gets 404.10. Requests whose headers are too large overall are refused earlier, by the Windows HTTP driver, with 400 Bad Request instead.',
    causes: [
      'Too many or oversized cookies for this site.',
      'A large Authorization header, for example the Kerberos ticket of a user who belongs to many groups.',
      'A strict limit configured for one particular header.',
    ],
    visitorAdvice: 'Clear this site’s cookies, or open it in a private window, and try again.',
    ownerAdvice:
      'Check the limits under Request Filtering > Headers (requestFiltering/requestLimits/headerLimits) and reduce what your site stores in cookies. For large Kerberos tokens, also review the MaxFieldLength and MaxRequestBytes registry settings of the HTTP driver.',
    retry: 'after-change',
  }),
  iis('404.11', {
    phrase: 'Double escape sequence denied',
    aliases: ['Request contains double escape sequence', 'URL double escaped'],
    summary: 'IIS Request Filtering blocked the URL because it still contains encoded characters after decoding, or a plus sign in the path.',
    explanation:
      'Attackers sometimes encode characters twice, for example %252e for a dot, to slip past security checks. IIS decodes the URL path once and, if the result still contains escape sequences, denies it with 404.11. By default the same check also rejects a literal + in the path, so legitimate URLs such as /tags/c++ or file names with plus signs fail too. The query string is not affected.',
    causes: [
      'A plus sign in a path segment, such as a product or tag name.',
      'A percent sign in a file name, which appears as %25 in the URL.',
      'Links that an application URL-encoded twice.',
      'Attack probes using double encoding.',
    ],
    visitorAdvice:
      'If the address contains a plus (+) or percent (%) sign, the link is built in a way this server rejects; tell the site’s owner which link failed.',
    ownerAdvice:
      'Prefer URLs without + or % in the path, for example by replacing + with -. If the application needs them, set allowDoubleEscaping="true" on requestFiltering for that path only, and make sure the application does not decode input twice.',
    crawlerNote: 'URLs with a + in the path return 404 to crawlers as well, so those pages drop out of the index even though they exist.',
    retry: 'after-change',
  }),
  iis('404.12', {
    phrase: 'High-bit characters denied',
    aliases: ['Request contains high-bit characters'],
    summary: 'IIS Request Filtering blocked the URL because it contains non-ASCII characters, which this server is set to refuse.',
    explanation:
      'Request Filtering can refuse URLs containing characters outside basic ASCII, such as accented letters or non-Latin scripts. IIS allows them by default, so 404.12 means an administrator or a security baseline turned allowHighBitCharacters off.',
    causes: [
      'A URL with accented or non-Latin characters, for example in a page slug or file name.',
      'A hardening template that disabled high-bit characters.',
    ],
    visitorAdvice: 'Links containing accented or non-Latin characters do not work on this site; tell the site’s owner.',
    ownerAdvice: 'Set allowHighBitCharacters="true" on requestFiltering if the site uses international URLs, or switch to ASCII-only slugs.',
    retry: 'after-change',
  }),
  iis('404.13', {
    phrase: 'Content length too large',
    aliases: ['CONTENT_LENGTH_TOO_LARGE'],
    summary: 'IIS Request Filtering blocked an upload or form post larger than the server’s limit (about 28.6 MB by default).',
    explanation:
      'Request Filtering caps the size of a request body with maxAllowedContentLength, 30,000,000 bytes (about 28.6 MB) by default. Larger uploads are refused with 404.13 before the application sees them. A “not found” answer to an upload is confusing, which is why this code is worth recognising. ASP.NET applications have a second, separate limit that must be raised as well.',
    causes: [
      'Uploading a file larger than maxAllowedContentLength.',
      'A large form post or API payload.',
      'A client that declares an oversized Content-Length.',
    ],
    visitorAdvice: 'Try a smaller file, for example by compressing or splitting it. If you need to send large files, ask the site’s owner.',
    ownerAdvice:
      'Raise maxAllowedContentLength (in bytes) under system.webServer/security/requestFiltering/requestLimits for the upload path; for ASP.NET also raise httpRuntime maxRequestLength (in kilobytes), and for ASP.NET Core the server’s MaxRequestBodySize. Keep the limits as low as your use allows.',
    retry: 'after-change',
    headers: ['Content-Length'],
  }),
  iis('404.14', {
    phrase: 'URL too long',
    aliases: ['Request URL too long'],
    summary: 'IIS Request Filtering blocked the request because its URL is longer than the server allows (4,096 bytes by default).',
    explanation:
      'Request Filtering limits the length of the URL path with maxUrl, 4,096 bytes by default; the query string is counted separately. Longer URLs get 404.14. URLs beyond the Windows HTTP driver’s own limits are refused even earlier, with 400 or 414.',
    causes: [
      'Very long generated URLs, for example deeply nested categories or data encoded into the path.',
      'A redirect loop that keeps appending to the URL.',
      'Scanners sending oversized URLs.',
    ],
    visitorAdvice: 'If you built the address yourself, shorten it, or start again from the site’s home page. If a link on the site caused it, tell the owner.',
    ownerAdvice:
      'Raise maxUrl under requestFiltering/requestLimits if the application really needs long paths (for ASP.NET, also httpRuntime maxUrlLength). Better still, move data into the query string or request body.',
    retry: 'after-change',
  }),
  iis('404.15', {
    phrase: 'Query string too long',
    summary: 'IIS Request Filtering blocked the request because the part after ? in the URL is too long (2,048 bytes by default).',
    explanation:
      'Request Filtering limits the query string with maxQueryString, 2,048 bytes by default, and refuses longer ones with 404.15. Long query strings often come from sign-in redirects that carry a return URL, from tracking parameters, or from forms that submit many fields with GET.',
    causes: [
      'Sign-in redirects that nest the original URL in a return-URL parameter, sometimes over and over.',
      'Large forms submitted with GET.',
      'Tracking or analytics parameters piling up.',
    ],
    visitorAdvice: 'Remove unneeded parameters after the ? in the address, or start again from the site’s home page.',
    ownerAdvice:
      'Raise maxQueryString under requestFiltering/requestLimits (and httpRuntime maxQueryStringLength for ASP.NET) if needed, but prefer POST for large forms and check for redirect loops that keep growing a return URL.',
    retry: 'after-change',
  }),
  iis('404.16', {
    phrase: 'DAV request sent to static file handler',
    summary: 'A WebDAV request reached IIS’s static file handler, which cannot process it, usually because WebDAV is not enabled.',
    explanation:
      'WebDAV methods such as PROPFIND, MKCOL or LOCK must be handled by the WebDAV module. When WebDAV is not installed or not enabled for the site, these requests fall through to the static file handler, which answers 404.16.',
    causes: [
      'WebDAV Publishing is not installed, or is disabled for the site.',
      'The WebDAV handler was removed in web.config.',
      'A client such as Windows Explorer or Office probing a site that does not offer WebDAV.',
    ],
    visitorAdvice: 'If you were trying to open or save files on the site from Office or a mapped drive, the site does not support that; ask its owner.',
    ownerAdvice:
      'If you want WebDAV, install the WebDAV Publishing role service, enable it under WebDAV Authoring Rules and add authoring rules. If you don’t, these requests can be ignored, or the WebDAV verbs denied with Request Filtering.',
    retry: 'no',
  }),
  iis('404.17', {
    phrase: 'Dynamic content mapped to static file handler',
    summary: 'The page is a script, but no matching script handler could run it, and IIS will not send it as a plain file.',
    explanation:
      'When a request for dynamic content, such as an .aspx, .php or .svc page, has no usable script handler, it falls through to the static file handler. IIS will not hand out script files as downloads, so it returns 404.17. The usual reason is a handler whose preconditions (Classic or Integrated pipeline, 32- or 64-bit, .NET CLR version) do not match the application pool, which makes IIS skip that handler.',
    causes: [
      'Handler preconditions that do not match the application pool’s pipeline mode, bitness or .NET version.',
      'ASP.NET or another runtime not installed or not registered.',
      'A wildcard mapping that sends everything to the static file handler.',
    ],
    visitorAdvice: OWNER_MUST_FIX,
    ownerAdvice:
      'Compare the handler’s preCondition (for example classicMode,runtimeVersionv4.0,bitness32) with the application pool’s Advanced Settings: .NET CLR Version, Enable 32-Bit Applications and Managed Pipeline Mode. Change whichever side is wrong, or install the missing runtime (for ASP.NET 4.x, the ASP.NET 4.x role service).',
    crawlerNote: 'Every dynamic page returns 404 while this lasts, so search engines may drop them; fix it before they recrawl.',
    retry: 'no',
  }),
  iis('404.18', {
    phrase: 'Query string sequence denied',
    aliases: ['Querystring sequence denied'],
    summary: 'IIS Request Filtering blocked the request because its query string contains a sequence the server denies.',
    explanation:
      'Since IIS 7.5, Request Filtering can refuse requests whose query string contains given sequences, typically fragments of SQL injection or script attacks, and answers a match with 404.18. Such rules are blunt: a legitimate search for the same text is blocked too.',
    causes: [
      'A query string containing a denied sequence, such as a SQL keyword.',
      'A legitimate search term that happens to match a rule.',
      'An attack probe.',
    ],
    visitorAdvice: 'If you typed a search or filter, try different wording. Otherwise tell the site’s owner.',
    ownerAdvice:
      'Review Request Filtering > Query Strings (requestFiltering/denyQueryStringSequences) and narrow rules that catch real users. The real defence against injection belongs in the application.',
    retry: 'after-change',
  }),
  iis('404.19', {
    phrase: 'Denied by filtering rule',
    summary: 'A custom IIS Request Filtering rule matched this request and blocked it.',
    explanation:
      'Request Filtering rules (IIS 7.5 and later) look for given strings in the URL, the query string or chosen headers, optionally only for certain file extensions, and deny matching requests with 404.19. Administrators use them to block attack patterns, particular user agents or unwanted bots.',
    causes: [
      'A rule that matches a string in the URL, query string or a header such as User-Agent.',
      'A rule aimed at attackers that also catches real users or tools.',
    ],
    visitorAdvice: 'Try again without browser extensions or tools that change your requests. If it still fails, tell the site’s owner.',
    ownerAdvice:
      'Check Request Filtering > Rules (requestFiltering/filteringRules); Failed Request Tracing shows which rule matched. Narrow or remove rules that block legitimate traffic.',
    crawlerNote:
      'A rule that matches crawler user agents returns 404 to search engines, which then drop the pages. Make sure verified crawlers are not caught.',
    retry: 'after-change',
  }),
  iis('404.20', {
    phrase: 'Too many URL segments',
    summary: 'IIS blocked the request because its path has more slash-separated segments than the site allows (32 by default).',
    explanation:
      'Since IIS 8.0, each site has a limit on how many segments, the parts between slashes, a URL path may contain. It is set with maxUrlSegments in the site’s limits and is 32 by default. Deeper paths get 404.20; the limit protects the server from absurdly nested URLs.',
    causes: [
      'Deeply nested folder or category structures.',
      'Relative links resolved against the wrong base, which keep adding path segments.',
      'Scanners generating very deep paths.',
    ],
    visitorAdvice: 'Start again from the site’s home page. If a link on the site led here, tell its owner.',
    ownerAdvice:
      'Find the link that produces the deep path (relative links are the usual culprit). If the structure is intentional, raise maxUrlSegments in the site’s limits element in applicationHost.config.',
    retry: 'after-change',
  }),
  ...ipRestrictionEntries(404),
];

// ---------------------------------------------------------------------------------------------------------
// 405.0, 406.0, 412.0, 413.0
// ---------------------------------------------------------------------------------------------------------

const otherClientErrors: StatusEntry[] = [
  iis('405.0', {
    phrase: 'Method not allowed',
    aliases: ['HTTP verb used to access this page is not allowed'],
    summary: 'The handler for this URL does not accept the HTTP method used, for example a form POST sent to a plain HTML file.',
    explanation:
      'The request passed Request Filtering, but the handler IIS chose for the URL is not set up for this method. Typical cases are a form that posts to a static .html page, which the static file handler can only read, and web APIs whose PUT and DELETE requests are intercepted by IIS’s WebDAV module before they reach the application.',
    causes: [
      'A form that posts to a static page instead of a script.',
      'The WebDAV module intercepting PUT or DELETE requests meant for the application.',
      'A handler mapping whose verb list leaves out the method.',
      'The application itself rejecting the method.',
    ],
    visitorAdvice: 'If you submitted a form, go back and try again from the site’s own page. If it keeps failing, tell the site’s owner.',
    ownerAdvice:
      'Check the verbs allowed for the handler under Handler Mappings > Request Restrictions > Verbs. For web APIs, remove the WebDAVModule and the WebDAV handler in the application’s web.config, or uninstall WebDAV Publishing if nothing uses it. The Allow response header lists the accepted methods.',
    retry: 'after-change',
    headers: ['Allow'],
  }),
  iis('406.0', {
    phrase: 'Invalid MIME type',
    aliases: ['Client browser does not accept the MIME type of the requested page'],
    summary: 'IIS could not send the file in a format the client says it accepts, or the client’s Accept header is malformed.',
    explanation:
      'Clients list the content types they can handle in the Accept header. IIS returns 406.0 when that header contains a value it cannot parse, or when the requested file’s type matches nothing the client accepts. Browsers send permissive Accept headers, so in practice this comes from scripts, API clients or tools that send unusual headers.',
    causes: [
      'A malformed Accept header.',
      'An API client that accepts only one type, such as application/json, requesting a file IIS serves as another.',
      'A proxy or extension that rewrote the Accept header.',
    ],
    visitorAdvice: 'Try another browser, or disable extensions that modify request headers. Otherwise tell the site’s owner.',
    ownerAdvice:
      'Log the Accept header (Failed Request Tracing or advanced logging) and fix the client. Check that the MIME type IIS assigns to the file under MIME Types is the one clients expect.',
    retry: 'after-change',
    headers: ['Accept'],
  }),
  iis('412.0', {
    phrase: 'Precondition failed',
    summary: 'The request carried a condition, such as If-Match, that turned out false on the server, so IIS did not carry it out.',
    explanation:
      'Conditional headers let a client say “only do this if the file is still the version I have”. IIS returns 412.0 when such a condition does not hold, most often an If-Match entity tag that no longer matches because the file changed after the client read it. This keeps one client from silently overwriting another’s changes.',
    causes: [
      'The file changed after the client fetched it, so its entity tag no longer matches.',
      'In a web farm, a client sending an entity tag from one server to another that generates different ones.',
      'An invalid value in If-Match.',
    ],
    visitorAdvice: 'Reload the page to get the current version, then repeat what you were doing.',
    ownerAdvice:
      'If entity tags differ between the servers of a farm, keep their IIS configuration identical or stop relying on ETag validation there; otherwise fix the client’s conditional request.',
    retry: 'after-change',
    headers: ['If-Match', 'If-Unmodified-Since', 'ETag'],
  }),
  iis('413.0', {
    phrase: 'Request entity too large',
    summary: 'IIS refused the request because its body was larger than IIS was prepared to accept or buffer.',
    explanation:
      'IIS returns 413.0 when the request body exceeds a limit it must enforce before reading the body, typically uploadReadAheadSize. That matters on HTTPS sites that require or accept client certificates: to ask for a certificate in the middle of a connection, IIS must first buffer the whole body, so it refuses bodies larger than the buffer. Request Filtering’s general upload limit is reported differently, as 404.13.',
    causes: [
      'An upload to a folder that requires or accepts client certificates, larger than uploadReadAheadSize (49,152 bytes by default).',
      'An ISAPI extension or module that refuses large bodies.',
      'A client sending far more data than the endpoint expects.',
    ],
    visitorAdvice: 'Try a smaller file or fewer attachments. If you need to send large files, ask the site’s owner.',
    ownerAdvice:
      'Raise uploadReadAheadSize under system.webServer/serverRuntime for the affected site, or have the HTTPS binding negotiate client certificates at the start of the connection (clientcertnegotiation=enable on its netsh http sslcert binding), so IIS never has to renegotiate mid-request.',
    retry: 'after-change',
    headers: ['Content-Length'],
  }),
];

// ---------------------------------------------------------------------------------------------------------
// 500.x Internal Server Error
// ---------------------------------------------------------------------------------------------------------

const internalServerError: StatusEntry[] = [
  iis('500.0', {
    phrase: 'Module or ISAPI error occurred',
    summary: 'A module, handler or ISAPI extension inside IIS failed while processing the request; the detailed error names which one.',
    explanation:
      '500.0 is IIS’s general internal error: something in the request pipeline reported a failure, whether an IIS module, a managed handler such as ASP.NET, an ISAPI extension, or the URL Rewrite module. IIS’s detailed error page, shown by default only on the server itself, lists the module, notification, handler and error code involved, which is where diagnosis starts. The ASP.NET Core Module uses 500.0 too, for “In-Process Handler Load Failure”, an unknown error while loading its own components.',
    causes: [
      'An unhandled error in the application’s code.',
      'A handler mapped to a runtime that is missing or of the wrong bitness.',
      'Permission problems reading web.config or loading a DLL.',
      'A broken or incompatible third-party module.',
    ],
    visitorAdvice: 'Try again in a moment. If the error persists, tell the site’s owner when and where it happened.',
    ownerAdvice:
      'Open the page from the server itself to see the detailed error, or turn on Failed Request Tracing for status 500 to capture the module and error code. Check the Application event log. For ASP.NET Core, enable the stdout log in web.config and repair the Hosting Bundle if its components fail to load.',
    retry: 'later',
  }),
  iis('500.11', {
    phrase: 'Application is shutting down',
    aliases: ['Application is shutting down on the web server'],
    summary: 'The application that should answer is shutting down on the server, so IIS could not hand it the request.',
    explanation:
      'IIS returns 500.11 when a request arrives for an application, or its application pool, that is in the middle of shutting down, for example during a recycle or after a configuration change. It normally lasts only seconds. If it persists, something is stopping the application from shutting down cleanly.',
    causes: [
      'An application pool recycle or restart in progress.',
      'A deployment that changed web.config or the bin folder.',
      'An application that hangs while shutting down.',
    ],
    visitorAdvice: WAIT_AND_RELOAD,
    ownerAdvice:
      'Check the System event log (WAS events) for recycles, and schedule recycles and deployments for quiet periods. If 500.11 persists, take a memory dump of the worker process to see what blocks shutdown.',
    retry: 'later',
  }),
  iis('500.12', {
    phrase: 'Application is busy restarting',
    aliases: ['Application is busy restarting on the web server'],
    summary: 'The application is restarting on the server and could not take the request yet.',
    explanation:
      'IIS returns 500.12 when the destination application is busy restarting; a reload usually succeeds. When it keeps coming back on a Classic ASP site, Microsoft points to antivirus software that repeatedly touches Global.asa, which makes the application restart again and again.',
    causes: [
      'A restart triggered by a change to configuration or application files.',
      'Antivirus software scanning Global.asa or other watched files.',
      'An application that fails while starting and keeps restarting.',
    ],
    visitorAdvice: WAIT_AND_RELOAD,
    ownerAdvice:
      'Exclude the site’s content folders, especially Global.asa and web.config, from real-time antivirus scanning, and look in the event logs for repeated restarts and their cause.',
    retry: 'later',
  }),
  iis('500.13', {
    phrase: 'Web server is too busy',
    summary: 'The server is too busy to accept any more requests right now.',
    explanation:
      'IIS returns 500.13 when the number of concurrent requests exceeds what the application can process. It can mean a genuine traffic surge, but often the application is stuck, with requests piling up behind a slow database, a lock or an external service. Microsoft recommends taking memory dumps of the worker process while the error is happening.',
    causes: [
      'A traffic surge beyond the server’s capacity.',
      'Requests blocked on slow back-end calls, so worker threads run out.',
      'Performance settings set too low for the workload.',
      'Insufficient hardware.',
    ],
    visitorAdvice: TRY_LATER,
    ownerAdvice:
      'Watch the queued and current request counters, capture a memory dump (for example with DebugDiag or ProcDump) while the error occurs, and fix the blocking code path before raising any limits.',
    retry: 'later',
  }),
  entry('500.14', {
    phrase: 'Invalid application configuration',
    aliases: ['Invalid application configuration on the server'],
    summary: 'IIS 6.0 and earlier only: the application’s configuration on the server is invalid.',
    explanation:
      'IIS 5.x and 6.0 used 500.14 when an application’s settings in the IIS metabase were invalid. IIS 7.0 and later keep configuration in XML files and report such problems differently, mainly as 500.19.',
    causes: ['Invalid application settings in the IIS 6.0 metabase.'],
    visitorAdvice: OWNER_MUST_FIX,
    ownerAdvice:
      'On IIS 6.0, review the application’s settings in IIS Manager or Metabase Explorer. On current IIS, look for a 500.19 and fix the configuration file it names.',
    retry: 'no',
    spec: IIS6_SPEC,
  }),
  iis('500.15', {
    phrase: 'Direct requests for Global.asax are not allowed',
    aliases: ['Direct requests for Global.asa are not allowed'],
    summary: 'Someone requested the application file Global.asa or Global.asax directly, which IIS never serves.',
    explanation:
      'Global.asa (Classic ASP) and Global.asax (ASP.NET) contain application start-up and event code. They exist to be run by the server, never to be downloaded, so IIS answers a direct request for them with 500.15. Despite the 500, the server is fine; the request should not have been made. On servers with ASP.NET installed, Request Filtering usually stops requests for .asax files first, with 404.7.',
    causes: ['A security scanner or attacker probing for application files.', 'A mistyped or generated link to Global.asa or Global.asax.'],
    visitorAdvice: 'There is no page to see at this address; go to the site’s home page instead.',
    ownerAdvice:
      'Nothing needs fixing unless a link on your site points here. If scanners cause many of these, deny the .asa extension with Request Filtering so they get a 404 instead.',
    retry: 'no',
  }),
  entry('500.16', {
    phrase: 'UNC authorization credentials incorrect',
    summary: 'IIS 6.0 only: the credentials IIS uses to reach the site’s content on a network share were rejected.',
    explanation:
      'When a site’s content lives on a network share (a UNC path such as \\\\server\\share), IIS connects with configured credentials or with the visitor’s own. IIS 6.0 returned 500.16 when those credentials were refused. Later IIS versions no longer use this code.',
    causes: [
      'The account set for the virtual directory (“Connect as”) has a wrong or expired password.',
      'The share or NTFS permissions exclude that account.',
    ],
    visitorAdvice: OWNER_MUST_FIX,
    ownerAdvice:
      'Update the credentials of the virtual directory and check the share permissions. On IIS 7.0 and later the same setting is under Basic Settings > Connect as.',
    retry: 'no',
    spec: IIS6_SPEC,
  }),
  entry('500.17', {
    phrase: 'URL authorization store cannot be found',
    summary: 'IIS 6.0 only: the Authorization Manager store used for URL authorization could not be found.',
    explanation:
      'IIS 6.0 URL authorization relied on an Authorization Manager (AzMan) policy store, kept in an XML file or in Active Directory. 500.17 meant the configured store did not exist at the given location. Later IIS versions replaced the feature and do not use this code.',
    causes: ['The store file or directory object was moved or deleted.', 'The application points to a wrong store location.'],
    visitorAdvice: OWNER_MUST_FIX,
    ownerAdvice: 'Check the application’s AzStoreName metabase setting and make sure the store file or Active Directory object exists.',
    retry: 'no',
    spec: IIS6_SPEC,
  }),
  entry('500.18', {
    phrase: 'URL authorization store cannot be opened',
    summary: 'IIS 6.0 only: the Authorization Manager store used for URL authorization exists but could not be opened.',
    explanation:
      'Like 500.17, this concerns IIS 6.0’s Authorization Manager-based URL authorization. Here the store was found but could not be opened, usually because the worker process identity could not read it or the store was damaged.',
    causes: ['The application pool identity lacks read access to the store.', 'A corrupt store file.'],
    visitorAdvice: OWNER_MUST_FIX,
    ownerAdvice: 'Give the application pool identity read access to the store, and check the store in the Authorization Manager console.',
    retry: 'no',
    spec: IIS6_SPEC,
  }),
  iis('500.19', {
    phrase: 'Configuration data is invalid',
    aliases: ['Data for this file is configured improperly in the metabase'],
    summary: 'IIS could not read the site’s configuration, usually a faulty web.config or applicationHost.config; the error names the file and line.',
    explanation:
      'Before handling a request, IIS reads applicationHost.config and every web.config along the URL’s path. If any of them is malformed, uses a section that is locked at a higher level, refers to a module that is not installed, or cannot be read, IIS stops with 500.19. The detailed error page gives the configuration file, the line and an HRESULT code that identifies the kind of problem. In IIS 6.0 the same number meant bad metabase data for the requested file.',
    causes: [
      'Malformed XML, or an element from a module that is not installed, such as URL Rewrite (HRESULT 0x8007000d).',
      'A section locked at server level, such as handlers or modules (0x80070021).',
      'IIS_IUSRS or the application pool identity cannot read web.config (0x80070005).',
      'A duplicate entry, such as the same mimeMap or authorization rule added twice (0x800700b7).',
      'A reference to a DLL that is missing or of the wrong bitness (0x8007007e, 0x800700c1).',
    ],
    visitorAdvice: OWNER_MUST_FIX,
    ownerAdvice:
      'Open the page from the server itself to see the detailed error with file, line and HRESULT. Fix or remove the offending element, install missing modules (URL Rewrite, the ASP.NET Core Hosting Bundle), unlock sections (overrideMode in applicationHost.config or Feature Delegation in IIS Manager), and give IIS_IUSRS read access to the site folder.',
    crawlerNote: 'The whole site or application returns 500 while this lasts. Search engines slow down crawling, and drop URLs if the error persists for days.',
    retry: 'no',
  }),
  entry('500.20', {
    phrase: 'URL authorization scope cannot be found',
    summary: 'IIS 6.0 only: the URL authorization scope named for this application does not exist in the Authorization Manager store.',
    explanation:
      'In IIS 6.0 URL authorization, each application referred to a scope inside the Authorization Manager store. 500.20 meant the store could be opened but the named scope was missing. Microsoft’s current documentation does not list this code; it comes from IIS 6.0-era error lists.',
    causes: ['The scope was renamed or deleted in the store.', 'The application names a scope that was never created.'],
    visitorAdvice: OWNER_MUST_FIX,
    ownerAdvice: 'Compare the application’s AzScopeName metabase setting with the scopes defined in the store.',
    retry: 'no',
  }),
  iis('500.21', {
    phrase: 'Module not recognized',
    summary: 'A handler refers to a module IIS doesn’t know, typically because ASP.NET is not installed or registered.',
    explanation:
      'Every handler mapping names the module that does the work. 500.21 means the handler chosen for the request lists a module that is not installed or not enabled. The classic message, “Handler PageHandlerFactory-Integrated has a bad module ManagedPipelineHandler in its module list”, appears when an ASP.NET site lands on a server where ASP.NET has not been set up.',
    causes: [
      'The ASP.NET 4.x (or 3.5) role service is not installed.',
      'ASP.NET was registered before IIS was installed, on older Windows versions.',
      'A web.config that refers to a module removed from the server.',
    ],
    visitorAdvice: OWNER_MUST_FIX,
    ownerAdvice:
      'Install the ASP.NET 4.x role service (Server Manager, or Install-WindowsFeature Web-Asp-Net45); on Windows Server 2008 R2 and earlier run aspnet_regiis -i from the matching Framework folder. Then compare the modules named in Handler Mappings with the list under Modules.',
    retry: 'no',
  }),
  iis('500.22', {
    phrase: 'httpModules not valid in Integrated mode',
    aliases: [
      'An ASP.NET httpModules configuration does not apply in Managed Pipeline mode',
      'An ASP.NET setting has been detected that does not apply in Integrated managed pipeline mode',
    ],
    summary: 'The app registers ASP.NET modules in the old system.web/httpModules section, which IIS’s Integrated mode does not read.',
    explanation:
      'IIS 7 and later run ASP.NET in the Integrated pipeline by default, where modules must be registered under system.webServer/modules. An application written for IIS 6 or Classic mode that still lists modules under system.web/httpModules triggers 500.22, so the modules are not silently ignored. Microsoft’s table calls the mode “Managed Pipeline mode”; it means Integrated mode.',
    causes: ['An older ASP.NET application moved to IIS 7 or later.', 'A package or tool that added an httpModules entry.'],
    visitorAdvice: OWNER_MUST_FIX,
    ownerAdvice:
      'Migrate the configuration with appcmd migrate config "Site/app" (in %windir%\\system32\\inetsrv), or move the entries to system.webServer/modules yourself. As a stopgap, run the application in a Classic pipeline application pool, or set validateIntegratedModeConfiguration="false" under system.webServer/validation once both sections are in place.',
    retry: 'no',
  }),
  iis('500.23', {
    phrase: 'httpHandlers not valid in Integrated mode',
    aliases: [
      'An ASP.NET httpHandlers configuration does not apply in Managed Pipeline mode',
      'An ASP.NET setting has been detected that does not apply in Integrated managed pipeline mode',
    ],
    summary: 'The app registers ASP.NET handlers in the old system.web/httpHandlers section, which IIS’s Integrated mode does not read.',
    explanation:
      'This is the handler counterpart of 500.22: in the Integrated pipeline, handlers belong under system.webServer/handlers. IIS returns 500.23 when system.web/httpHandlers contains entries that would otherwise be ignored.',
    causes: ['An older ASP.NET application moved to IIS 7 or later.', 'A package or tool that added an httpHandlers entry.'],
    visitorAdvice: OWNER_MUST_FIX,
    ownerAdvice:
      'Run appcmd migrate config for the application, or move the handler entries to system.webServer/handlers. Alternatives are a Classic pipeline application pool, or validateIntegratedModeConfiguration="false" once both sections are in place.',
    retry: 'no',
  }),
  iis('500.24', {
    phrase: 'Impersonation not valid in Integrated mode',
    aliases: [
      'An ASP.NET impersonation configuration does not apply in Managed Pipeline mode',
      'An ASP.NET setting has been detected that does not apply in Integrated managed pipeline mode',
    ],
    summary: 'The app turns on ASP.NET impersonation, which does not fully work in IIS’s Integrated pipeline.',
    explanation:
      'An application with identity impersonate="true" under system.web asks ASP.NET to run as the signed-in user. In Integrated mode impersonation cannot take effect during the earliest stages of a request, so IIS refuses to run the application with 500.24 rather than let it behave inconsistently.',
    causes: [
      'identity impersonate="true" in web.config, common in intranet applications moved from IIS 6.',
      'A machine-level setting inherited by the application.',
    ],
    visitorAdvice: OWNER_MUST_FIX,
    ownerAdvice:
      'If the application doesn’t need impersonation in those early stages, set validateIntegratedModeConfiguration="false" under system.webServer/validation. Otherwise run it in a Classic pipeline application pool, or change it to impersonate only where needed.',
    retry: 'no',
  }),
  iis('500.50', {
    phrase: 'URL Rewrite error in inbound rules',
    aliases: ['A rewrite error occurred during RQ_BEGIN_REQUEST notification handling'],
    summary: 'The IIS URL Rewrite module failed while reading its configuration or running inbound rules at the start of the request.',
    explanation:
      'URL Rewrite applies inbound rules early in every request, at the BeginRequest stage, which is also when it reads the distributed rule configuration from web.config files. 500.50 means something failed there: the rules could not be loaded, or a rule failed while running, for example because of an invalid pattern or an attempt to set a server variable that is not allowed.',
    causes: [
      'An invalid regular expression or back-reference in a rule.',
      'A rule that sets a server variable not listed under Allowed Server Variables.',
      'A rewrite map or custom provider that cannot be found.',
    ],
    visitorAdvice: OWNER_MUST_FIX,
    ownerAdvice:
      'Open URL Rewrite for the site in IIS Manager, where broken rules are flagged. Failed Request Tracing with the Rewrite area of the WWW Server provider shows which rule failed; add any server variables the rules set under View Server Variables.',
    retry: 'no',
  }),
  iis('500.51', {
    phrase: 'URL Rewrite error in global rules',
    aliases: ['A rewrite error occurred during GL_PRE_BEGIN_REQUEST notification handling'],
    summary: 'The IIS URL Rewrite module failed while reading or running its global, server-wide rules.',
    explanation:
      'Global rewrite rules are defined once for the whole server in applicationHost.config and run before any site’s rules, at the PreBeginRequest stage. 500.51 means the global rule configuration could not be read, or a global rule failed while running.',
    causes: ['An invalid pattern or action in a global rule.', 'A global rule that refers to a missing rewrite map or provider.'],
    visitorAdvice: OWNER_MUST_FIX,
    ownerAdvice:
      'Select the server node in IIS Manager and open URL Rewrite to review the global rules; Failed Request Tracing with the Rewrite area names the failing rule.',
    retry: 'no',
  }),
  iis('500.52', {
    phrase: 'URL Rewrite error in outbound rules',
    aliases: ['A rewrite error occurred during RQ_SEND_RESPONSE notification handling'],
    summary: 'An IIS URL Rewrite outbound rule failed while rewriting the response, often because the response was already compressed.',
    explanation:
      'Outbound rules rewrite the response, such as links in HTML or response headers, as it is sent (the SendResponse stage). 500.52 means an outbound rule failed. By far the most common reason is that the response is already compressed with gzip or deflate, by the application, by a back-end server behind ARR, or by IIS itself, and outbound rules cannot edit compressed content.',
    causes: [
      'Outbound rules applied to a compressed response.',
      'An invalid pattern or precondition in an outbound rule.',
      'A rule that sets a response header or server variable it may not change.',
    ],
    visitorAdvice: OWNER_MUST_FIX,
    ownerAdvice:
      'Make rewriting happen before compression. For content proxied through ARR, clear the HTTP_ACCEPT_ENCODING server variable in the inbound rule so the back end replies uncompressed; for local content, set dynamicCompressionBeforeCache="false" or restrict the rule with a precondition. Failed Request Tracing names the failing rule.',
    retry: 'no',
  }),
  iis('500.53', {
    phrase: 'URL Rewrite error in outbound rules before caching',
    aliases: ['A rewrite error occurred during RQ_RELEASE_REQUEST_STATE notification handling'],
    summary: 'An IIS URL Rewrite outbound rule that runs before the output cache is updated failed while processing the response.',
    explanation:
      'Outbound rules can run at two points. Rules set to run before IIS stores the response in its output cache (rewriteBeforeCache on outboundRules) run at the ReleaseRequestState stage, and 500.53 means one of them failed. The causes match those of 500.52, compressed responses included.',
    causes: ['Outbound rules applied to a compressed response.', 'An invalid pattern or precondition in an outbound rule.'],
    visitorAdvice: OWNER_MUST_FIX,
    ownerAdvice:
      'Treat it like 500.52: make sure responses are not compressed before outbound rules run, and use Failed Request Tracing with the Rewrite area to find the rule. Turning off rewriteBeforeCache moves the rules to the later stage.',
    retry: 'no',
  }),
  iis('500.100', {
    phrase: 'Internal ASP error',
    summary: 'A Classic ASP page failed with a script or run-time error while it was running.',
    explanation:
      '500.100 comes from Classic ASP (.asp pages) when a script raises an error it does not handle: a syntax error, a failed database call, a missing COM component. IIS appends the ASP error number and line to the query field of its log entry, and the browser shows the details only if the server is set to send them.',
    causes: [
      'A VBScript or JScript error in the page.',
      'A database or COM component that fails or is unavailable.',
      'Missing permissions for the account the script runs as.',
    ],
    visitorAdvice: 'Try again later. If the error persists, tell the site’s owner which page failed.',
    ownerAdvice:
      'Read the cs-uri-query field of the IIS log, where ASP records the line number and error code. While debugging, set ASP > Debugging Properties > Send Errors To Browser to True (scriptErrorSentToBrowser), never on a public server. Failed Request Tracing also captures ASP errors.',
    retry: 'later',
  }),
];

// ---------------------------------------------------------------------------------------------------------
// ASP.NET Core Module (ANCM) start-up failures
// ---------------------------------------------------------------------------------------------------------

/** ANCM entries share their reference, origin and (unless overridden) the visitor advice. */
function ancm(code: string, d: Omit<Draft, 'visitorAdvice'> & { visitorAdvice?: string }): StatusEntry {
  return entry(code, { spec: ANCM_SPEC, origin: ORIGINS.aspnetCoreModule, ...d, visitorAdvice: d.visitorAdvice ?? ANCM_VISITOR });
}

const ANCM_CRAWLER =
  'Every URL of the application returns a 5xx error until it starts. Search engines slow down crawling and, if it lasts for days, drop pages from the index.';

const aspNetCoreModule: StatusEntry[] = [
  ancm('500.30', {
    phrase: 'ASP.NET Core app failed to start',
    aliases: ['ANCM In-Process Start Failure', 'In-Process Startup Failure'],
    summary: 'The ASP.NET Core app hosted in IIS could not start, or crashed while starting, so no request can be served.',
    explanation:
      'With in-process hosting, the ASP.NET Core Module (ANCM) loads the .NET runtime and the app into the IIS worker process. 500.30 means that start-up failed: the runtime could not start, the app threw an exception during start-up, or it started and then stopped. The browser page says only that the app failed to start; the actual reason is in the Windows Application event log and, when enabled, in ANCM’s stdout log.',
    causes: [
      'An exception in start-up code, such as a missing configuration value or connection string.',
      'The app targets a version of the ASP.NET Core shared framework that is not installed on the server.',
      'A service needed at start-up, such as Azure Key Vault or a database, is unreachable or denies access.',
      'The application pool identity lacks permission to files or folders the app uses.',
    ],
    ownerAdvice:
      'Check the Application event log (source “IIS AspNetCore Module V2”). Then set stdoutLogEnabled="true" and a stdoutLogFile path on the aspNetCore element in web.config, reproduce, and switch it off again afterwards. Running the app from a command prompt in its folder (dotnet app.dll, or the app’s .exe) often shows the exception directly.',
    crawlerNote: ANCM_CRAWLER,
    retry: 'later',
  }),
  ancm('500.31', {
    phrase: 'Failed to find native dependencies',
    aliases: ['ANCM Failed to Find Native Dependencies'],
    summary: 'ASP.NET Core could not start in IIS because the .NET runtime version the app needs is not installed on the server.',
    explanation:
      'During in-process start-up, the ASP.NET Core Module looks for the .NET runtime the app was built for. 500.31 means it was not found, most often because the Microsoft.NETCore.App or Microsoft.AspNetCore.App version the app targets is not installed. The event log message lists the versions that are installed next to the one requested.',
    causes: [
      'The server lacks the runtime version the app targets, for example after the app moved to a new major .NET version.',
      'Only the 64-bit runtime is installed while the application pool runs 32-bit, or the other way round.',
      'A damaged runtime installation.',
    ],
    ownerAdvice:
      'Install the matching .NET Hosting Bundle (dotnet --list-runtimes shows what is present), retarget the app to an installed version, or publish it self-contained. Restart IIS after installing the Hosting Bundle.',
    crawlerNote: ANCM_CRAWLER,
    retry: 'no',
  }),
  ancm('500.32', {
    phrase: 'Failed to load DLL',
    aliases: ['ANCM Failed to Load dll'],
    summary: 'ASP.NET Core could not load the app into IIS, usually because the app and the application pool differ in bitness (32 vs 64).',
    explanation:
      'In-process hosting loads the app into the IIS worker process, so the app’s processor architecture must match the process. 500.32 means loading failed, typically because the app was published for 64-bit while the application pool has “Enable 32-Bit Applications” turned on, or published for 32-bit in a 64-bit pool.',
    causes: [
      'A bitness mismatch between the published app and the application pool.',
      'A Platform or RuntimeIdentifier setting in the project that differs from the deployment target.',
      'A missing or damaged native DLL.',
    ],
    ownerAdvice:
      'Republish for the worker process’s architecture, or change Enable 32-Bit Applications in the pool’s Advanced Settings to match. Publishing framework-dependent without a runtime identifier also avoids the mismatch.',
    retry: 'no',
  }),
  ancm('500.33', {
    phrase: 'Request handler load failure',
    aliases: ['ANCM Request Handler Load Failure'],
    summary: 'The ASP.NET Core Module could not load the app’s request handler, usually because the app does not target ASP.NET Core.',
    explanation:
      'ANCM can host only apps that use the Microsoft.AspNetCore.App shared framework. If the app’s runtimeconfig.json does not reference it, as with a console app, a worker service or a misconfigured project published to IIS, the module cannot find its request handler and returns 500.33.',
    causes: [
      'The project does not use the web SDK (Microsoft.NET.Sdk.Web) or reference Microsoft.AspNetCore.App.',
      'A runtimeconfig.json that is missing or out of date in the deployment.',
    ],
    ownerAdvice:
      'Check that the app’s .runtimeconfig.json lists Microsoft.AspNetCore.App among its frameworks and that the project uses Microsoft.NET.Sdk.Web, then republish the complete output.',
    retry: 'no',
  }),
  ancm('500.34', {
    phrase: 'Mixed hosting models not supported',
    aliases: ['ANCM Mixed Hosting Models Not Supported'],
    summary: 'One IIS application pool is trying to run ASP.NET Core apps with both in-process and out-of-process hosting, which cannot work.',
    explanation:
      'ASP.NET Core apps behind IIS run either in-process, inside the worker process, or out-of-process, in a separate Kestrel process. A single worker process cannot host both kinds, so when apps with different hostingModel settings share an application pool, the one that loads second fails with 500.34.',
    causes: [
      'Two apps in the same pool with different hostingModel values in web.config.',
      'One app switched to in-process hosting while a sibling app still runs out-of-process.',
    ],
    ownerAdvice: 'Give each ASP.NET Core app its own application pool, which is recommended anyway, or make their hostingModel settings match.',
    retry: 'no',
  }),
  ancm('500.35', {
    phrase: 'Multiple in-process applications in the same process',
    aliases: ['ANCM Multiple In-Process Applications in same Process'],
    summary: 'Two in-process ASP.NET Core apps share one IIS application pool, but each worker process can host only one of them.',
    explanation:
      'An IIS worker process can load only one in-process ASP.NET Core app. When a second in-process app in the same application pool receives a request, ANCM answers it with 500.35. The first app keeps working, which makes the problem look random until you check which apps share the pool.',
    causes: [
      'Several in-process apps, such as a site and an application beneath it, assigned to one pool.',
      'A new app created under an existing site without its own pool.',
    ],
    ownerAdvice:
      'Create a separate application pool for each in-process ASP.NET Core app (with .NET CLR version set to No Managed Code), or switch all but one of them to out-of-process hosting.',
    retry: 'no',
  }),
  ancm('500.36', {
    phrase: 'Out-of-process handler load failure',
    aliases: ['ANCM Out-Of-Process Handler Load Failure'],
    summary: 'The ASP.NET Core Module could not load its out-of-process handler, which points to a damaged installation of the module.',
    explanation:
      'For out-of-process hosting, ANCM loads aspnetcorev2_outofprocess.dll, which must sit next to aspnetcorev2.dll. 500.36 means it could not be loaded: the ASP.NET Core Module, installed by the .NET Hosting Bundle, is incomplete or corrupt.',
    causes: [
      'A partial or damaged Hosting Bundle installation.',
      'Module files removed by a clean-up tool or antivirus software.',
      'Mismatched file versions after a failed update.',
    ],
    ownerAdvice: 'Repair or reinstall the .NET Hosting Bundle (or Visual Studio, for IIS Express), then restart IIS.',
    retry: 'no',
  }),
  ancm('500.37', {
    phrase: 'Failed to start within startup time limit',
    aliases: ['ANCM Failed to Start Within Startup Time Limit'],
    summary: 'The ASP.NET Core app took longer to start than the module allows (120 seconds by default), so IIS gave up on this request.',
    explanation:
      'ANCM waits a limited time for the app to start, set by startupTimeLimit on the aspNetCore element and 120 seconds by default. 500.37 means start-up did not finish in time. Heavy start-up work, such as warming caches, running database migrations or calling remote services, or a server starting many apps at once can push it over the limit. A later request may succeed once start-up completes.',
    causes: [
      'Long-running work in start-up code.',
      'Many apps starting at the same moment, for example after a reboot or IIS reset.',
      'CPU or memory pressure on the server.',
      'Start-up waiting on a slow or unreachable service.',
    ],
    visitorAdvice: 'The site is still starting up on its server. Wait a minute or two and try again.',
    ownerAdvice:
      'Move heavy work out of start-up (into background services or lazy initialization), stagger app start-up on busy servers, and raise startupTimeLimit in web.config only if slow start-up is expected. The stdout and event logs show how far start-up got.',
    retry: 'later',
  }),
  ancm('500.38', {
    phrase: 'Application DLL not found',
    aliases: ['ANCM Application DLL Not Found'],
    summary: 'The ASP.NET Core Module could not find the app’s DLL next to its executable, typically after a single-file publish.',
    explanation:
      'In-process hosting loads the app’s main DLL into the IIS worker process, so that DLL must sit beside the app’s executable. An app published as a single-file executable bundles everything into the .exe and leaves no DLL to load, and ANCM fails with 500.38.',
    causes: [
      'The app was published with PublishSingleFile set to true while using in-process hosting.',
      'An incomplete deployment that is missing the main DLL.',
    ],
    ownerAdvice:
      'Either set PublishSingleFile to false, or switch to out-of-process hosting by setting AspNetCoreHostingModel to OutOfProcess in the project file, then republish.',
    retry: 'no',
  }),
  ancm('502.5', {
    phrase: 'Process failure',
    aliases: ['ANCM Out-Of-Process Startup Failure', 'Process Failure'],
    summary: 'The ASP.NET Core Module could not start the app’s own process (out-of-process hosting), so it had nothing to pass the request to.',
    explanation:
      'With out-of-process hosting, and for every ASP.NET Core 2.1 or older app behind IIS, ANCM starts the app as a separate process running Kestrel and forwards requests to it. 502.5 means that process failed to start or exited straight away. The reasons are the same as for in-process start failures: a missing runtime, an exception in start-up code, a wrong path in web.config or a bitness mismatch. Application Request Routing uses the number 502.5 for an unrelated WebSocket failure, so check whether the server runs ARR or ASP.NET Core before drawing conclusions.',
    causes: [
      'processPath or arguments in web.config point to the wrong executable or DLL.',
      'The required .NET runtime is missing, or the Hosting Bundle was installed before IIS.',
      'An exception during the app’s start-up.',
      'The application pool identity cannot read the app folder or write the stdout log.',
    ],
    ownerAdvice:
      'Check the Application event log (for example event 1010 from IIS AspNetCore Module V2) and enable the stdout log in web.config. Run the processPath command by hand from the app folder to see the error. Reinstall the Hosting Bundle if IIS was added after it, then restart IIS.',
    crawlerNote: ANCM_CRAWLER,
    retry: 'later',
  }),
];

// ---------------------------------------------------------------------------------------------------------
// 502.x Bad Gateway (CGI, Application Request Routing)
// ---------------------------------------------------------------------------------------------------------

const badGateway: StatusEntry[] = [
  iis('502.1', {
    phrase: 'CGI application timeout',
    summary: 'A CGI program that builds this page ran longer than IIS allows, so IIS stopped it.',
    explanation:
      'IIS gives CGI programs a fixed time to produce their response, set by the timeout of system.webServer/cgi and 15 minutes by default. When a program runs past it, IIS ends the process and returns 502.1. FastCGI applications such as PHP have their own, separate limits.',
    causes: ['A long-running or stuck CGI script.', 'The script waiting on a slow database or network call.', 'A script waiting for input that never arrives.'],
    visitorAdvice: 'Try again later. If the page always times out, tell the site’s owner.',
    ownerAdvice:
      'Find out why the program is slow, for example by running it by hand with the same input. If long runs are expected, raise the CGI timeout, but consider moving long jobs to background processing.',
    retry: 'later',
  }),
  iis('502.2', {
    phrase: 'Premature exit',
    aliases: ['Bad Gateway: Premature Exit', 'CGI application error'],
    summary: 'The CGI program behind this page exited or crashed before sending a complete set of HTTP headers.',
    explanation:
      'A CGI program must begin its output with HTTP headers followed by a blank line. IIS returns 502.2 when the process ends before doing so: it crashed, printed an error message instead of headers, or wrote malformed header lines. Old PHP set-ups that ran php-cgi.exe as plain CGI were a frequent source. In Application Request Routing, 502.2 has a different meaning, “map request failure”.',
    causes: [
      'The CGI process crashed, for example with an access violation or stack overflow.',
      'The script printed an error or other text before its headers.',
      'Malformed header lines, such as a missing blank line after them.',
      'A missing interpreter or DLL that keeps the program from starting.',
    ],
    visitorAdvice: 'Try again later. If the error persists, tell the site’s owner.',
    ownerAdvice:
      'Run the CGI program from a command prompt with the same environment to see its output. Capture a Failed Request Tracing log (CgiModule) and, for crashes, a memory dump of the process. Prefer FastCGI for PHP and similar runtimes.',
    retry: 'later',
  }),
  iis('502.3', {
    phrase: 'Forwarder connection error',
    aliases: ['Bad Gateway: Forwarder Connection Error (ARR)', 'WinHTTP asynchronous completion failure (ARR)'],
    summary: 'IIS, acting as a proxy (ARR or the ASP.NET Core Module), could not get a valid response from the back-end server.',
    explanation:
      'When IIS forwards requests, through Application Request Routing or, for out-of-process ASP.NET Core apps, through the ASP.NET Core Module, 502.3 means the connection to the back end failed or timed out. The Windows error code in the log and on the detailed error page tells which: 0x80072ee2 is a time-out, 0x80072efd means no connection could be made, and 0x80072f78 means the back end sent an invalid response.',
    causes: [
      'The back-end server or the app’s Kestrel process is down, restarting or not listening.',
      'The back end took longer than the proxy’s time-out (120 seconds by default in ARR; ANCM’s requestTimeout is 2 minutes by default).',
      'Firewall or TLS problems between the proxy and the back end.',
      'The back end closed the connection or sent a malformed response.',
    ],
    visitorAdvice: TRY_LATER,
    ownerAdvice:
      'Look up the Windows error code (sc-win32-status in the IIS log) first. For ARR, check the server farm’s health and the time-out under Server Proxy Settings; for ANCM, check that the app process is running and raise requestTimeout only if the work is genuinely slow. Failed Request Tracing with the RequestRouting area shows the failing hop.',
    retry: 'later',
  }),
  iis('502.4', {
    phrase: 'No server (ARR)',
    aliases: ['Bad Gateway: No Server (ARR)'],
    summary: 'IIS Application Request Routing had no healthy back-end server available to send the request to.',
    explanation:
      'ARR spreads requests across the servers of a server farm. 502.4 means none was available: every server was marked unhealthy by health checks or taken offline, or the farm is empty. Until at least one server is back, every request routed to the farm fails.',
    causes: [
      'Health tests failing on every server, possibly because the test URL itself is broken.',
      'All servers taken offline for maintenance.',
      'A routing rule pointing to the wrong or an empty server farm.',
    ],
    visitorAdvice: TRY_LATER,
    ownerAdvice:
      'Open the server farm’s Monitoring and Management view in IIS Manager to see each server’s state and health. Check the health test URL and the response it expects, and bring servers back online.',
    retry: 'later',
  }),
  iis('502.6', {
    phrase: 'Forwarded request failure (ARR)',
    summary: 'IIS Application Request Routing failed while forwarding the request to the back-end server.',
    explanation:
      'ARR 3.0 and later log 502.6 when forwarding a request to a back-end server fails. Microsoft documents the code only by name; the Windows error code logged with it (sc-win32-status) says more, for example whether the connection was reset or timed out.',
    causes: [
      'The back-end connection was reset or dropped mid-request.',
      'TLS negotiation with the back end failed.',
      'The back end rejected the forwarded request.',
    ],
    visitorAdvice: TRY_LATER,
    ownerAdvice:
      'Check sc-win32-status in the IIS log, capture Failed Request Tracing with the RequestRouting area, and test the back end directly from the ARR server.',
    retry: 'later',
  }),
  iis('502.7', {
    phrase: 'Execute request failure (ARR)',
    summary: 'IIS Application Request Routing hit an internal error while processing a request it was proxying.',
    explanation:
      'ARR 3.0 and later log 502.7 for an “execute request failure”, an error inside ARR while it handles a request on its way to a back-end server. Microsoft gives no further detail, so the error code in the IIS log and a Failed Request Tracing log are the way to the cause.',
    causes: ['An internal ARR error.', 'URL Rewrite rules or server variables that conflict on the proxied request.', 'Resource exhaustion on the ARR server.'],
    visitorAdvice: TRY_LATER,
    ownerAdvice:
      'Capture Failed Request Tracing with the RequestRouting and Rewrite areas, check the Application event log, and update ARR and URL Rewrite to their latest versions.',
    retry: 'later',
  }),
];

// ---------------------------------------------------------------------------------------------------------
// 503.x Service Unavailable
// ---------------------------------------------------------------------------------------------------------

const serviceUnavailable: StatusEntry[] = [
  iis('503.0', {
    phrase: 'Application pool unavailable',
    summary: 'The application pool that runs this site is stopped or disabled, so IIS cannot serve it.',
    explanation:
      'Every IIS site runs in an application pool. When that pool is stopped, IIS cannot pass it requests and returns 503.0. Pools can be stopped by hand, but also automatically: Rapid-Fail Protection disables a pool after its worker process crashes five times within five minutes, and a pool also stops when its identity’s password is wrong or has expired.',
    causes: [
      'Rapid-Fail Protection disabled the pool after repeated crashes.',
      'The password of the pool’s identity account changed or expired.',
      'Someone stopped the pool.',
      'A module that fails to load keeps the worker process from starting.',
    ],
    visitorAdvice: TRY_LATER,
    ownerAdvice:
      'Check the pool’s state under Application Pools and the System event log (source WAS) for the reason it stopped. Fix the crash or the identity’s credentials, then start the pool. Adjust Rapid-Fail Protection in Advanced Settings only while you investigate.',
    crawlerNote:
      'Search engines treat 503 as temporary, so short outages are harmless. If it lasts more than a day or two, they slow down crawling and may start dropping URLs.',
    retry: 'later',
  }),
  iis('503.2', {
    phrase: 'Concurrent request limit exceeded',
    summary: 'The site already has as many requests in progress as IIS allows at once, so it turned this one away.',
    explanation:
      'IIS caps how many requests a site or application may process at the same time with appConcurrentRequestLimit, 5,000 by default. Requests beyond that get 503.2. Reaching such a high limit usually means requests are piling up because the application is slow, rather than that there are that many visitors.',
    causes: [
      'Requests stuck waiting on a slow database or external service.',
      'A genuine traffic spike or an attack.',
      'A limit lowered from its default.',
      'Long-polling or streaming requests that stay open.',
    ],
    visitorAdvice: TRY_LATER,
    ownerAdvice:
      'Check appConcurrentRequestLimit under system.webServer/serverRuntime and the running requests under Worker Processes in IIS Manager. Find out what keeps requests open (Failed Request Tracing for slow requests, or a memory dump) before raising the limit.',
    retry: 'later',
  }),
  iis('503.3', {
    phrase: 'ASP.NET queue full',
    summary: 'ASP.NET’s request queue on this server is full, so the request was turned away.',
    explanation:
      'ASP.NET limits how many requests may wait for a free thread. When that queue is full, IIS returns 503.3. As with 503.2, it usually means requests finish too slowly rather than arrive too fast.',
    causes: [
      'Slow or blocked request handling that uses up the available threads.',
      'Synchronous calls to slow services in the application.',
      'Traffic beyond the server’s capacity.',
    ],
    visitorAdvice: TRY_LATER,
    ownerAdvice:
      'Watch the ASP.NET Requests Queued and Requests Current performance counters. Make slow I/O asynchronous and remove blocking calls; only then adjust requestQueueLimit (processModel in machine.config, or the applicationPool element in aspnet.config for Integrated mode).',
    retry: 'later',
  }),
  iis('503.4', {
    phrase: 'FastCGI queue full',
    summary: 'The FastCGI application behind this page, such as PHP, has a full request queue, so IIS turned the request away.',
    explanation:
      'IIS passes requests for FastCGI applications, most often PHP, to a pool of worker processes. When all of them are busy, requests wait in a queue; once the queue holds queueLength requests (1,000 by default), IIS returns 503.4 for new ones.',
    causes: ['Too few FastCGI processes (maxInstances) for the load.', 'Slow scripts or a slow database keeping every process busy.', 'A traffic spike.'],
    visitorAdvice: TRY_LATER,
    ownerAdvice:
      'Review FastCGI Settings in IIS Manager (system.webServer/fastCgi/application): maxInstances, queueLength and activityTimeout. Profile slow scripts; raising limits helps only if the server has spare CPU and memory.',
    retry: 'later',
  }),
];

/** Numeric order of a code: status first, then sub-status ('500.100' after '500.53'). */
function codeOrder(a: StatusEntry, b: StatusEntry): number {
  const [aStatus = 0, aSub = -1] = a.code.split('.').map(Number);
  const [bStatus = 0, bSub = -1] = b.code.split('.').map(Number);
  return aStatus - bStatus || aSub - bSub;
}

export const iisEntries: readonly StatusEntry[] = [
  ...microsoftCodes,
  ...badRequest,
  ...unauthorized,
  ...forbidden,
  ...notFound,
  ...otherClientErrors,
  ...internalServerError,
  ...aspNetCoreModule,
  ...badGateway,
  ...serviceUnavailable,
].sort(codeOrder);
