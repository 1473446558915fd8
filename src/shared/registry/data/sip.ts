import { classOf } from '../classes';
import type { StatusEntry } from '../registry-types';
import { ORIGINS } from '../origins';

/**
 * SIP response codes: every code in IANA's "Session Initiation Protocol (SIP) Parameters — Response Codes"
 * registry. RFC 3261 section 21 defines 50 of them; later RFCs register the rest. Each entry cites the section
 * that defines the code (or, where a code has no definition section of its own, the section that registers it).
 *
 * The advice is written for two readers: the person placing the call or running the SIP phone/softphone
 * ("visitor"), and whoever runs the SIP service, PBX or trunk ("owner").
 */

type SipText = Pick<StatusEntry, 'phrase' | 'summary' | 'explanation' | 'causes' | 'visitorAdvice' | 'ownerAdvice' | 'retry'> &
  Partial<Pick<StatusEntry, 'aliases' | 'headers' | 'lifecycle'>> & {
    /** The defining RFC number and section, e.g. [3261, '21.4.18']. */
    ref: readonly [rfc: number, section: string];
  };

function sip(status: number, text: SipText): StatusEntry {
  const { ref, lifecycle, ...rest } = text;
  const [rfc, section] = ref;
  return {
    protocol: 'sip',
    code: String(status),
    status,
    ...rest,
    class: classOf(status, 'sip'),
    cacheable: false,
    spec: { title: `RFC ${rfc}`, section, url: `https://www.rfc-editor.org/rfc/rfc${rfc}#section-${section}` },
    origin: ORIGINS.ietfSip,
    lifecycle: lifecycle ?? 'standard',
  };
}

export const sipEntries: readonly StatusEntry[] = [
  // ---------------------------------------------------------------- 1xx provisional
  sip(100, {
    phrase: 'Trying',
    summary: 'The next SIP server received the request and is working on it; no final answer yet.',
    explanation:
      'A 100 response only travels one hop: it tells the previous element that its request arrived, so that it can stop retransmitting an INVITE sent over UDP. It says nothing about the person being called. Proxies typically send it at once when they receive an INVITE, and a stateful proxy never forwards a 100 it receives from further downstream.',
    causes: [
      'Normal call setup: a proxy or PBX acknowledges an INVITE before it has looked up the callee.',
      'A server needs time for a database, DNS or location lookup before it can answer.',
    ],
    visitorAdvice: 'Nothing to do; the call is being set up. If it never moves past this stage, the problem lies further along the path.',
    ownerAdvice: 'If calls stall after 100, trace the next hop: the INVITE may be lost, blocked by a firewall, or waiting on a slow route or location lookup.',
    ref: [3261, '21.1.1'],
    retry: 'no',
  }),
  sip(180, {
    phrase: 'Ringing',
    summary: 'The called device received the call and is alerting the user.',
    explanation:
      'The user agent of the called party has the INVITE and is ringing, vibrating or otherwise alerting the user. The caller usually plays a local ringback tone. A 180 can create an early dialog and may carry a session description for early media.',
    causes: ["The callee's phone or softphone is ringing.", 'A voicemail or hunt-group system signals alerting before it answers.'],
    visitorAdvice: 'Wait for the other person to answer.',
    ownerAdvice:
      'If callers hear silence instead of ringback, check whether the 180 carries SDP (early media) that the caller side does not handle, or whether a 183 is expected instead.',
    ref: [3261, '21.1.2'],
    retry: 'no',
  }),
  sip(181, {
    phrase: 'Call Is Being Forwarded',
    summary: 'A server is forwarding the call to another destination.',
    explanation:
      'A proxy or application server may send 181 to let the caller know that the call is being diverted to a different set of destinations, for example by a call-forwarding service. It is informational only and sending it is optional.',
    causes: ['The callee has call forwarding enabled.', 'A hunt group or follow-me service is moving the call to another device or number.'],
    visitorAdvice: 'Keep waiting; the call is being redirected to another number or device.',
    ownerAdvice: 'No action needed. If forwarding loops or takes too long, review the forwarding rules for that user.',
    ref: [3261, '21.1.3'],
    retry: 'no',
  }),
  sip(182, {
    phrase: 'Queued',
    summary: 'The callee cannot take the call right now, so the server has put it in a queue.',
    explanation:
      'Instead of rejecting the call, the server holds it until the called party becomes available and will send a final response later. The reason phrase can describe the queue, for example how many calls are ahead, and the server may send several 182 responses to update the caller.',
    causes: ['A call-centre queue or automatic call distributor is holding the call.', 'All agents or lines for the called party are busy.'],
    visitorAdvice: 'Stay on the line if you are willing to wait, or hang up and try later.',
    ownerAdvice: 'Check queue length and staffing if callers wait too long; make sure queued calls eventually receive a final response.',
    ref: [3261, '21.1.4'],
    retry: 'no',
  }),
  sip(183, {
    phrase: 'Session Progress',
    summary: 'The call is still being set up, and the server is passing on progress information or early audio.',
    explanation:
      'A 183 carries call-progress information that no other provisional response covers. It very often contains a session description so the caller can hear early media before the call is answered, such as a network announcement, a custom ringback tone or an interactive voice menu.',
    causes: [
      'A carrier or gateway plays an announcement or ringback tone as early media.',
      'The call is crossing into the public telephone network, which reports its progress this way.',
      'Preconditions (RFC 3312) are being negotiated before the phone rings.',
    ],
    visitorAdvice: 'Listen: you may hear a ringback tone or a recorded message before anyone answers.',
    ownerAdvice:
      'If callers hear nothing, check that the early media stream reaches them (NAT, firewall, codec) and whether the caller needs reliable provisional responses (100rel and PRACK) to accept it.',
    ref: [3261, '21.1.5'],
    retry: 'no',
  }),
  sip(199, {
    phrase: 'Early Dialog Terminated',
    summary: 'One branch of a forked call has ended before the call as a whole got its final answer.',
    explanation:
      'When a proxy forks a call to several devices, each device that sends a provisional response creates an early dialog. A 199 tells the caller that one of those early dialogs is over, for example because that device rejected the call, so the caller can release resources such as the early media stream for it. It is only sent to callers that list the "199" option tag in their Supported header.',
    causes: [
      'A forking proxy received an error response from one of the devices it rang.',
      'The called user agent ended one early dialog while others continue.',
    ],
    visitorAdvice: 'Nothing to do; the call is still being placed on the remaining devices.',
    ownerAdvice: 'No action needed. It can help to log the Reason header, if present, to see why that branch ended.',
    headers: ['Reason', 'Supported'],
    ref: [6228, '11.1'],
    retry: 'no',
  }),

  // ---------------------------------------------------------------- 2xx success
  sip(200, {
    phrase: 'OK',
    summary: 'The request succeeded; for an INVITE, the call has been answered.',
    explanation:
      'What success means depends on the method: for INVITE the callee answered and the session is established (the caller then sends an ACK); for REGISTER the registrar stored the binding; for BYE the call has ended; for OPTIONS the response describes the capabilities of the other side.',
    causes: ['The request was accepted and processed, such as an answered call or a successful registration.'],
    visitorAdvice: 'Nothing to do; it worked.',
    ownerAdvice:
      "If an answered call drops after about 32 seconds, the caller's ACK is probably not reaching the callee; check NAT, the Contact header and Record-Route handling.",
    ref: [3261, '21.2.1'],
    retry: 'no',
  }),
  sip(202, {
    phrase: 'Accepted',
    aliases: ['Accepted (Deprecated)'],
    summary: 'The request was accepted but not yet carried out; this code is deprecated and means the same as 200.',
    explanation:
      'RFC 3265 used 202 to say that a subscription had been accepted but not yet authorized, and REFER and MESSAGE implementations used it to say that the request would be processed later. Because proxies could absorb a 202 when a request forked, and because 202 was handled inconsistently, RFC 6665 deprecated it: a SUBSCRIBE or NOTIFY must not be answered with 202, and a received 202 must be treated exactly like 200. Many call-transfer (REFER) implementations still send it.',
    causes: ['An older event-notification server answered a SUBSCRIBE.', 'A phone or PBX accepted a REFER (call transfer) request.'],
    visitorAdvice: 'Nothing to do; the request was accepted. For a transfer, the outcome arrives later in a NOTIFY.',
    ownerAdvice: 'Treat 202 as 200. Update software that still sends it in response to SUBSCRIBE or NOTIFY.',
    ref: [6665, '8.3.1'],
    lifecycle: 'obsolete',
    retry: 'no',
  }),
  sip(204, {
    phrase: 'No Notification',
    summary: 'The subscription request succeeded, and no NOTIFY will follow because the subscriber already has the current state.',
    explanation:
      'With conditional event notification (RFC 5839), a subscriber can put the entity-tag of the state it already holds into a Suppress-If-Match header. If that state is still current, the notifier answers 204 and skips the NOTIFY that would otherwise follow, saving bandwidth on refreshes and polls.',
    causes: ['A SUBSCRIBE refresh or fetch carried a Suppress-If-Match tag that matches the current event state.'],
    visitorAdvice: 'Nothing to do; this is a normal optimization.',
    ownerAdvice: 'No action needed. If clients miss state changes, check that the notifier generates new entity-tags when state changes.',
    headers: ['SIP-ETag', 'Suppress-If-Match'],
    ref: [5839, '7.1'],
    retry: 'no',
  }),

  // ---------------------------------------------------------------- 3xx redirection
  sip(300, {
    phrase: 'Multiple Choices',
    summary: 'The address resolved to several locations; the caller or its software should choose one and try it.',
    explanation:
      'The Contact header lists the possible locations, each with its own address. Unlike HTTP, SIP can list several Contact values. The user agent may try them automatically or ask the user which one to call; RFC 3261 leaves that choice to the implementation.',
    causes: ['A redirect server knows several devices or numbers for the user and does not choose itself.'],
    visitorAdvice: 'Pick one of the offered destinations if your phone asks; otherwise try calling a more specific address.',
    ownerAdvice: 'If clients do not handle 300 well, configure the redirect server to fork or proxy the call instead.',
    headers: ['Contact'],
    ref: [3261, '21.3.1'],
    retry: 'after-change',
  }),
  sip(301, {
    phrase: 'Moved Permanently',
    summary: 'The user is no longer at this address; retry at the address in the Contact header and update stored copies.',
    explanation:
      'The Request-URI is no longer valid for this user. The caller should send the request again to the new address given in Contact, and should update address books, caches and speed-dial entries so that future calls go there directly.',
    causes: ['The user changed SIP address or provider.', 'A domain or numbering plan was reorganized.'],
    visitorAdvice: 'Call the new address your phone shows, and update the contact entry.',
    ownerAdvice: 'Keep the redirect in place as long as old addresses may still be dialled, and make sure the Contact value is correct.',
    headers: ['Contact'],
    ref: [3261, '21.3.2'],
    retry: 'after-change',
  }),
  sip(302, {
    phrase: 'Moved Temporarily',
    summary: 'Retry this request at the address in the Contact header; the move is temporary.',
    explanation:
      'The caller should send a new request to the address in Contact. The Expires header or an expires parameter on the Contact says how long that address may be cached; without one, it applies to this call only. Call-forwarding services and redirect servers use 302 a great deal.',
    causes: ['The user forwarded calls to another number or device.', 'A redirect server or SIP trunk provider points the call to a different gateway.'],
    visitorAdvice: 'Usually nothing: phones follow the redirect automatically. If yours does not, it may not support redirects.',
    ownerAdvice: 'If calls fail after a 302, check that the endpoint or PBX is configured to follow redirects, and that the target in Contact is reachable.',
    headers: ['Contact', 'Expires'],
    ref: [3261, '21.3.3'],
    retry: 'after-change',
  }),
  sip(305, {
    phrase: 'Use Proxy',
    summary: 'The request must be sent again through the proxy named in the Contact header.',
    explanation:
      "The Contact header holds the URI of a proxy that must be used to reach the resource; the caller should resend this one request through it. Only user agent servers may generate 305. Because a forged 305 could steer traffic through an attacker's proxy, many implementations ignore it.",
    causes: ['A user agent server requires that calls reach it through a particular proxy.'],
    visitorAdvice: 'Your phone may not be able to follow this instruction; contact your provider if calls fail.',
    ownerAdvice: 'Prefer configuring the outbound proxy on the clients over relying on 305, which many devices will not honour.',
    headers: ['Contact'],
    ref: [3261, '21.3.4'],
    retry: 'after-change',
  }),
  sip(380, {
    phrase: 'Alternative Service',
    summary: 'The call did not succeed, but an alternative service is available and described in the message body.',
    explanation:
      'The body of the response describes the alternative. RFC 3261 does not define its format. 3GPP IMS networks use 380 in emergency calling, for example to tell a phone to place a dialled number as an emergency call.',
    causes: ['The requested service is not offered, but a different one is (for example an emergency-call alternative).'],
    visitorAdvice: 'Follow any instructions your phone shows; for emergency calls, dial again using the method it suggests.',
    ownerAdvice: 'Make sure clients understand the body format you send with 380; otherwise they cannot act on it.',
    ref: [3261, '21.3.5'],
    retry: 'after-change',
  }),

  // ---------------------------------------------------------------- 4xx request failure
  sip(400, {
    phrase: 'Bad Request',
    summary: 'The server could not understand the request because its syntax is malformed.',
    explanation:
      'The request breaks SIP syntax. The reason phrase should name the problem, for example "Missing Call-ID Header Field". Sending the same request again will fail the same way.',
    causes: [
      'A required header (To, From, Call-ID, CSeq, Via, Max-Forwards) is missing or malformed.',
      'A NAT router with a faulty SIP helper (ALG) rewrote the message.',
      'A bug in the phone, softphone or PBX software.',
    ],
    visitorAdvice: 'Update your phone or softphone; if you use a home router, try turning off its "SIP ALG" feature.',
    ownerAdvice: 'Capture the request and check the reason phrase; validate header syntax and look for middleboxes that rewrite SIP.',
    ref: [3261, '21.4.1'],
    retry: 'after-change',
  }),
  sip(401, {
    phrase: 'Unauthorized',
    summary: 'The request needs user authentication; resend it with credentials answering the WWW-Authenticate challenge.',
    explanation:
      'User agent servers and registrars send 401 with a WWW-Authenticate header carrying a digest challenge. The client normally retries at once with an Authorization header, so a 401 followed by success is the ordinary registration pattern. Proxies use 407 instead.',
    causes: [
      'The first REGISTER or INVITE of a digest exchange (normal).',
      'Wrong user name, password or authentication realm on the device.',
      'A stale nonce, or a clock or configuration mismatch between device and server.',
    ],
    visitorAdvice: 'If calls or registration keep failing, check the SIP user name and password on your device.',
    ownerAdvice:
      'A single 401 before success is normal. Repeated 401s point to wrong credentials, a realm mismatch or a brute-force attempt worth rate-limiting.',
    headers: ['WWW-Authenticate', 'Authorization'],
    ref: [3261, '21.4.2'],
    retry: 'after-change',
  }),
  sip(402, {
    phrase: 'Payment Required',
    summary: 'Reserved for future use by RFC 3261; some providers send it when an account has no credit.',
    explanation:
      'RFC 3261 reserves 402 and defines no behaviour for it. In practice some prepaid services and SIP trunk providers use it to say that the account balance is exhausted or that billing has blocked the call.',
    causes: ['A prepaid balance ran out.', 'The provider suspended the account for billing reasons.'],
    visitorAdvice: 'Check your account balance or billing status with your provider.',
    ownerAdvice: 'If you send 402, also give a clear reason phrase, since clients attach no standard meaning to it.',
    ref: [3261, '21.4.3'],
    retry: 'after-change',
  }),
  sip(403, {
    phrase: 'Forbidden',
    summary: 'The server understood the request but refuses to carry it out; authenticating again will not help.',
    explanation:
      'Unlike 401, this is not a request for credentials: the server has decided not to serve the request, and repeating it will not change that. Providers use 403 for many policy reasons, and the reason phrase or a Warning header may say which.',
    causes: [
      'The account is not allowed to call that destination (international or premium numbers).',
      'Registration from this IP address or device is not permitted.',
      'Caller ID or identity checks failed, or the account is disabled.',
      'Wrong credentials on systems that answer failed authentication with 403.',
    ],
    visitorAdvice: 'Check whether your account allows this kind of call, and contact your provider if it should.',
    ownerAdvice: 'Check dial-plan permissions, IP access lists, fraud rules and account status for this user.',
    headers: ['Warning'],
    ref: [3261, '21.4.4'],
    retry: 'no',
  }),
  sip(404, {
    phrase: 'Not Found',
    summary: 'The user does not exist in the domain of the Request-URI, or the server does not handle that domain.',
    explanation:
      'The server has definite information that no such user exists at the domain named in the Request-URI. It also answers 404 when that domain is not one it is responsible for.',
    causes: [
      'A mistyped number or SIP address.',
      'The extension or DID is not configured in the PBX or dial plan.',
      'The request was sent to a server that does not serve that domain.',
    ],
    visitorAdvice: 'Check the number or address you dialled.',
    ownerAdvice: 'Check that the number exists in the dial plan and routing tables, and that the domain in the Request-URI is one this server serves.',
    ref: [3261, '21.4.5'],
    retry: 'after-change',
  }),
  sip(405, {
    phrase: 'Method Not Allowed',
    summary: 'The method is understood but not allowed for this address; the Allow header lists the ones that are.',
    explanation:
      'The server recognises the kind of request (INVITE, MESSAGE, SUBSCRIBE and so on), but the address it was sent to does not take that kind. Its answer has to list, in an Allow header, the kinds the address does take. If the server did not know the method at all, the answer would be 501 instead.',
    causes: ['For example a SUBSCRIBE, MESSAGE or REFER sent to a destination that only accepts calls.'],
    visitorAdvice: 'The feature you used (messaging, presence, transfer) is not available for this contact.',
    ownerAdvice: 'Check the Allow header and the feature set of the destination; enable the method if it should be supported.',
    headers: ['Allow'],
    ref: [3261, '21.4.6'],
    retry: 'no',
  }),
  sip(406, {
    phrase: 'Not Acceptable',
    summary: "The resource can only produce responses in formats that the request's Accept headers rule out.",
    explanation:
      'The request limited the acceptable response formats with Accept, Accept-Encoding or Accept-Language, and the resource can only produce something outside those limits.',
    causes: ['The client accepts only body types, encodings or languages that the server cannot produce.'],
    visitorAdvice: 'Update your phone or app; the request asked for a format the other side cannot produce.',
    ownerAdvice: 'Compare the Accept headers in the request with what the server can produce, and widen one side or the other.',
    headers: ['Accept', 'Accept-Encoding', 'Accept-Language'],
    ref: [3261, '21.4.7'],
    retry: 'after-change',
  }),
  sip(407, {
    phrase: 'Proxy Authentication Required',
    summary: 'A proxy requires the client to authenticate; resend with credentials for the Proxy-Authenticate challenge.',
    explanation:
      'This works like 401 but the challenge comes from a proxy on the path, in a Proxy-Authenticate header, and the client answers with Proxy-Authorization. Providers commonly challenge every outgoing INVITE this way, so one 407 followed by a successful retry is normal.',
    causes: [
      "The first INVITE of a digest exchange with the provider's proxy (normal).",
      'Wrong credentials, or a realm the device does not have credentials for.',
    ],
    visitorAdvice: 'If outgoing calls keep failing, check the SIP user name and password for outbound calls.',
    ownerAdvice: 'A single 407 per call is expected. Repeated 407s on the same call mean the credentials or realm do not match.',
    headers: ['Proxy-Authenticate', 'Proxy-Authorization'],
    ref: [3261, '21.4.8'],
    retry: 'after-change',
  }),
  sip(408, {
    phrase: 'Request Timeout',
    summary: 'The server could not produce a final response in time, for example because it could not reach the user.',
    explanation:
      "No final answer was possible within a suitable time, for example because the user's current location could not be found. A client also treats its own transaction timeout as a 408, so a 408 may never have crossed the network. The same request may be retried later without changes.",
    causes: [
      'The called device is registered but does not answer: it is offline, asleep or behind a NAT binding that expired.',
      "A proxy's timer expired while waiting for a downstream server.",
      'Packets are lost on the path, so the transaction timed out locally.',
    ],
    visitorAdvice: 'Try again later; the person you are calling may be offline or out of coverage.',
    ownerAdvice:
      "Check whether the callee's registration is stale, NAT keep-alives are working, and UDP packets reach the device; compare with transaction timer settings.",
    ref: [3261, '21.4.9'],
    retry: 'later',
  }),
  sip(410, {
    phrase: 'Gone',
    summary: 'The user used to exist here but no longer does, and no forwarding address is known.',
    explanation: 'The condition is expected to be permanent. When a server cannot tell whether the user is gone for good, it should send 404 instead.',
    causes: ['The account or number was deleted without forwarding.'],
    visitorAdvice: 'This address is no longer in use; find another way to contact the person.',
    ownerAdvice: 'If the user moved, answer 301 with the new address instead so callers can follow.',
    ref: [3261, '21.4.10'],
    retry: 'no',
  }),
  sip(412, {
    phrase: 'Conditional Request Failed',
    summary: 'A PUBLISH refers to event state that the server no longer holds, so the condition in SIP-If-Match failed.',
    explanation:
      "With event state publication (RFC 3903), refreshing or changing published state carries the state's entity-tag in SIP-If-Match. A 412 means the server has no publication matching that tag, usually because it expired or the server restarted. The publisher should send a fresh initial PUBLISH without SIP-If-Match.",
    causes: ['The publication expired before it was refreshed.', 'The presence or event server restarted and lost its state.'],
    visitorAdvice: 'Usually nothing: your app should re-publish its status automatically.',
    ownerAdvice: 'Check refresh intervals against publication lifetimes, and whether state is lost on server restarts.',
    headers: ['SIP-If-Match', 'SIP-ETag'],
    ref: [3903, '11.2.1'],
    retry: 'after-change',
  }),
  sip(413, {
    phrase: 'Request Entity Too Large',
    summary: 'The request body is larger than the server is willing or able to process.',
    explanation:
      'The server refuses the request because of the size of its body and may close the connection. If the limit is temporary, it should say when to retry with a Retry-After header.',
    causes: ['A large SDP, multipart body or message attachment.', 'A server with a low configured body-size limit.'],
    visitorAdvice: 'Send a smaller message or attachment.',
    ownerAdvice: 'Review body-size limits, and reduce what clients put in the body (for example fewer codecs in SDP).',
    headers: ['Retry-After'],
    ref: [3261, '21.4.11'],
    retry: 'after-change',
  }),
  sip(414, {
    phrase: 'Request-URI Too Long',
    summary: 'The Request-URI is longer than the server is willing to interpret.',
    explanation: 'The server refuses to serve the request because of the length of the address in the request line.',
    causes: ['An address with many URI parameters or embedded headers.', 'A software bug that builds an oversized URI.'],
    visitorAdvice: 'Try a shorter address; if you did not type it, report the problem to your provider.',
    ownerAdvice: 'Find what adds parameters to the Request-URI and trim them, or raise the server limit if the URI is legitimate.',
    ref: [3261, '21.4.12'],
    retry: 'after-change',
  }),
  sip(415, {
    phrase: 'Unsupported Media Type',
    summary: 'The server does not support the format of the request body.',
    explanation:
      'The response must list the acceptable formats in Accept, Accept-Encoding or Accept-Language, depending on what was wrong, so the client can retry with a supported body.',
    causes: ['A body type the server does not handle, such as an unknown message content type or a compressed body.'],
    visitorAdvice: 'The other side cannot handle what you sent; try a plain text message or update your app.',
    ownerAdvice: 'Check the Accept headers in the response and make clients send one of the listed formats.',
    headers: ['Accept', 'Accept-Encoding', 'Accept-Language'],
    ref: [3261, '21.4.13'],
    retry: 'after-change',
  }),
  sip(416, {
    phrase: 'Unsupported URI Scheme',
    summary: 'The server cannot handle the kind of address that was dialled, such as a tel: number where it expects a sip: address.',
    explanation:
      'Every SIP address starts with a scheme that says what kind of address it is: sip:, sips: (secure SIP) or tel: (a phone number). The server that got the request does not handle the scheme of the address being called, so it cannot route the call.',
    causes: ['A tel: URI sent to a server that only handles sip:.', 'A sips: URI where the server has no TLS support.'],
    visitorAdvice: 'Dial the number or address in another form, for example as a SIP address.',
    ownerAdvice: 'Support the scheme, or have clients and dial plans convert numbers into a scheme the server accepts.',
    ref: [3261, '21.4.14'],
    retry: 'after-change',
  }),
  sip(417, {
    phrase: 'Unknown Resource-Priority',
    summary: 'The server understands none of the priority values in the Resource-Priority header that the request requires.',
    explanation:
      'The resource-priority extension (RFC 4412) lets authorized users such as emergency services get preferential treatment. When the request requires that extension but the element recognizes none of the namespaces or priority values, it answers 417 and lists the values it does support in Accept-Resource-Priority.',
    causes: ['A priority namespace that this network does not use.', 'A misconfigured emergency or government priority calling client.'],
    visitorAdvice: 'Retry without priority calling or with a priority level your network supports.',
    ownerAdvice: 'Compare the Resource-Priority values clients send with the namespaces configured on your elements.',
    headers: ['Resource-Priority', 'Accept-Resource-Priority', 'Require'],
    ref: [4412, '4.6.2'],
    retry: 'after-change',
  }),
  sip(420, {
    phrase: 'Bad Extension',
    summary: 'The server does not support an extension that the request listed in Require or Proxy-Require.',
    explanation:
      'A Require or Proxy-Require header says the request can only be processed with certain extensions. The server lacks at least one of them and lists the missing ones in an Unsupported header; the client should retry without requiring them.',
    causes: ['The client requires an extension such as 100rel, timer or sec-agree that the server lacks.'],
    visitorAdvice: 'Update or reconfigure your phone; it requires a feature the other side does not have.',
    ownerAdvice: 'Look at the Unsupported header, then either enable that extension or stop clients from requiring it.',
    headers: ['Unsupported', 'Require', 'Proxy-Require'],
    ref: [3261, '21.4.15'],
    retry: 'after-change',
  }),
  sip(421, {
    phrase: 'Extension Required',
    summary: 'The server needs an extension that the request did not list in its Supported header.',
    explanation:
      'The user agent server can only process the request with a particular extension, which it names in a Require header. RFC 3261 asks servers to use 421 only when they truly cannot serve the client otherwise.',
    causes: [
      'The server demands reliable provisional responses (100rel) or session timers, which the client did not offer.',
      'An IMS network demands security agreement (sec-agree).',
    ],
    visitorAdvice: 'Your phone lacks a feature the other side insists on; update it or ask your provider which setting to enable.',
    ownerAdvice: 'Check the Require header; enable that extension on clients, or relax the server so it only requires what it must.',
    headers: ['Require', 'Supported'],
    ref: [3261, '21.4.16'],
    retry: 'after-change',
  }),
  sip(422, {
    phrase: 'Session Interval Too Small',
    summary: 'The Session-Expires interval in the request is below the minimum this element allows.',
    explanation:
      'Session timers (RFC 4028) make both sides refresh a call periodically so that dead calls can be cleaned up. An element whose minimum is higher than the requested interval answers 422 with a Min-SE header, and the client retries with a Session-Expires at least that long.',
    causes: ['The client asks for a very short session refresh interval.', 'A proxy on the path enforces a larger minimum.'],
    visitorAdvice: 'Usually nothing: phones retry automatically with a longer interval.',
    ownerAdvice: 'If calls fail, check that clients honour Min-SE, and align session-timer settings across PBX, proxies and trunks.',
    headers: ['Min-SE', 'Session-Expires'],
    ref: [4028, '6'],
    retry: 'after-change',
  }),
  sip(423, {
    phrase: 'Interval Too Brief',
    summary: 'The expiry time requested for a registration or subscription is too short; Min-Expires gives the minimum.',
    explanation:
      'Registrars and other servers that hold soft state reject refresh intervals that are too short, because frequent refreshes load the server. The response carries a Min-Expires header, and the client should retry with an expiry at least that long.',
    causes: ['A phone configured to re-register every few seconds.', 'A server with a high minimum registration interval.'],
    visitorAdvice: 'Raise the registration interval in your phone settings, or let it retry automatically.',
    ownerAdvice: 'Check that clients honour Min-Expires, and choose a minimum that balances load against NAT binding lifetimes.',
    headers: ['Min-Expires', 'Expires'],
    ref: [3261, '21.4.17'],
    retry: 'after-change',
  }),
  sip(424, {
    phrase: 'Bad Location Information',
    summary: 'The location information in the request was malformed or not acceptable.',
    explanation:
      "With location conveyance (RFC 6442), a request can carry the caller's location, which matters above all for emergency calls. A 424 says that this location was malformed or otherwise unsatisfactory; the Geolocation-Error header gives a code explaining why.",
    causes: [
      'A malformed PIDF-LO location object.',
      'A location reference the server could not dereference.',
      'Missing or imprecise location for an emergency call.',
    ],
    visitorAdvice: 'Check the location or address settings in your phone or app.',
    ownerAdvice: 'Read the Geolocation-Error code and fix how location objects are built or referenced.',
    headers: ['Geolocation', 'Geolocation-Error'],
    ref: [6442, '4.3'],
    retry: 'after-change',
  }),
  sip(425, {
    phrase: 'Bad Alert Message',
    summary: 'The Common Alerting Protocol message in a non-interactive emergency call was malformed or not acceptable.',
    explanation:
      'RFC 8876 lets devices such as sensors send emergency alerts as Common Alerting Protocol (CAP) documents inside SIP requests. A 425 means the CAP message was rejected; the AlertMsg-Error header says why.',
    causes: ['A malformed or incomplete CAP document.', 'A CAP profile the emergency service does not accept.'],
    visitorAdvice: 'Contact the vendor of the alarm or sensor device; its alert format is being rejected.',
    ownerAdvice: 'Check the AlertMsg-Error code and validate CAP documents against the profile the emergency network expects.',
    headers: ['AlertMsg-Error'],
    ref: [8876, '5.1'],
    retry: 'after-change',
  }),
  sip(428, {
    phrase: 'Use Identity Header',
    summary: 'The recipient requires a signed Identity header (STIR), and the request has none.',
    explanation:
      "Under STIR (RFC 8224), an authentication service signs the caller's identity in an Identity header so that recipients can check it. A verifier whose policy requires that signature answers 428 when it is missing.",
    causes: ['The originating provider does not sign calls.', 'An intermediary stripped the Identity header.'],
    visitorAdvice: 'Contact your provider; your calls are not being signed as the destination requires.',
    ownerAdvice: 'Enable STIR/SHAKEN signing for outbound calls, and check that no element on the path removes the Identity header.',
    headers: ['Identity'],
    ref: [8224, '6.2.2'],
    retry: 'after-change',
  }),
  sip(429, {
    phrase: 'Provide Referrer Identity',
    summary: 'A call transfer was refused because it did not come with signed proof of who asked for the transfer.',
    explanation:
      'In a call transfer (REFER), the party who asks for the transfer can include a signed Referred-By token (RFC 3892). A transfer target or referee that requires proof of who requested the transfer answers 429 when no valid token is present; the referrer may try again with one.',
    causes: ['A transfer or referral sent without a signed Referred-By token to a destination that requires one.'],
    visitorAdvice: 'The transfer was refused; try calling the destination directly.',
    ownerAdvice: 'Either configure referrers to include Referred-By tokens, or relax the requirement on the receiving side.',
    headers: ['Referred-By'],
    ref: [3892, '5'],
    retry: 'after-change',
  }),
  sip(430, {
    phrase: 'Flow Failed',
    summary: 'A specific connection (flow) to the user agent has failed, though other flows to it may still work.',
    explanation:
      'With SIP Outbound (RFC 5626), a device keeps one or more long-lived connections to edge proxies. An edge proxy answers 430 when the flow it was asked to use no longer exists, and the authoritative proxy should try another registered flow. The code is meant for use between proxies; an endpoint that receives it should treat it as 400.',
    causes: ['The TCP or TLS connection to the device dropped.', 'An edge proxy restarted and lost its flows.'],
    visitorAdvice: 'Your device should reconnect on its own; restart the app if calls keep failing.',
    ownerAdvice: 'Check keep-alive settings and edge-proxy stability, and make sure the authoritative proxy retries other flows on 430.',
    ref: [5626, '11.5'],
    retry: 'later',
  }),
  sip(433, {
    phrase: 'Anonymity Disallowed',
    summary: 'The call was rejected because it is anonymous; calling again with your identity shown may succeed.',
    explanation:
      'RFC 5079 gives recipients a way to tell callers that anonymity is the reason for rejection, typically anonymous call rejection. The caller can retry without withholding its identity.',
    causes: ['The called party has anonymous call rejection turned on, and caller ID was withheld.'],
    visitorAdvice: 'Call again with your caller ID shown.',
    ownerAdvice: 'If callers should be able to stay anonymous, turn off anonymous call rejection for that user.',
    headers: ['Privacy'],
    ref: [5079, '5'],
    retry: 'after-change',
  }),
  sip(436, {
    phrase: 'Bad Identity Info',
    aliases: ['Bad Identity-Info'],
    summary: 'The credential reference in the Identity header could not be used, so the signature cannot be checked.',
    explanation:
      'An Identity header (RFC 8224) points to the signer\'s credential, normally a certificate URL in its "info" parameter. A 436 means the verifier could not retrieve it, or does not support its URI scheme. RFC 4474 used the phrase "Bad Identity-Info".',
    causes: ['The certificate URL is wrong, unreachable or blocked.', 'A URI scheme the verifier does not support.'],
    visitorAdvice: 'Contact your provider; the signature on your calls cannot be verified.',
    ownerAdvice: 'Make sure the certificate repository URL in signed calls is reachable from the verifier and uses HTTPS.',
    headers: ['Identity'],
    ref: [8224, '6.2.2'],
    retry: 'after-change',
  }),
  sip(437, {
    phrase: 'Unsupported Credential',
    aliases: ['Unsupported Certificate'],
    summary: 'The verifier could not validate the credential, such as the certificate, that signed the Identity header.',
    explanation:
      'The credential was retrieved but could not be validated, for example because it chains to an authority the verifier does not trust or is not valid for the claimed identity. RFC 4474 named this code "Unsupported Certificate".',
    causes: ['A certificate from an untrusted authority.', 'An expired or revoked certificate.', 'A certificate that does not cover the calling number.'],
    visitorAdvice: 'Contact your provider; the certificate that signs your calls is not accepted.',
    ownerAdvice: 'Check the signing certificate: issuer, validity period and the numbers it covers.',
    headers: ['Identity'],
    ref: [8224, '6.2.2'],
    retry: 'after-change',
  }),
  sip(438, {
    phrase: 'Invalid Identity Header',
    summary: 'The signature in the Identity header did not verify against the request.',
    explanation:
      'The verifier obtained a valid credential but the signature does not match: the signed claims (calling and called numbers, date) differ from the request, or the request was altered after signing.',
    causes: [
      'An intermediary changed the From or To number after the call was signed.',
      'A session border controller rewrote signed parts of the request.',
      'A bug in the signing software.',
    ],
    visitorAdvice: 'Contact your provider; the signature on your calls does not match them.',
    ownerAdvice: 'Compare the signed claims with the final request, and find any element that rewrites numbers or dates after signing.',
    headers: ['Identity'],
    ref: [8224, '6.2.2'],
    retry: 'after-change',
  }),
  sip(439, {
    phrase: 'First Hop Lacks Outbound Support',
    summary: 'The registrar supports SIP Outbound, but the first proxy on the path does not, so the flow cannot be kept.',
    explanation:
      'A device asking for SIP Outbound (RFC 5626) registers with a reg-id. The registrar answers 439 when the registration did not come through an edge proxy that supports Outbound, since the flow could not be maintained. The device can register again without Outbound.',
    causes: ['The outbound proxy configured on the device does not support RFC 5626.'],
    visitorAdvice: 'Check the outbound proxy setting of your phone, or turn off its "outbound" option.',
    ownerAdvice: 'Put an Outbound-capable edge proxy in front of the registrar, or advise clients not to request Outbound.',
    headers: ['Path', 'Supported'],
    ref: [5626, '11.6'],
    retry: 'after-change',
  }),
  sip(440, {
    phrase: 'Max-Breadth Exceeded',
    summary: 'A proxy could not fork the request because its Max-Breadth limit on parallel branches was used up.',
    explanation:
      'Max-Breadth (RFC 5393) limits how many branches a forked request may have at once, across all proxies, to stop forking being used to flood a network. When too little breadth remains for the branches a proxy needs, it answers 440.',
    causes: ['A user registered from very many devices.', 'Nested forking across several proxies.', 'A deliberate amplification attempt.'],
    visitorAdvice: 'Try calling a single device or number instead of a group.',
    ownerAdvice: 'Reduce parallel forking (fewer simultaneous contacts, sequential hunting), or raise Max-Breadth where it is safe.',
    headers: ['Max-Breadth'],
    ref: [5393, '6.2'],
    retry: 'after-change',
  }),
  sip(469, {
    phrase: 'Bad Info Package',
    summary: 'An INFO request used an Info Package that the receiver has not said it will accept.',
    explanation:
      'INFO requests (RFC 6086) carry application data such as DTMF digits inside a call, labelled with an Info Package. Each side lists the packages it accepts in a Recv-Info header. A 469 means the package was not on that list; the call itself continues.',
    causes: [
      'DTMF or other INFO data sent using a package the other side did not advertise.',
      'The receiver updated its Recv-Info list during the call and dropped that package.',
    ],
    visitorAdvice: 'If keypad tones do not work during the call, ask your provider to change the DTMF method.',
    ownerAdvice: "Check Recv-Info in the other side's messages and send only packages listed there, or switch DTMF to RFC 4733 events.",
    headers: ['Info-Package', 'Recv-Info'],
    ref: [6086, '11.6'],
    retry: 'after-change',
  }),
  sip(470, {
    phrase: 'Consent Needed',
    summary: 'A relay refused to forward the request because the recipient has not agreed to receive such requests.',
    explanation:
      'The consent framework (RFC 5360) protects users of relays, such as URI-list services, from unsolicited traffic. A 470 lists the recipients lacking permission in a Permission-Missing header; the sender can ask those recipients for consent first.',
    causes: ['A message or invitation to a list that includes people who have not granted permission.'],
    visitorAdvice: 'Ask the people you are contacting to accept your requests first.',
    ownerAdvice: 'Check the Permission-Missing header and the consent records on the relay.',
    headers: ['Permission-Missing'],
    ref: [5360, '5.9.2'],
    retry: 'after-change',
  }),
  sip(480, {
    phrase: 'Temporarily Unavailable',
    summary: 'The callee cannot be reached right now, for example because no device is registered or Do Not Disturb is on.',
    explanation:
      "The request reached the callee's system, but the callee is currently unavailable: not logged in, logged in but unable to communicate, or set to Do Not Disturb. A Retry-After header may suggest a better time. Proxies and redirect servers also send 480 when the user exists but has no current registration.",
    causes: [
      'No device is registered for the user (phone offline or registration expired).',
      'Do Not Disturb is on.',
      "The callee's phone did not answer within the PBX's ring timeout.",
    ],
    visitorAdvice: 'Try again later or leave a message; the person is not available at the moment.',
    ownerAdvice: "Check the callee's registration status and device connectivity, and consider routing unanswered calls to voicemail.",
    headers: ['Retry-After'],
    ref: [3261, '21.4.18'],
    retry: 'later',
  }),
  sip(481, {
    phrase: 'Call/Transaction Does Not Exist',
    aliases: ['Call Leg/Transaction Does Not Exist'],
    summary: 'The server received a request that does not match any call (dialog) or transaction it knows.',
    explanation:
      'A request inside a call, such as BYE, re-INVITE, INFO or NOTIFY, or a CANCEL, did not match an existing dialog or transaction, so the server cannot act on it. The server may have forgotten the call, or the identifying tags, Call-ID or CSeq may not match.',
    causes: [
      'The other side already ended the call or restarted.',
      'A NAT binding timed out and later requests arrive with the wrong addresses.',
      'A proxy or session border controller changed tags or Call-ID.',
      'A CANCEL arrived after the call was answered.',
    ],
    visitorAdvice: 'If calls drop or cannot be transferred, hang up and call again.',
    ownerAdvice: 'Compare Call-ID and From/To tags across the path, and check for B2BUAs or SBCs that rewrite them or lose state on failover.',
    ref: [3261, '21.4.19'],
    retry: 'no',
  }),
  sip(482, {
    phrase: 'Loop Detected',
    summary: 'The server detected that the request is travelling in a loop.',
    explanation:
      'A proxy saw that the request had already passed through it along the same route (its own Via entry with matching branch parameters), so forwarding it again would loop.',
    causes: [
      'Two servers forward the same address to each other.',
      'A user registered a Contact pointing back at the proxy.',
      'Misconfigured forwarding between PBX and provider.',
    ],
    visitorAdvice: 'Report this to your provider; their routing is sending the call round in a circle.',
    ownerAdvice: 'Trace the Via headers to find the cycle, then fix the routes, forwarding rules or registrations that cause it.',
    headers: ['Via'],
    ref: [3261, '21.4.20'],
    retry: 'no',
  }),
  sip(483, {
    phrase: 'Too Many Hops',
    summary: 'The request arrived with Max-Forwards at zero, so it passed through too many servers.',
    explanation:
      'Every proxy decrements Max-Forwards (usually starting at 70). Reaching zero usually means a routing loop that loop detection did not catch, or an unusually long chain of servers.',
    causes: ['A routing loop between servers.', 'A very long proxy chain.', 'A client starting with a very low Max-Forwards.'],
    visitorAdvice: 'Report this to your provider; the call could not find its way to the destination.',
    ownerAdvice: 'Inspect the Via headers for repeated hops and fix the loop; check that clients send a sensible Max-Forwards.',
    headers: ['Max-Forwards'],
    ref: [3261, '21.4.21'],
    retry: 'no',
  }),
  sip(484, {
    phrase: 'Address Incomplete',
    summary: 'The dialled address is incomplete; more digits or information are needed.',
    explanation:
      'The Request-URI does not yet identify a destination. With overlap dialling, a phone sends the digits collected so far and keeps adding more each time it gets 484, until the address is complete.',
    causes: ['Too few digits were dialled.', 'A dial plan that expects a prefix or area code.', 'Overlap dialling in progress.'],
    visitorAdvice: 'Dial the full number, including any area code or prefix.',
    ownerAdvice: 'Check the dial plan and digit maps so phones send complete numbers, or configure overlap dialling consistently.',
    ref: [3261, '21.4.22'],
    retry: 'after-change',
  }),
  sip(485, {
    phrase: 'Ambiguous',
    summary: 'The address matches more than one user; the response may list candidates in Contact headers.',
    explanation:
      'Unlike 300, where the locations belong to the same person, 485 means the address could be different people, so a person has to choose. Listing candidates can leak private information, so servers may be configured to answer 404 instead.',
    causes: ['A name-based address such as "lee@example.com" matches several users.'],
    visitorAdvice: 'Use a more specific address, or choose from the suggested ones.',
    ownerAdvice: 'Consider whether listing candidates reveals too much; give users unique addresses.',
    headers: ['Contact'],
    ref: [3261, '21.4.23'],
    retry: 'after-change',
  }),
  sip(486, {
    phrase: 'Busy Here',
    summary: 'The callee was reached but is busy on this device; they may be reachable elsewhere or later.',
    explanation:
      "The callee's end system was contacted but cannot take another call there. A Retry-After header may suggest when to call back. The user may still be reachable through another device or voicemail; when the system knows no other destination can take the call, it sends 600 Busy Everywhere instead.",
    causes: [
      'The callee is already on a call and has no call waiting.',
      'The callee pressed "reject" on a phone that reports busy.',
      'All lines of a device or trunk are in use.',
    ],
    visitorAdvice: 'Try again later or leave a message.',
    ownerAdvice: 'Consider call waiting, more channels or forwarding busy calls to voicemail.',
    headers: ['Retry-After'],
    ref: [3261, '21.4.24'],
    retry: 'later',
  }),
  sip(487, {
    phrase: 'Request Terminated',
    aliases: ['Request Cancelled', 'Request Canceled'],
    summary: 'The request was cancelled by a CANCEL or BYE before it completed, usually because the caller hung up.',
    explanation:
      'A 487 answers the INVITE that was cancelled, not the CANCEL itself (which gets its own 200). It is the normal result of a caller hanging up before the call is answered, and of forked branches being cancelled after another device answered.',
    causes: [
      'The caller hung up while the phone was ringing.',
      'Another device in a ring group answered first.',
      'A proxy cancelled the call after a timeout.',
    ],
    visitorAdvice: 'Nothing to do; the call was cancelled, typically by the caller hanging up.',
    ownerAdvice: 'Normally harmless. Many 487s right after a timeout may mean ring timers are too short.',
    ref: [3261, '21.4.25'],
    retry: 'no',
  }),
  sip(488, {
    phrase: 'Not Acceptable Here',
    summary: 'This destination cannot accept the offered session, often because no codec or media setting matches.',
    explanation:
      'It means the same as 606 but applies only to this destination, so the call might succeed elsewhere. The response may carry a body describing what the destination can do and a Warning header explaining the rejection.',
    causes: [
      'No common audio or video codec.',
      'SRTP required by one side but not offered by the other.',
      'Fax (T.38) or video offered to a device that cannot handle it.',
      'An SDP the device cannot parse.',
    ],
    visitorAdvice: 'Check the codec or encryption settings of your phone, or try an audio-only call.',
    ownerAdvice: "Compare the offered SDP with the callee's codec and SRTP settings, and read the Warning header for the reason.",
    headers: ['Warning', 'Accept'],
    ref: [3261, '21.4.26'],
    retry: 'after-change',
  }),
  sip(489, {
    phrase: 'Bad Event',
    summary: 'The server does not understand the event package named in the Event header of a SUBSCRIBE or NOTIFY.',
    explanation:
      'SIP event notification (RFC 6665) uses named event packages such as presence, dialog or message-summary. A 489 means the recipient does not support the package in the Event header; it should list the ones it does support in Allow-Events.',
    causes: ['Subscribing to presence, BLF (dialog) or voicemail indication on a server that does not offer it.', 'A mistyped event package name.'],
    visitorAdvice: 'The status feature you used (busy lamp, presence, voicemail light) is not available for this contact.',
    ownerAdvice: 'Check Allow-Events and enable the event package on the server, or stop clients subscribing to it.',
    headers: ['Event', 'Allow-Events'],
    ref: [6665, '8.3.2'],
    retry: 'no',
  }),
  sip(491, {
    phrase: 'Request Pending',
    summary: "A request crossed with one of the server's own pending requests in the same call; retry after a short random wait.",
    explanation:
      'Both sides tried to change the session at the same time ("glare"), for example with simultaneous re-INVITEs. RFC 3261 section 14.1 resolves it: each side waits a random time (longer for the side that created the call) and tries again.',
    causes: ['Simultaneous re-INVITEs, such as both sides putting the call on hold.', 'Session refreshes colliding with other updates.'],
    visitorAdvice: 'Usually nothing: phones retry automatically. If hold or transfer failed, try the action again.',
    ownerAdvice: 'Make sure clients implement the random back-off; frequent 491s suggest both sides refresh sessions at the same moment.',
    ref: [3261, '21.4.27'],
    retry: 'later',
  }),
  sip(493, {
    phrase: 'Undecipherable',
    summary: 'The request has an encrypted S/MIME body that the receiving user agent cannot decrypt.',
    explanation: 'The receiver has no suitable key for the encrypted body. The response may include the public key the sender should use instead.',
    causes: ['The body was encrypted with the wrong or an outdated key.', 'The receiver does not support S/MIME.'],
    visitorAdvice: "Turn off message encryption, or update the other person's key in your app.",
    ownerAdvice: 'Check certificate and key distribution for S/MIME, or disable S/MIME where it is not supported.',
    ref: [3261, '21.4.28'],
    retry: 'after-change',
  }),
  sip(494, {
    phrase: 'Security Agreement Required',
    summary: 'The server requires a security mechanism to be negotiated before it will handle the request.',
    explanation:
      'Security agreement (RFC 3329) lets a client and its first-hop server choose a security mechanism such as TLS, IPsec or digest. A 494 carries a Security-Server header listing the mechanisms the server supports; the client picks one, turns it on and resends the request. It is a normal step of registration in 3GPP IMS (VoLTE) networks.',
    causes: ['A client registering to an IMS network without the required security association.', 'Client and server share no security mechanism.'],
    visitorAdvice: 'Usually handled automatically by the phone; if registration fails, contact your operator.',
    ownerAdvice: 'Check the mechanisms listed in Security-Server against what clients offer in Security-Client.',
    headers: ['Security-Server', 'Security-Client', 'Security-Verify', 'Require'],
    ref: [3329, '2.3.1'],
    retry: 'after-change',
  }),

  // ---------------------------------------------------------------- 5xx server failure
  sip(500, {
    phrase: 'Server Internal Error',
    aliases: ['Internal Server Error'],
    summary: 'The server hit an unexpected condition that stopped it from completing the request.',
    explanation:
      'A generic server-side failure. The client may show the error and may retry after a few seconds. If the condition is temporary, the server can say when to retry with Retry-After. Proxies also send 500 in place of a 503 they received, because a 503 should not be passed upstream.',
    causes: ['A software fault or crash in the server.', 'A database or back-end failure.', 'A proxy converting a downstream 503.'],
    visitorAdvice: 'Wait a moment and try again; if it keeps happening, report it to your provider.',
    ownerAdvice: 'Check the server logs around the time of the failure, and follow any 503 from downstream routes.',
    headers: ['Retry-After'],
    ref: [3261, '21.5.1'],
    retry: 'later',
  }),
  sip(501, {
    phrase: 'Not Implemented',
    summary: 'The server does not implement the functionality the request needs, such as its method.',
    explanation:
      'A user agent server answers 501 when it does not recognize the request method at all; proxies forward requests whatever their method, so 501 normally comes from an endpoint. Compare 405, where the method is known but not allowed for this address.',
    causes: ['A newer method (UPDATE, PRACK, PUBLISH, MESSAGE, REFER) sent to a device that does not implement it.'],
    visitorAdvice: 'The other side does not support the feature you tried to use.',
    ownerAdvice: "Check the Allow header in the other side's responses and avoid methods it lacks.",
    headers: ['Allow'],
    ref: [3261, '21.5.2'],
    retry: 'no',
  }),
  sip(502, {
    phrase: 'Bad Gateway',
    summary: 'A server acting as a gateway or proxy received an invalid response from the server after it.',
    explanation:
      'The problem lies further down the path than the server that answered: the next server replied with something the gateway or proxy could not use.',
    causes: ['A malformed response from a downstream server or carrier.', 'A failing telephone-network gateway.'],
    visitorAdvice: "Try again later; the fault lies inside the provider's network.",
    ownerAdvice: 'Trace the response from the next hop and check that downstream gateway or trunk.',
    ref: [3261, '21.5.3'],
    retry: 'later',
  }),
  sip(503, {
    phrase: 'Service Unavailable',
    summary: 'The server is temporarily unable to handle the request because of overload or maintenance.',
    explanation:
      'A Retry-After header says when to try again; without one, the client treats the response like 500. A proxy or client receiving 503 should try another server if it knows one, and avoid this server for the Retry-After period. Proxies should not forward a 503 upstream. Many PBXs and providers also send 503 when they have no route or no free channel.',
    causes: [
      'Server overload or maintenance.',
      'A SIP trunk is down or out of channels.',
      'No route or outbound gateway for the dialled number.',
      'Licence or concurrent-call limits reached.',
    ],
    visitorAdvice: 'Wait a little and call again.',
    ownerAdvice:
      'Check trunk registration and channel limits, outbound routes for the number, and server load; honour Retry-After and fail over to another server.',
    headers: ['Retry-After'],
    ref: [3261, '21.5.4'],
    retry: 'later',
  }),
  sip(504, {
    phrase: 'Server Time-out',
    aliases: ['Gateway Time-out', 'Server Timeout'],
    summary: 'The server did not get a timely response from another server it needed to handle the request.',
    explanation:
      "The server asked an external server, such as a location server or the next proxy, and did not hear back in time. When the time limit set by the request's Expires header runs out instead, the answer should be 408.",
    causes: ['A downstream proxy, gateway or database is slow or unreachable.', 'DNS lookups for the next hop time out.'],
    visitorAdvice: 'Try again later.',
    ownerAdvice: 'Find which next hop did not answer and check its reachability, DNS and timers.',
    ref: [3261, '21.5.5'],
    retry: 'later',
  }),
  sip(505, {
    phrase: 'Version Not Supported',
    aliases: ['SIP Version Not Supported'],
    summary: 'The server does not support the SIP protocol version used in the request.',
    explanation: 'The request uses a major SIP version that the server cannot or will not handle. Today every implementation uses SIP/2.0.',
    causes: ['A request that is not SIP/2.0, usually a corrupted message or non-SIP traffic sent to a SIP port.'],
    visitorAdvice: 'Update your phone or app.',
    ownerAdvice: 'Capture the request line; the client or a middlebox is sending a malformed version.',
    ref: [3261, '21.5.6'],
    retry: 'no',
  }),
  sip(513, {
    phrase: 'Message Too Large',
    summary: 'The request is longer than the server can process.',
    explanation:
      "The whole message exceeds the server's limit. Large messages over UDP are a common trigger: RFC 3261 requires TCP for requests within 200 bytes of the path MTU or larger than 1300 bytes when the MTU is unknown, and fragmented UDP is often dropped or refused.",
    causes: ['A large SDP with many codecs or candidates.', 'Many Via, Record-Route or custom headers.', 'Large messages sent over UDP.'],
    visitorAdvice: 'Switch your phone to TCP or TLS transport, or reduce the enabled codecs.',
    ownerAdvice: "Use TCP or TLS for large messages, trim headers and SDP, or raise the server's message size limit.",
    ref: [3261, '21.5.7'],
    retry: 'after-change',
  }),
  sip(555, {
    phrase: 'Push Notification Service Not Supported',
    summary: 'The proxy does not support the push notification service the device asked to be woken through.',
    explanation:
      "With SIP push (RFC 8599), a mobile app that sleeps between calls names a push service in the pn-provider parameter of its registration, such as Apple's or Firebase's, so the proxy can wake it. A 555 means the proxy cannot use that service. Proxies advertise the services they do support with the sip.pns feature-capability indicator in a Feature-Caps header.",
    causes: ['The app requests a push service the provider does not offer.', 'The proxy has no push integration configured.'],
    visitorAdvice: 'Incoming calls may not wake your app; contact your provider or keep the app running.',
    ownerAdvice: 'Enable the push service on the proxy, or configure clients to request one the proxy supports.',
    headers: ['Feature-Caps', 'Contact'],
    ref: [8599, '8.1'],
    retry: 'after-change',
  }),
  sip(580, {
    phrase: 'Precondition Failure',
    summary: 'The server cannot or will not meet the preconditions in the session offer, such as reserving network resources.',
    explanation:
      'Preconditions (RFC 3312) let a caller require that network resources, for example quality-of-service reservations, are in place before the callee is alerted. A 580 rejects an offer whose mandatory preconditions cannot be met.',
    causes: ['Quality-of-service reservation failed.', 'The callee does not support a mandatory precondition type.'],
    visitorAdvice: 'Try the call again later; the network could not reserve what the call needed.',
    ownerAdvice: 'Check QoS reservation on the access network, and whether preconditions are marked mandatory when they need not be.',
    headers: ['Require', 'Supported'],
    ref: [3312, '8'],
    retry: 'later',
  }),

  // ---------------------------------------------------------------- 6xx global failure
  sip(600, {
    phrase: 'Busy Everywhere',
    summary: 'The callee is busy and no other device or voicemail can take the call.',
    explanation:
      "The callee's end system was reached, but the callee is busy and the system knows that no other end point, voicemail included, will answer. A Retry-After header may suggest a better time. Because 6xx is a global failure, proxies stop trying other branches. If the callee does not want to give a reason, 603 is used instead.",
    causes: ['The callee is on another call and has no voicemail or call waiting.'],
    visitorAdvice: 'Try again later.',
    ownerAdvice: 'Send 600 only when no alternative destination exists; otherwise 486 lets forking and voicemail continue.',
    headers: ['Retry-After'],
    ref: [3261, '21.6.1'],
    retry: 'later',
  }),
  sip(603, {
    phrase: 'Decline',
    summary: 'The callee was reached and declined to take the call.',
    explanation:
      'The user explicitly does not wish to, or cannot, take part in the call, and no other end point will answer. A Retry-After header may suggest a better time. Proxies stop trying other branches on a 6xx.',
    causes: ['The callee pressed "decline".', 'Call-screening or blocking rules rejected the caller.', 'A PBX rejects calls outside business hours.'],
    visitorAdvice: 'The person declined the call; try again later or contact them another way.',
    ownerAdvice: 'If calls are declined unexpectedly, check blocking lists and screening rules for the callee.',
    headers: ['Retry-After'],
    ref: [3261, '21.6.2'],
    retry: 'later',
  }),
  sip(604, {
    phrase: 'Does Not Exist Anywhere',
    summary: 'The server has authoritative information that the user in the Request-URI does not exist anywhere.',
    explanation:
      'This is stronger than 404: the server knows the user does not exist at any location, so no other server should be tried. RFC 8688 notes that some call-blocking services have misused 604 to make a number look unassigned.',
    causes: ['An unassigned or disconnected number.', 'A number portability database reports no such subscriber.'],
    visitorAdvice: 'Check the number; it does not exist.',
    ownerAdvice: 'Make sure your dial plan or number database is correct before answering 604, since callers will not retry.',
    ref: [3261, '21.6.3'],
    retry: 'no',
  }),
  sip(606, {
    phrase: 'Not Acceptable',
    summary: "The callee's device was reached, but some part of the session description is not acceptable anywhere.",
    explanation:
      "The user wants to communicate but cannot support the offered session, for example its media, bandwidth or addressing style. A Warning header may list the reasons and a body may describe the callee's capabilities. It is only sent when no other end point could accept the session; otherwise 488 applies.",
    causes: ['No common codec or media type.', 'Bandwidth beyond what the callee allows.', 'IPv6 offered to an IPv4-only device.'],
    visitorAdvice: 'Try an audio-only call, or change the codec settings of your phone.',
    ownerAdvice: "Read the Warning header and compare the offered SDP with the callee's capabilities.",
    headers: ['Warning', 'Accept'],
    ref: [3261, '21.6.4'],
    retry: 'after-change',
  }),
  sip(607, {
    phrase: 'Unwanted',
    summary: 'The callee rejected the call as unwanted, such as spam or a robocall; further calls will likely be rejected too.',
    explanation:
      'RFC 8197 lets a user mark a call as unwanted, as with a spam button. The provider may add the caller to a personal block list or feed the report into call-analytics systems. The code can also appear in a Reason header of a BYE when the user hangs up on such a call.',
    causes: ['The callee marked the call as spam.', 'A device-level block list rejected the caller.'],
    visitorAdvice: 'The person does not want calls from you; if this is a mistake, reach them through another channel.',
    ownerAdvice: 'If your legitimate traffic gets 607s, review calling patterns and caller-ID signing (STIR/SHAKEN) to rebuild trust.',
    headers: ['Reason'],
    ref: [8197, '4'],
    retry: 'no',
  }),
  sip(608, {
    phrase: 'Rejected',
    summary: 'An intermediary, not the callee, rejected the call, for example a call-blocking or analytics service.',
    explanation:
      'RFC 8688 separates rejection by a network element from rejection by the user. The 608 can carry a Call-Info header with a signed jCard giving contact details of the rejecting operator, so that a legitimate caller wrongly blocked can ask for redress.',
    causes: ["A carrier's call-analytics engine labelled the caller as likely spam.", "A policy of the called party's provider blocked the call."],
    visitorAdvice: 'Your call was blocked by the network; use the contact details it provides, if any, to dispute the block.',
    ownerAdvice: 'If you block calls, include the jCard so callers can reach you. If you are being blocked, contact the operator listed.',
    headers: ['Call-Info'],
    ref: [8688, '3'],
    retry: 'after-change',
  }),
];
