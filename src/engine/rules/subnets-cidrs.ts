/** Subnets and CIDR blocks (catalogue section 10). */
import { addressesUsed, indexDesign, kindList, updateResource, type DesignIndex, type Resource, type SubnetResource } from '../model/index.ts';
import { cidrBlock, contains, freeBlock, overlaps, usableAddresses, type CidrBlock } from '../net/cidr.ts';
import { eachVpc, IntervalIndex, netFacts, VPC_UG } from './net-facts.ts';
import { finding, named, type Finding, type QuickFix, type Rule } from './types.ts';

const CIDR_DOC = `${VPC_UG}vpc-cidr-blocks.html`;
const SUBNET_DOC = `${VPC_UG}configure-subnets.html`;

export const cidrSize: Rule = {
  id: 'CIDR-SIZE',
  severity: 'error',
  summary: 'IPv4 blocks of VPCs and subnets are /16 to /28; IPv6 VPC blocks /56, subnet blocks /64.',
  docUrl: CIDR_DOC,
  dependsOn: ['vpc', 'subnet'],
  check(context) {
    return eachVpc(this, context);
  },
  checkVpc({ index }, current) {
    const findings: Finding[] = [];
    const check = (resource: Resource, text: string | undefined, what: string) => {
      if (text === undefined) return;
      const prefix = Number(text.slice(text.indexOf('/') + 1));
      const v6 = text.includes(':');
      if (v6 ? prefix === (what === 'VPC' ? 56 : 64) : prefix >= 16 && prefix <= 28) return;
      const block = cidrBlock(text);
      if (!block) return;
      const ok = block.version === 4 ? block.prefix >= 16 && block.prefix <= 28 : block.prefix === (what === 'VPC' ? 56 : 64);
      if (ok) return;
      const allowed = block.version === 4 ? '/16 to /28' : what === 'VPC' ? '/56' : '/64';
      findings.push(finding(this, 'error', [resource.id], `${what} ${named(resource)} has block ${block.text}; AWS allows ${allowed} for ${block.version === 4 ? 'IPv4' : 'IPv6'} ${what === 'VPC' ? 'VPC' : 'subnet'} blocks.`));
    };
    for (const cidr of [...current.cidrs, ...(current.ipv6Cidrs ?? [])]) check(current, cidr, 'VPC');
    for (const subnet of netFacts(index).subnetsOf(current.id)) {
      check(subnet, subnet.cidr, 'Subnet');
      check(subnet, subnet.ipv6Cidr, 'Subnet');
    }
    return findings;
  },
};

function reservedName(block: CidrBlock, ip: CidrBlock): string | undefined {
  const offset = ip.first - block.first;
  if (ip.first === block.last) return 'the broadcast address';
  return ['the network address', 'the VPC router', 'the DNS server', 'reserved for future use'][Number(offset)];
}

export const cidrRsv: Rule = {
  id: 'CIDR-RSV',
  severity: 'error',
  summary: 'AWS reserves 5 addresses per subnet; fixed addresses must avoid them, and a subnet must have room for what it holds.',
  docUrl: `${VPC_UG}subnet-sizing.html`,
  dependsOn: ['subnet', kindList((info) => info.addresses !== undefined)],
  check(context) {
    return eachVpc(this, context);
  },
  checkVpc({ index }, current) {
    const findings: Finding[] = [];
    const used = new Map<string, { count: number; who: Resource[] }>();
    for (const resource of netFacts(index).resourcesIn(current.id)) {
      const n = addressesUsed(resource);
      if (n === 0) continue;
      const ids = new Set([resource.parent, ...('subnets' in resource ? (resource.subnets ?? []) : [])]);
      if ('subnetMappings' in resource) for (const mapping of resource.subnetMappings ?? []) ids.add(mapping.subnet);
      for (const id of ids) {
        const subnet = index.getOf(id, 'subnet');
        if (!subnet || subnet.parent !== current.id) continue;
        const entry = used.get(subnet.id);
        if (entry) {
          entry.count += n;
          entry.who.push(resource);
        } else used.set(subnet.id, { count: n, who: [resource] });
      }
    }
    const fixed: { resource: Resource; ip: string; subnet: SubnetResource | undefined }[] = [];
    for (const resource of netFacts(index).resourcesIn(current.id)) {
      if ((resource.kind === 'instance' || resource.kind === 'nat-gateway') && resource.privateIp) {
        fixed.push({ resource, ip: resource.privateIp, subnet: index.getOf(resource.parent, 'subnet') });
      } else if ('subnetMappings' in resource) {
        for (const mapping of resource.subnetMappings ?? []) if (mapping.privateIp) fixed.push({ resource, ip: mapping.privateIp, subnet: index.getOf(mapping.subnet, 'subnet') });
      }
    }
    for (const { resource, ip, subnet } of fixed) {
      const block = cidrBlock(subnet?.cidr);
      // cidrBlock caches by text, unlike parseIp; the schema already checked the address.
      const address = cidrBlock(ip.includes(':') ? `${ip}/128` : `${ip}/32`);
      if (!subnet || subnet.parent !== current.id || !block || !address || address.version !== 4) continue;
      if (!contains(block, address)) {
        findings.push(finding(this, 'error', [resource.id, subnet.id], `${named(resource)} has the address ${ip}, which is outside its subnet ${named(subnet)} (${subnet.cidr}).`, { suffix: 'outside' }));
        continue;
      }
      const reserved = reservedName(block, address);
      if (reserved) findings.push(finding(this, 'error', [resource.id, subnet.id], `${named(resource)} has the address ${ip}, which AWS reserves in ${named(subnet)} (${subnet.cidr}) as ${reserved}.`));
    }
    for (const [subnetId, { count, who }] of used) {
      // A /28, the smallest subnet, has 11 usable addresses.
      if (count <= 11) continue;
      const subnet = index.getOf(subnetId, 'subnet');
      const block = cidrBlock(subnet?.cidr);
      if (!subnet || !block) continue;
      const usable = usableAddresses(block);
      if (count <= usable) continue;
      findings.push(
        finding(this, 'error', [subnet.id, ...who.map((r) => r.id)], `${named(subnet)} (${subnet.cidr}) has ${usable} usable addresses (AWS reserves 5), but what it holds needs about ${count}: ${who.slice(0, 5).map(named).join(', ')}${who.length > 5 ? '…' : ''}.`, { suffix: 'full' }),
      );
    }
    return findings;
  },
};

function overlapFix(index: DesignIndex, subnet: SubnetResource): QuickFix | undefined {
  const vpc = index.getOf(subnet.parent, 'vpc');
  const block = cidrBlock(subnet.cidr);
  if (!vpc || !block) return undefined;
  const propose = (idx: DesignIndex) => {
    const taken = netFacts(idx).subnetsOf(vpc.id).filter((s) => s.id !== subnet.id).map((s) => cidrBlock(s.cidr)).filter((b) => b !== undefined);
    for (const cidr of vpc.cidrs) {
      const free = freeBlock(cidr, block.prefix, taken);
      if (free) return free;
    }
    return undefined;
  };
  const proposed = propose(index);
  if (!proposed) return undefined;
  return {
    id: 'free-subnet-block',
    title: `Move ${named(subnet)} to ${proposed}`,
    description: `${proposed} is a free block of the same size inside ${named(vpc)}.`,
    apply: (design) => {
      const fresh = propose(indexDesign(design));
      return fresh ? updateResource(design, subnet.id, { cidr: fresh }) : { ok: false, reason: 'No free block of that size is left in the VPC.' };
    },
  };
}

export const subnetAz: Rule = {
  id: 'SUBNET-AZ',
  severity: 'error',
  summary: "A subnet sits in one AZ of its VPC's Region, inside a VPC block, overlapping no other subnet.",
  docUrl: SUBNET_DOC,
  dependsOn: ['subnet', 'vpc'],
  check(context) {
    return eachVpc(this, context);
  },
  checkVpc({ index }, current) {
    const facts = netFacts(index);
    const findings: Finding[] = [];
    const vpc = current;
    const subnets = facts.subnetsOf(vpc.id);
    const blocks = facts.blocksOf(vpc);
    const entries: { block: CidrBlock; item: SubnetResource }[] = [];
    for (const subnet of subnets) {
      if (!subnet.availabilityZone.startsWith(vpc.region) || !/^[a-z]$/.test(subnet.availabilityZone.slice(vpc.region.length))) {
        findings.push(finding(this, 'error', [subnet.id], `${named(subnet)} is in ${subnet.availabilityZone}, but ${named(vpc)} is in ${vpc.region}; a subnet's AZ must be in its VPC's Region.`, { suffix: 'region' }));
      }
      for (const text of [subnet.cidr, subnet.ipv6Cidr]) {
        const block = cidrBlock(text);
        if (!block) continue;
        entries.push({ block, item: subnet });
        if (!blocks.some((b) => contains(b, block))) {
          findings.push(finding(this, 'error', [subnet.id, vpc.id], `${named(subnet)} (${block.text}) is not inside any block of ${named(vpc)} (${[...vpc.cidrs, ...(vpc.ipv6Cidrs ?? [])].join(', ')}).`, { suffix: 'outside' }));
        }
      }
    }
    for (const [a, b, x, y] of new IntervalIndex(entries).overlappingPairs()) {
      if (a.id === b.id || !overlaps(x, y)) continue;
      const fix = overlapFix(index, b);
      findings.push(finding(this, 'error', [b.id, a.id], `${named(a)} (${x.text}) and ${named(b)} (${y.text}) overlap in ${named(vpc)}; subnets of a VPC cannot overlap.`, { suffix: 'overlap', fixes: fix ? [fix] : [] }));
    }
    return findings;
  },
};

export const cidrSec: Rule = {
  id: 'CIDR-SEC',
  severity: 'error',
  summary: "A VPC's blocks may not overlap each other or be the same as or larger than a route's destination; 5 IPv4 blocks by default.",
  docUrl: CIDR_DOC,
  dependsOn: ['vpc', 'route-table'],
  check(context) {
    return eachVpc(this, context);
  },
  checkVpc({ index }, current) {
    const facts = netFacts(index);
    const findings: Finding[] = [];
    const vpc = current;
    if (vpc.cidrs.length > 5) {
      findings.push(finding(this, 'warning', [vpc.id], `${named(vpc)} has ${vpc.cidrs.length} IPv4 blocks; the default quota is 5 per VPC (it can be raised to 50).`, { suffix: 'quota' }));
    }
    const own = vpc.cidrs.map(cidrBlock).filter((b) => b !== undefined);
    for (let i = 0; i < own.length; i++) {
      for (let j = i + 1; j < own.length; j++) {
        if (overlaps(own[i]!, own[j]!)) findings.push(finding(this, 'error', [vpc.id], `${named(vpc)}'s blocks ${own[i]!.text} and ${own[j]!.text} overlap; a VPC's blocks cannot overlap.`));
      }
    }
    const routes = facts.routeTablesOf(vpc.id).flatMap((t) => t.routes.filter((r) => r.target !== 'local').map((r) => ({ table: t, route: r })));
    for (const secondary of own.slice(1)) {
      const clash = routes.find(({ route }) => {
        const d = cidrBlock(route.destination);
        return !!d && contains(secondary, d);
      });
      if (clash) {
        findings.push(
          finding(this, 'error', [vpc.id, clash.table.id], `${named(vpc)}'s secondary block ${secondary.text} is the same as or larger than the destination ${clash.route.destination} of a route in ${named(clash.table)}; AWS refuses to add it. Remove the route or pick another block.`),
        );
      }
    }
    return findings;
  },
};

const RFC1918 = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'].map((t) => cidrBlock(t)!);
const LINK_LOCAL = cidrBlock('169.254.0.0/16')!;
const DOCKER = cidrBlock('172.17.0.0/16')!;
const SHARED_SPACE = cidrBlock('100.64.0.0/10')!;
const rfcRange = (block: CidrBlock) => RFC1918.find((range) => contains(range, block));

export const cidrRange: Rule = {
  id: 'CIDR-RANGE',
  severity: 'error',
  summary: 'No 169.254/16; avoid 172.17/16; RFC 1918 recommended; secondary blocks are limited by the primary’s range.',
  docUrl: CIDR_DOC,
  dependsOn: ['vpc'],
  check(context) {
    return eachVpc(this, context);
  },
  checkVpc(_context, current) {
    const findings: Finding[] = [];
    const vpc = current;
    const blocks = vpc.cidrs.map(cidrBlock).filter((b) => b !== undefined);
    for (const block of blocks) {
      if (overlaps(block, LINK_LOCAL)) findings.push(finding(this, 'error', [vpc.id], `${named(vpc)}'s block ${block.text} is in 169.254.0.0/16 (link-local), which AWS does not allow for a VPC.`));
      else if (overlaps(block, DOCKER)) findings.push(finding(this, 'warning', [vpc.id], `${named(vpc)}'s block ${block.text} overlaps 172.17.0.0/16, which Docker and some AWS services use internally; pick another range.`, { suffix: 'docker' }));
      else if (!rfcRange(block) && !contains(SHARED_SPACE, block)) {
        findings.push(finding(this, 'info', [vpc.id], `${named(vpc)}'s block ${block.text} is public address space; AWS recommends RFC 1918 ranges, and these addresses become unreachable on the internet from this VPC.`, { suffix: 'public' }));
      }
    }
    const primary = blocks[0] && rfcRange(blocks[0]);
    if (!primary) return findings;
    for (const secondary of blocks.slice(1)) {
      const range = rfcRange(secondary);
      if (range && range !== primary) {
        findings.push(finding(this, 'error', [vpc.id], `${named(vpc)}'s primary block ${blocks[0]!.text} is in ${primary.text}, so AWS refuses the secondary block ${secondary.text} from ${range.text}. Use the primary's range or 100.64.0.0/10.`, { suffix: 'secondary' }));
      }
    }
    return findings;
  },
};

export const subnetCidrRules: readonly Rule[] = [cidrSize, cidrRsv, subnetAz, cidrSec, cidrRange];
