/**
 * "Who answered" in one line: the origin server and what stands in front of it ("nginx behind
 * Cloudflare"), with the header that proves each. Reads the vendors the background detected on every
 * header of the response and stored with it; it never detects again. When the registry found that a
 * proxy or CDN made the response itself (the stored meaning's `madeBy`), the line names it as the one
 * that answered, and the server behind it as the relayed headers name it, or as not named.
 */
import type { VendorRef } from '../capture';
import { ROLE_ORDER, type MadeByRef, type VendorRole } from '../fingerprints/vendor-types';
import { madeBySentence } from '../registry/maker-sentence';
import type { I18n } from '../i18n/create-i18n';

type Words = Pick<I18n, 't'>;

interface VendorLayer {
  id: string;
  name: string;
  role?: VendorRole;
  version?: string;
  /** The strongest evidence: 'server: nginx/1.24.0'. */
  proof?: string;
  /** The headers only hint at it. */
  uncertain: boolean;
}

export interface VendorLine {
  /** 'nginx 1.24.0 behind Cloudflare'; '' when nobody was identified. */
  text: string;
  /** Outermost first, as the request met them (and as the capture stored them). */
  layers: VendorLayer[];
  /** 'Varnish made this response itself: it could not connect to the server behind it.', when one did. */
  madeBy?: string;
}

const EDGE_ROLES: ReadonlySet<VendorRole> = new Set(['cdn', 'load-balancer', 'proxy']);

function layerOf(ref: VendorRef): VendorLayer {
  const layer: VendorLayer = { id: ref.id, name: ref.name, uncertain: ref.confidence === 'low' };
  if (ref.role !== undefined) layer.role = ref.role;
  if (ref.version !== undefined) layer.version = ref.version;
  if (ref.proof !== undefined) layer.proof = ref.proof;
  return layer;
}

/** 'A behind B behind C', 'A and B': each pair one message, so each language orders its own words. */
function joined(words: Words, key: 'uiVendorBehind' | 'uiVendorAnd', parts: readonly string[]): string {
  return parts.reduce((text, part) => words.t(key, text, part));
}

/** Joins layers into one phrase: the innermost server first, then what it sits behind. */
function vendorText(words: Words, layers: readonly VendorLayer[], withVersions: boolean): string {
  const named = (layer: VendorLayer): string => {
    const name = `${layer.name}${withVersions && layer.version ? ` ${layer.version}` : ''}`;
    return layer.uncertain ? words.t('uiVendorProbably', name) : name;
  };
  if (layers.length === 0) return '';
  // Without roles the order is the capture's, outermost first: list them as they are.
  if (layers.some((l) => l.role === undefined)) return layers.map(named).join(', ');
  const edges = layers.filter((l) => l.role !== undefined && EDGE_ROLES.has(l.role));
  const inner = layers.filter((l) => !edges.includes(l));
  const [main, ...rest] = inner;
  const edgeText = edges.length > 0 ? joined(words, 'uiVendorBehind', [...edges].reverse().map(named)) : '';
  if (main === undefined) return edgeText;
  const mainText = rest.length > 0 ? words.t('uiVendorWith', named(main), joined(words, 'uiVendorAnd', rest.map(named))) : named(main);
  return edgeText === '' ? mainText : words.t('uiVendorBehind', mainText, edgeText);
}

const depthOf = (role: VendorRole | undefined): number => (role === undefined ? -1 : ROLE_ORDER.indexOf(role));

/** 'Varnish (its own answer); server behind it: not named', 'nginx (its own answer) behind Cloudflare; server behind it: PHP'. */
function madeByText(words: Words, madeBy: MadeByRef, layers: readonly VendorLayer[], withVersions: boolean): string {
  const depth = depthOf(madeBy.role);
  const others = layers.filter((l) => l.id !== madeBy.id);
  const outer = others.filter((l) => depthOf(l.role) < depth);
  const inner = others.filter((l) => depthOf(l.role) > depth);
  const maker = layers.find((l) => l.id === madeBy.id);
  const name = `${madeBy.name}${withVersions && maker?.version ? ` ${maker.version}` : ''}`;
  const own = words.t(madeBy.probable ? 'uiVendorOwnAnswerProbably' : 'uiVendorOwnAnswer', name);
  const answered = outer.length > 0 ? words.t('uiVendorBehind', own, vendorText(words, outer, withVersions)) : own;
  const behind = inner.length > 0 ? vendorText(words, inner, withVersions) : words.t('uiVendorNotNamed');
  return words.t('uiVendorServerBehind', answered, behind);
}

/**
 * The line for the stored vendors; a table column leaves the versions out (`withVersions` false) for room.
 * `madeBy` is the stored meaning's: the product that made the response itself, if one did.
 */
export function vendorLine(words: Words, vendors: readonly VendorRef[] | undefined, withVersions = true, madeBy?: MadeByRef): VendorLine {
  const layers = (vendors ?? []).map(layerOf);
  if (madeBy === undefined) return { text: vendorText(words, layers, withVersions), layers };
  return { text: madeByText(words, madeBy, layers, withVersions), layers, madeBy: madeBySentence(madeBy) };
}
