import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indexDesign, parseDesign, type Design, type Resource } from '../../model/index.ts';
import { importLza } from '../../io/import/lza/index.ts';
import { parseYaml } from '../../io/import/yaml.ts';
import { buildLzaConfig, generateLza } from './index.ts';

const DIR = new URL('../../../../public/examples/', import.meta.url);
const examples = readdirSync(DIR)
  .filter((f) => f.endsWith('.json') && f !== 'index.json')
  .map((f) => {
    const parsed = parseDesign(readFileSync(new URL(f, DIR), 'utf8'));
    if (!parsed.ok) throw new Error(`${f} does not parse`);
    return [f, parsed.design] as const;
  });

/**
 * What LZA's network configuration says about a design, by names: VPCs, subnets, route tables
 * and their routes, gateways, transit gateway tables and attachments, peering, firewalls,
 * endpoints, groups, ACLs, shares. Ids, layout, Elastic IPs, default groups and the implicit
 * main table and default ACL (which LZA does not configure) are left out.
 */
function normalise(design: Design): unknown {
  const index = indexDesign(design);
  const name = (id: string | undefined) => {
    const resource = index.get(id);
    // LZA names no gateway: a VPC has one of each.
    if (resource?.kind === 'internet-gateway' || resource?.kind === 'egress-only-internet-gateway') return resource.kind;
    if (resource) return `${resource.kind}:${resource.name}`;
    for (const tgw of index.ofKind('transit-gateway')) for (const t of tgw.routeTables) if (t.id === id) return `tgw-table:${t.name}`;
    return id === 'local' ? 'local' : `missing:${id}`;
  };
  const table = (id: string | undefined) => {
    const rt = index.get(id);
    return rt?.kind === 'route-table' && !rt.main ? rt.name : '(main)';
  };
  const acl = (subnet: string) => {
    const found = index.networkAclOf(subnet);
    return found && !found.default ? found.name : '(default)';
  };
  const out: Record<string, unknown[]> = {};
  const push = (key: string, value: unknown) => (out[key] ??= []).push(value);
  const sorted = <T,>(list: readonly T[]) => [...list].map((x) => JSON.stringify(x)).sort();
  for (const r of design.resources as Resource[]) {
    const vpc = index.vpcOf(r.id)?.name;
    switch (r.kind) {
      case 'vpc':
        push('vpcs', { name: r.name, account: index.get(index.ownerOf(r.id))?.name, region: r.region, cidrs: r.cidrs, dns: [r.enableDnsSupport, r.enableDnsHostnames] });
        break;
      case 'subnet':
        push('subnets', { vpc, name: r.name, cidr: r.cidr, az: r.availabilityZone, table: table(index.routeTableOf(r.id)?.id), acl: acl(r.id), publicIp: r.mapPublicIpOnLaunch ?? false });
        break;
      case 'route-table':
        if (!r.main) push('routeTables', { vpc, name: r.name, routes: sorted(r.routes.filter((x) => x.target !== 'local').map((x) => ({ to: x.destination ?? name(x.prefixList), via: name(x.target), az: x.endpointAz }))) });
        break;
      case 'internet-gateway':
      case 'egress-only-internet-gateway':
        push('gateways', { vpc, kind: r.kind });
        break;
      case 'nat-gateway':
        push('nats', { vpc, name: r.name, subnet: index.subnetOf(r.id)?.name, connectivity: r.connectivity });
        break;
      case 'vpc-peering':
        push('peerings', { name: r.name, vpcs: [name(r.requesterVpc), name(r.accepterVpc)] });
        break;
      case 'transit-gateway':
        push('tgws', { name: r.name, region: r.region, asn: r.amazonSideAsn, tables: r.routeTables.map((t) => ({ name: t.name, routes: sorted(t.routes.map((x) => ({ to: x.destination, via: x.blackhole ? 'blackhole' : name(x.attachment) }))) })) });
        break;
      case 'tgw-attachment':
        push('attachments', { vpc: name(r.vpc), tgw: name(r.transitGateway), subnets: r.subnets.map(name), table: name(r.routeTable), propagations: (r.propagations ?? []).map(name), appliance: r.applianceMode ?? false });
        break;
      case 'vpc-endpoint':
        push('endpoints', { vpc, type: r.endpointType, service: r.service, subnets: (r.subnets ?? []).map(name), tables: sorted((r.routeTables ?? []).map(name)) });
        break;
      case 'network-firewall':
        push('firewalls', { name: r.name, vpc, subnets: r.subnetMappings.map((m) => name(m.subnet)), policy: canonical(r.firewallPolicy) });
        break;
      case 'security-group':
        if (!r.default) push('groups', { vpc, name: r.name, ingress: sorted(r.ingress.map((x) => ({ ...x, peer: x.peer.kind === 'cidr' ? x.peer.cidr : name(x.peer.kind === 'security-group' ? x.peer.securityGroup : x.peer.prefixList) }))), egress: sorted(r.egress.map((x) => ({ ...x, peer: x.peer.kind === 'cidr' ? x.peer.cidr : name(x.peer.kind === 'security-group' ? x.peer.securityGroup : x.peer.prefixList) }))) });
        break;
      case 'network-acl':
        if (!r.default) push('acls', { vpc, name: r.name, inbound: r.inbound, outbound: r.outbound });
        break;
      case 'prefix-list':
        push('prefixLists', { name: r.name, cidrs: r.cidrs });
        break;
      case 'ram-share':
        push('shares', sorted(r.resources.flatMap((res) => r.principals.map((p) => `${name(res)} → ${name(p)}`))));
        break;
      default:
        break;
    }
  }
  for (const key of Object.keys(out)) out[key] = sorted(out[key]!);
  out.shares = sorted((out.shares ?? []).flatMap((s) => JSON.parse(s as string) as string[]));
  return out;
}

/** The same data with every object's keys in order, so key order does not count. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') return Object.fromEntries(Object.keys(value).sort().map((key) => [key, canonical((value as Record<string, unknown>)[key])]));
  return value;
}

describe('lzs export --format lza', () => {
  // An example LZA can express: nothing but workloads and load balancing is left out of its file.
  const expressible = examples.filter(([, design]) => buildLzaConfig(design).leftOut.every((line) => /resources outside LZA's network configuration/.test(line)));

  it('can express most gallery examples, and names what it cannot in the others', () => {
    expect(expressible.length).toBeGreaterThanOrEqual(7);
    for (const [file, design] of examples.filter((example) => !expressible.includes(example))) {
      expect(generateLza(design)[0]!.contents, file).toMatch(/# - \d+ hybrid resources this export does not write/);
    }
  });

  it.each(expressible)('%s comes back the same through import', (_file, design) => {
    const [file] = generateLza(design);
    const back = importLza({ file: { name: 'network-config.yaml', text: file!.contents } });
    expect(normalise(back.design)).toEqual(normalise(design));
    expect(back.notes.filter((n) => n.level !== 'inferred')).toEqual([]);
  });

  it('says in the file what LZA cannot hold, and writes YAML that reads back as the same data', () => {
    const [, design] = examples.find(([f]) => f === 'static-ips-partner.json')!;
    const [file] = generateLza(design);
    expect(file!.path).toBe('network-config.yaml');
    expect(file!.contents).toMatch(/^# Landing Zone Accelerator network-config\.yaml/);
    expect(file!.contents).toContain('# Not expressed in this file:');
    expect(file!.contents).toMatch(/# - \d+ resources outside LZA's network configuration \(.*instance.*\)/);
    expect(parseYaml(file!.contents, 'network-config.yaml')).toEqual(JSON.parse(JSON.stringify({ ...buildLzaConfig(design).config, endpointPolicies: [{ name: 'Default', document: 'vpc-endpoint-policies/default.json' }] })));
  });
});
