/**
 * The class-based matrix against one trace per pair: the same cell for every pair, on the
 * gallery's designs and on random landing zones changed where classes could go wrong (a /32
 * in a security group rule, a NACL entry inside a subnet, a sender that is its own NLB's
 * target, an instance with another operating system beside its twin). Seeds are fixed.
 */
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Design } from '../model/design.ts';
import type { NetworkAclEntry, SecurityGroupRule } from '../model/fields.ts';
import { parseDesign } from '../model/index.ts';
import type { Resource } from '../model/resources.ts';
import { design } from '../testing/builder.ts';
import { syntheticLandingZone } from '../testing/synthetic.ts';
import { endpointClasses } from './classes.ts';
import { simContext } from './context.ts';
import { formatIpv4 } from './ipv4.ts';
import { defaultEndpoints, matrix, matrixPerPair, matrixRows } from './matrix.ts';
import { allow, group, oneVpc } from './testing.ts';
import type { Protocol } from './types.ts';

const ANYWHERE: SecurityGroupRule = { protocol: 'all', fromPort: 0, toPort: 65535, peer: { kind: 'cidr', cidr: '0.0.0.0/0' } };
const open = { ingress: [ANYWHERE], egress: [ANYWHERE] };

function expectSameAsPerPair(d: Design, endpoints: readonly string[], protocol: Protocol, port: number) {
  const byClass = matrix(d, endpoints, protocol, port);
  const perPair = matrixPerPair(d, endpoints, protocol, port);
  const wrong: string[] = [];
  endpoints.forEach((from, i) =>
    endpoints.forEach((to, j) => {
      if (JSON.stringify(byClass.cells[i]![j]) !== JSON.stringify(perPair.cells[i]![j])) wrong.push(`${from} → ${to}: ${JSON.stringify(byClass.cells[i]![j])}, traced alone ${JSON.stringify(perPair.cells[i]![j])}`);
    }),
  );
  expect(wrong.slice(0, 5)).toEqual([]);
}

const examples = new URL('../../../public/examples/', import.meta.url);

describe('the matrix by endpoint classes', () => {
  it.each(readdirSync(examples).filter((file) => file.endsWith('.json') && file !== 'index.json'))('gives every cell of %s as tracing each pair would, on several ports', (file) => {
    const parsed = parseDesign(readFileSync(new URL(file, examples), 'utf8'));
    if (!parsed.ok) throw new Error(`${file} does not parse`);
    const endpoints = defaultEndpoints(parsed.design);
    for (const [protocol, port] of [['tcp', 443], ['tcp', 8080], ['tcp', 5671], ['udp', 53]] as const) expectSameAsPerPair(parsed.design, endpoints, protocol, port);
  });

  it('on random landing zones, changed where classes could go wrong', () => {
    const change = fc.record({
      seed: fc.integer({ min: 1, max: 10_000 }),
      size: fc.integer({ min: 250, max: 700 }),
      pinned: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { maxLength: 6 }),
      denied: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 4 }),
      windows: fc.array(fc.nat(), { minLength: 2, maxLength: 8 }),
      ephemeral: fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
      opened: fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
      port: fc.constantFrom(443, 8080, 5671, 22),
    });
    fc.assert(
      fc.property(change, ({ seed, size, pinned, denied, windows, ephemeral, opened, port }) => {
        const d = randomised(syntheticLandingZone({ seed, resources: size }), { pinned, denied, windows, ephemeral, opened });
        expectSameAsPerPair(d, defaultEndpoints(d), 'tcp', port);
      }),
      { seed: 17, numRuns: 12 },
    );
  });

  it('groups endpoints the design treats alike and tells apart one a /32 rule names', () => {
    const d = alike();
    const { sourceClass } = endpointClasses(simContext(d), ['app-1', 'app-2', 'app-3']);
    expect(sourceClass[0]).toBe(sourceClass[1]);
    expect(sourceClass[2]).not.toBe(sourceClass[0]);
    const m = matrix(d, ['client', 'app-1', 'app-2', 'app-3'], 'tcp', 443);
    expect(m.cells[0]!.slice(1).map((cell) => cell!.reachable)).toEqual([false, false, true]);
    expect(m.cells[0]![1]).toEqual({ reachable: false, reason: 'SG_DENY', at: 'sg-client' });
  });

  it('answers a same-subnet pair apart from a pair across subnets, since a NACL filters only between subnets', () => {
    const d = design()
      .account('a')
      .vpc('v', 'a', '10.0.0.0/16')
      .subnet('s1', 'v', '10.0.1.0/24', 'ap-northeast-2a')
      .subnet('s2', 'v', '10.0.2.0/24', 'ap-northeast-2a')
      .add('network-acl', 'closed', { parent: 'v', inbound: [], outbound: [] })
      .add('security-group', 'open', { parent: 'v', ...open })
      .build();
    const withAcl = {
      ...d,
      resources: [
        ...d.resources.map((r) => (r.kind === 'subnet' ? { ...r, networkAcl: 'closed' } : r)),
        ...['s1', 's2'].flatMap((subnet) => [1, 2].map((n): Resource => ({ id: `${subnet}-i${n}`, kind: 'instance', name: `${subnet}-i${n}`, parent: subnet, role: 'app', securityGroups: ['open'] }))),
      ],
    } as Design;
    const endpoints = ['s1-i1', 's1-i2', 's2-i1', 's2-i2'];
    const m = matrix(withAcl, endpoints, 'tcp', 443);
    expect(m.cells[0]![1]).toEqual({ reachable: true });
    expect(m.cells[0]![2]).toMatchObject({ reachable: false, reason: 'NACL_DENY' });
    expect(m.cells[2]![3]).toEqual({ reachable: true });
    expectSameAsPerPair(withAcl, endpoints, 'tcp', 443);
  });

  it('tells a sender that is its own NLB\'s target from its twin that is not, and a destination apart from nothing', () => {
    const b = oneVpc()
      .add('instance', 'web-1', { parent: 'a', securityGroups: ['sg-web'] })
      .add('instance', 'twin', { parent: 'a', securityGroups: ['sg-web'] })
      .add('instance', 'web-2', { parent: 'c', securityGroups: ['sg-web'] })
      .add('target-group', 'tg-web', { parent: 'main', targetType: 'instance', protocol: 'TCP', port: 80, targets: [{ target: 'web-1' }, { target: 'web-2' }] })
      .add('nlb', 'nlb', { parent: 'a', subnets: ['c'], scheme: 'internal', crossZone: true, listeners: [{ protocol: 'TCP', port: 80, targetGroup: 'tg-web' }] });
    const d = group(b, 'sg-web', 'main', [allow('10.0.0.0/16', 80)]).build();
    const endpoints = ['web-1', 'twin', 'web-2', 'nlb'];
    const { sourceClass, destinationClass } = endpointClasses(simContext(d), endpoints);
    expect(sourceClass[0]).not.toBe(sourceClass[1]);
    expect(destinationClass[0]).toBe(destinationClass[1]);
    const m = matrix(d, endpoints, 'tcp', 80);
    expect(m.cells[0]![3]).toEqual({ reachable: false, reason: 'NLB_HAIRPIN', at: 'tg-web' });
    expect(m.cells[1]![3]).toEqual({ reachable: true });
    expectSameAsPerPair(d, endpoints, 'tcp', 80);
  });

  it('tells a Windows instance from its Linux twin where a NACL lets in only the higher ephemeral ports', () => {
    const b = oneVpc()
      .add('instance', 'linux', { parent: 'a', securityGroups: ['sg-web'] })
      .add('instance', 'windows', { parent: 'a', securityGroups: ['sg-web'], operatingSystem: 'windows' })
      .add('instance', 'server', { parent: 'c', securityGroups: ['sg-web'] })
      .add('network-acl', 'replies', {
        parent: 'main',
        inbound: [
          { ruleNumber: 99, protocol: 'tcp', fromPort: 1024, toPort: 49151, cidr: '0.0.0.0/0', action: 'deny' },
          { ruleNumber: 100, protocol: 'all', fromPort: 0, toPort: 65535, cidr: '0.0.0.0/0', action: 'allow' },
        ],
        outbound: [{ ruleNumber: 100, protocol: 'all', fromPort: 0, toPort: 65535, cidr: '0.0.0.0/0', action: 'allow' }],
      })
      .update('a', { networkAcl: 'replies' });
    const d = group(b, 'sg-web', 'main', [allow('10.0.0.0/16', 443)]).build();
    const m = matrix(d, ['linux', 'windows', 'server'], 'tcp', 443);
    expect(m.cells[0]![2]).toEqual({ reachable: false, reason: 'REPLY_NACL_DENY', at: 'replies' });
    expect(m.cells[1]![2]).toEqual({ reachable: true });
  });

  it('traces far fewer pairs than there are flows on a landing zone at scale', () => {
    const d = syntheticLandingZone({ seed: 1, resources: 2_000 });
    const endpoints = defaultEndpoints(d);
    expect(matrixRows(d, endpoints, 'tcp', 443).classes).toBeLessThan(endpoints.length * 0.75);
  });
});

/** Two twins and a third instance that the client's one security group rule names by address. */
function alike(): Design {
  return design()
    .account('a')
    .vpc('v', 'a', '10.0.0.0/16')
    .subnet('s', 'v', '10.0.1.0/24', 'ap-northeast-2a')
    .subnet('c', 'v', '10.0.2.0/24', 'ap-northeast-2a')
    .add('security-group', 'sg-client', {
      parent: 'v',
      ingress: [ANYWHERE],
      egress: [{ protocol: 'tcp', fromPort: 443, toPort: 443, peer: { kind: 'cidr', cidr: '10.0.1.30/32' } }],
    })
    .add('security-group', 'sg-app', { parent: 'v', ...open })
    .add('instance', 'client', { parent: 'c', role: 'app', securityGroups: ['sg-client'] })
    .add('instance', 'app-1', { parent: 's', role: 'app', securityGroups: ['sg-app'], privateIp: '10.0.1.10' })
    .add('instance', 'app-2', { parent: 's', role: 'app', securityGroups: ['sg-app'], privateIp: '10.0.1.20' })
    .add('instance', 'app-3', { parent: 's', role: 'app', securityGroups: ['sg-app'], privateIp: '10.0.1.30' })
    .build();
}

interface Changes {
  /** Security group rules naming one instance's address: [group, instance, inbound]. */
  readonly pinned: readonly (readonly [number, number, boolean])[];
  /** NACL entries denying a /28 at the start of a subnet: [acl, subnet]. */
  readonly denied: readonly (readonly [number, number])[];
  /** Instances that run Windows, whose replies use ports 49152–65535. */
  readonly windows: readonly number[];
  /** Of those, the ones whose subnet's NACL lets in replies on Windows' ephemeral ports only. */
  readonly ephemeral: readonly number[];
  /** Security groups opened to every private address, so that more flows get as far as their reply. */
  readonly opened: readonly number[];
}

/** A synthetic landing zone changed where endpoints that look alike are not. */
function randomised(d: Design, { pinned, denied, windows, ephemeral, opened }: Changes): Design {
  const ctx = simContext(d);
  const ifaces = [...ctx.ifaces.values()].flat().filter((iface) => iface.resource.kind === 'instance');
  const groups = d.resources.filter((r) => r.kind === 'security-group');
  const acls = d.resources.filter((r) => r.kind === 'network-acl');
  const subnets = d.resources.filter((r) => r.kind === 'subnet');
  const changed = new Map<string, Resource>(d.resources.map((r) => [r.id, r]));
  const update = (id: string, patch: (r: Resource) => Resource) => changed.set(id, patch(changed.get(id)!));
  for (const [g, i, inbound] of pinned) {
    const group = groups[g % groups.length];
    const iface = ifaces[i % ifaces.length];
    if (!group || !iface) continue;
    const rule: SecurityGroupRule = { protocol: 'tcp', fromPort: 0, toPort: 65535, peer: { kind: 'cidr', cidr: `${iface.ipText}/32` } };
    update(group.id, (r) => (r.kind === 'security-group' ? (inbound ? { ...r, ingress: [rule, ...r.ingress] } : { ...r, egress: [{ ...rule }, ...r.egress] }) : r));
  }
  for (const [a, s] of denied) {
    const acl = acls[a % acls.length];
    const subnet = subnets[s % subnets.length];
    const range = subnet ? ctx.subnets.get(subnet.id)?.range : undefined;
    if (!acl || !range) continue;
    const entry: NetworkAclEntry = { ruleNumber: 1 + (s % 50), protocol: 'all', fromPort: 0, toPort: 65535, cidr: `${formatIpv4(range.first)}/28`, action: 'deny' };
    update(acl.id, (r) => (r.kind === 'network-acl' ? { ...r, inbound: [entry, ...r.inbound.filter((e) => e.ruleNumber !== entry.ruleNumber)] } : r));
  }
  for (const o of opened) {
    const group = groups[o % groups.length];
    const rule: SecurityGroupRule = { protocol: 'all', fromPort: 0, toPort: 65535, peer: { kind: 'cidr', cidr: '10.0.0.0/8' } };
    if (group) update(group.id, (r) => (r.kind === 'security-group' ? { ...r, ingress: [...r.ingress, rule], egress: [...r.egress, rule] } : r));
  }
  for (const e of ephemeral) {
    const iface = ifaces[windows[e % windows.length]! % ifaces.length];
    const acl = iface?.subnet.nacl?.id;
    if (!acl) continue;
    const entry: NetworkAclEntry = { ruleNumber: 99, protocol: 'tcp', fromPort: 1024, toPort: 49151, cidr: '0.0.0.0/0', action: 'deny' };
    update(acl, (r) => (r.kind === 'network-acl' ? { ...r, inbound: [entry, ...r.inbound.filter((x) => x.ruleNumber !== entry.ruleNumber)] } : r));
  }
  for (const w of windows) {
    const iface = ifaces[w % ifaces.length];
    if (iface) update(iface.resource.id, (r) => (r.kind === 'instance' ? { ...r, operatingSystem: 'windows' } : r));
  }
  return { ...d, resources: d.resources.map((r) => changed.get(r.id)!) };
}
