/**
 * "Who answered" in one line: the origin server and what stands in front of it ("nginx behind
 * Cloudflare"), with the header that proves each. Reads the fingerprints of a response's kept
 * headers; falls back to the vendors the capture core stored when the headers say nothing.
 */
import type { HeaderEntry, VendorRef } from '../capture';
import { detectVendors, type VendorMatch, type VendorRole } from '../fingerprints';

export interface VendorLayer {
  id: string;
  name: string;
  role?: VendorRole;
  version?: string;
  /** The strongest evidence: 'server: nginx/1.24.0'. Absent for a vendor known only from stored refs. */
  proof?: string;
  /** The headers only hint at it. */
  uncertain: boolean;
}

export interface VendorLine {
  /** 'nginx 1.24.0 behind Cloudflare'; '' when nobody was identified. */
  text: string;
  /** Outermost first, as the request met them. */
  layers: VendorLayer[];
}

const EDGE_ROLES: ReadonlySet<VendorRole> = new Set(['cdn', 'load-balancer', 'proxy']);

function layerOf(match: VendorMatch): VendorLayer {
  const layer: VendorLayer = {
    id: match.id,
    name: match.name,
    role: match.role,
    proof: `${match.header}: ${match.value}`,
    uncertain: match.confidence === 'low',
  };
  if (match.version) layer.version = match.version;
  return layer;
}

function named(layer: VendorLayer): string {
  return `${layer.name}${layer.version ? ` ${layer.version}` : ''}${layer.uncertain ? ' (probably)' : ''}`;
}

/** The layers of a response: fingerprints of its headers, else the stored vendor refs. */
export function vendorLayers(headers: readonly HeaderEntry[] | undefined, stored?: readonly VendorRef[]): VendorLayer[] {
  const detected = headers && headers.length > 0 ? detectVendors(headers) : [];
  if (detected.length > 0) return detected.map(layerOf);
  return (stored ?? []).map((v) => ({ id: v.id, name: v.name, uncertain: false }));
}

/** Joins layers into one phrase: the innermost server first, then what it sits behind. */
export function vendorText(layers: readonly VendorLayer[]): string {
  if (layers.length === 0) return '';
  // Without roles (stored refs only) the order is the capture's, outermost first: list them as they are.
  if (layers.some((l) => l.role === undefined)) return layers.map(named).join(', ');
  const edges = layers.filter((l) => l.role !== undefined && EDGE_ROLES.has(l.role));
  const inner = layers.filter((l) => !edges.includes(l));
  const [main, ...rest] = inner;
  const edgeText = [...edges].reverse().map(named).join(' behind ');
  if (main === undefined) return edgeText;
  const mainText = rest.length > 0 ? `${named(main)} with ${rest.map(named).join(' and ')}` : named(main);
  return edgeText === '' ? mainText : `${mainText} behind ${edgeText}`;
}

export function vendorLine(headers: readonly HeaderEntry[] | undefined, stored?: readonly VendorRef[]): VendorLine {
  const layers = vendorLayers(headers, stored);
  return { text: vendorText(layers), layers };
}
