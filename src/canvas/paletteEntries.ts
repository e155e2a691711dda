/**
 * What the palette offers: a box of each kind drawn as a node, plus entries architects look
 * for by name that are a kind with a preset (a Proxy is an EC2 instance in the proxy role, a
 * Partner network an external network of the partner type) or
 * an action (an Elastic IP is allocated for the selected NAT gateway, instance or NLB).
 */
import type { Design, OpResult, PaletteGroup, ResourceKind } from '../engine/model/index.ts';
import { containerFor, giveElasticIp, indexDesign, KINDS, RESOURCE_KINDS, takesElasticIp } from '../engine/model/index.ts';
import { addToSelectionOperation } from './addToSelection.ts';

export interface PaletteEntry {
  /** Unique among entries: the kind, or the preset's name. */
  readonly key: string;
  readonly kind: ResourceKind;
  readonly label: string;
  readonly group: PaletteGroup;
  /** Fields a new resource from this entry starts with. */
  readonly preset?: Readonly<Record<string, unknown>>;
  /** Shown under the label. */
  readonly hint?: string;
}

/** A proxy listens where the partner connects (TLS on 443) and opens its own connection upstream. */
const PROXY: PaletteEntry = {
  key: 'proxy',
  kind: 'instance',
  label: 'Proxy',
  group: 'Compute and containers',
  preset: { name: 'proxy', role: 'proxy', port: 443 },
};

/** A partner's network: traffic comes from its own addresses (its CIDR), not from anywhere on the internet. */
const PARTNER: PaletteEntry = {
  key: 'partner',
  kind: 'external',
  label: 'Partner network',
  group: 'External',
  preset: { name: 'Partner network', endpointType: 'partner' },
};

const ELASTIC_IP: PaletteEntry = {
  key: 'elastic-ip',
  kind: 'elastic-ip',
  label: 'Elastic IP',
  group: 'Network',
  hint: 'For the selected NAT gateway, instance or NLB',
};

export const PALETTE_ENTRIES: readonly PaletteEntry[] = [
  ...RESOURCE_KINDS.filter((k) => KINDS[k].drawnAs !== 'badge').flatMap((kind): PaletteEntry[] => {
    const entry = { key: kind, kind, label: KINDS[kind].label, group: KINDS[kind].group };
    if (kind === 'instance') return [entry, PROXY];
    if (kind === 'external') return [entry, PARTNER];
    return [entry];
  }),
  ELASTIC_IP,
];

export function paletteEntry(key: string): PaletteEntry | undefined {
  return PALETTE_ENTRIES.find((e) => e.key === key);
}

/** What a click (or Enter) on an entry does with the current selection. */
export function entryOperation(entry: PaletteEntry, selection: readonly string[]): (design: Design) => OpResult {
  if (entry.kind === 'elastic-ip') {
    return (design) => {
      const selected = selection.length === 1 ? indexDesign(design).get(selection[0]) : undefined;
      if (selected && takesElasticIp(selected)) return giveElasticIp(design, selected.id);
      // Otherwise an address kept in the account, for later.
      if (!containerFor(design, 'elastic-ip', selected?.id)) {
        return { ok: false, reason: 'An Elastic IP is for a NAT gateway, an instance or a Network Load Balancer: select one first (or an account to keep one in).' };
      }
      return addToSelectionOperation('elastic-ip', selection)(design);
    };
  }
  return addToSelectionOperation(entry.kind, selection, entry.preset);
}
