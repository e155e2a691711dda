/**
 * The three ways out of a RabbitMQ broker in a shared subnet (MQ-SHARED), as the seed article
 * weighs them. Each fix is a chain of model operations returned as one design: one undo step.
 */
import {
  addResource,
  indexDesign,
  moveResource,
  removeResources,
  updateResource,
  type Design,
  type DesignIndex,
  type OpResult,
  type Resource,
  type SecurityGroupResource,
} from '../../model/index.ts';
import { cidrBlock, contains, freeBlock, nthAddress, size, type CidrBlock } from '../../net/cidr.ts';
import type { QuickFix } from '../types.ts';
import { chain, freshId, type Step } from './chain.ts';

const AMQPS = 5671;
const PRIVATE_RANGES = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'];

const refuse = (reason: string): OpResult => ({ ok: false, reason });

function brokerOf(design: Design, brokerId: string) {
  const index = indexDesign(design);
  const broker = index.getOf(brokerId, 'mq-broker');
  return broker ? { index, broker } : undefined;
}

/** A copy of a group owned by the VPC owner, so the owner's broker can launch with it. */
function ownedCopy(group: SecurityGroupResource, id: string, suffix: string): Resource {
  const { account: _account, sharedWith: _shared, default: _default, ...rest } = group;
  const repoint = (rule: SecurityGroupResource['ingress'][number]) =>
    rule.peer.kind === 'security-group' && rule.peer.securityGroup === group.id
      ? { ...rule, peer: { kind: 'security-group' as const, securityGroup: id } }
      : rule;
  return { ...rest, id, name: `${group.name} (${suffix})`, ingress: group.ingress.map(repoint), egress: group.egress.map(repoint) };
}

/** The accounts as the architect reads them: the broker's (a participant) and the VPC owner's. */
interface Accounts {
  readonly broker: string;
  readonly vpcOwner: string;
}

function moveToVpcOwner(brokerId: string, accounts: Accounts): QuickFix {
  return {
    id: 'move-to-network-account',
    title: `Move the broker to account ${accounts.vpcOwner}`,
    description: `Account ${accounts.vpcOwner}, which owns the VPC, creates the broker in the shared subnet. This breaks the separation between the network account and the workload accounts: the broker's metrics live in ${accounts.vpcOwner}, so ${accounts.broker} cannot alarm or autoscale on them.`,
    apply(design) {
      const found = brokerOf(design, brokerId);
      if (!found) return refuse(`There is no broker "${brokerId}".`);
      const { index, broker } = found;
      const vpcOwner = index.vpcOwnerOf(broker.id);
      if (!vpcOwner) return refuse(`Broker ${broker.name} is not in a VPC.`);
      const taken = new Set(index.byId.keys());
      const ownerName = index.get(vpcOwner)?.name || vpcOwner;
      const steps: Step[] = [];
      const groups: string[] = [];
      for (const groupId of broker.securityGroups ?? []) {
        const group = index.getOf(groupId, 'security-group');
        if (!group) continue;
        if (index.ownerOf(group.id) === vpcOwner) {
          groups.push(group.id);
          continue;
        }
        // The owner cannot launch with a participant's group (SHR-SG-USE): give it its own copy.
        const copyId = freshId(taken, `${group.id}-${vpcOwner}`);
        groups.push(copyId);
        steps.push((d) => addResource(d, ownedCopy(group, copyId, ownerName)));
      }
      steps.push((d) => updateResource(d, broker.id, { account: undefined, securityGroups: groups }));
      return chain(design, steps);
    },
  };
}

/** Halves of a block: two subnets from one small VPC CIDR. */
function halves(block: CidrBlock): [string, string] {
  const half = block.prefix + 1;
  return [`${nthAddress(block, 0)}/${half}`, `${nthAddress(block, size(block) / 2)}/${half}`];
}

function satelliteCidr(index: DesignIndex, mainCidr: string | undefined): string | undefined {
  const taken = index.ofKind('vpc').flatMap((vpc) => vpc.cidrs.map(cidrBlock).filter((b): b is CidrBlock => b !== undefined));
  const main = cidrBlock(mainCidr);
  // Prefer the private range the main VPC already uses: routes and firewalls stay readable.
  const ranges = [...PRIVATE_RANGES].sort((a, b) => Number(!!main && contains(cidrBlock(b)!, main)) - Number(!!main && contains(cidrBlock(a)!, main)));
  for (const range of ranges) {
    const free = freeBlock(range, 24, taken);
    if (free) return free;
  }
  return undefined;
}

/** The CIDRs of the main VPC's subnets shared with the broker's account; else the VPC's CIDRs. */
function clientCidrs(index: DesignIndex, mainId: string, account: string): string[] {
  const cidrs = new Set<string>();
  for (const share of index.ofKind('ram-share')) {
    if (!share.principals.includes(account)) continue;
    for (const id of share.resources) {
      const subnet = index.getOf(id, 'subnet');
      if (subnet && subnet.parent === mainId) cidrs.add(subnet.cidr);
    }
  }
  if (cidrs.size > 0) return [...cidrs];
  return index.getOf(mainId, 'vpc')?.cidrs ?? [];
}

function satelliteVpc(brokerId: string, accounts: Accounts): QuickFix {
  return {
    id: 'satellite-vpc',
    title: `Move the broker to a satellite VPC of ${accounts.broker}, peered with the shared VPC`,
    description: `Creates a small VPC (a free /24) in ${accounts.broker} with two subnets in two AZs, moves the broker there with a security group that allows the shared subnets on 5671 (AMQPS), peers it with the shared VPC and adds the routes on both sides. ${accounts.broker} keeps the broker and its metrics; ${accounts.vpcOwner} no longer controls all of the network alone.`,
    apply(design) {
      const found = brokerOf(design, brokerId);
      if (!found) return refuse(`There is no broker "${brokerId}".`);
      const { index, broker } = found;
      const owner = index.ownerOf(broker.id);
      const main = index.vpcOf(broker.id);
      if (!owner || !main) return refuse(`Broker ${broker.name} is not in a VPC of a known account.`);
      const cidr = satelliteCidr(index, main.cidrs[0]);
      const block = cidrBlock(cidr);
      if (!cidr || !block) return refuse('No free /24 is left in the private address ranges.');
      const mainSubnets = (index.children.get(main.id) ?? []).filter((r) => r.kind === 'subnet');
      const zones = [...new Set([...index.subnetsOf(broker), ...mainSubnets].map((s) => s.availabilityZone))];
      for (const letter of ['a', 'b', 'c']) if (zones.length < 2 && !zones.includes(`${main.region}${letter}`)) zones.push(`${main.region}${letter}`);

      const taken = new Set(index.byId.keys());
      const ownerName = index.get(owner)?.name || owner;
      const vpcId = freshId(taken, `${owner}-mq-vpc`);
      const vpcName = `${ownerName}-mq`;
      const [firstCidr, secondCidr] = halves(block);
      const subnetIds = [freshId(taken, `${vpcId}-${zones[0]!.slice(-1)}`), freshId(taken, `${vpcId}-${zones[1]!.slice(-1)}`)];
      const groupId = freshId(taken, `${broker.id}-sg`);
      const peeringId = freshId(taken, `${vpcId}-pcx`);
      const mainTables = [...new Set(mainSubnets.map((s) => index.routeTableOf(s.id)).filter((t) => t !== undefined))];

      const steps: Step[] = [
        (d) => addResource(d, { id: vpcId, kind: 'vpc', name: vpcName, parent: owner, region: main.region, cidrs: [cidr], enableDnsSupport: true, enableDnsHostnames: true }),
        ...[firstCidr, secondCidr].map(
          (subnetCidr, i): Step =>
            (d) => addResource(d, { id: subnetIds[i]!, kind: 'subnet', name: `${vpcName}-${zones[i]!.slice(-1)}`, parent: vpcId, cidr: subnetCidr, availabilityZone: zones[i]! }),
        ),
        (d) =>
          addResource(d, {
            id: groupId,
            kind: 'security-group',
            name: `${broker.name}-clients`,
            parent: vpcId,
            ingress: clientCidrs(index, main.id, owner).map((clients) => ({ protocol: 'tcp', fromPort: AMQPS, toPort: AMQPS, peer: { kind: 'cidr', cidr: clients }, description: 'AMQPS from the shared subnets' })),
            egress: [{ protocol: 'all', fromPort: 0, toPort: 65535, peer: { kind: 'cidr', cidr: '0.0.0.0/0' } }],
          }),
        (d) => addResource(d, { id: peeringId, kind: 'vpc-peering', name: `${vpcName} ↔ ${main.name}`, requesterVpc: vpcId, accepterVpc: main.id, status: 'active' }),
        (d) => {
          const table = indexDesign(d).mainRouteTable(vpcId);
          if (!table) return refuse(`The new VPC ${vpcName} has no main route table.`);
          return updateResource(d, table.id, { routes: [...table.routes, ...main.cidrs.map((destination) => ({ destination, target: peeringId }))] });
        },
        ...mainTables.map(
          (table): Step =>
            (d) => {
              const current = indexDesign(d).getOf(table.id, 'route-table');
              if (!current || current.routes.some((r) => r.destination === cidr)) return { ok: true, design: d, ids: [] };
              return updateResource(d, table.id, { routes: [...current.routes, { destination: cidr, target: peeringId }] });
            },
        ),
        (d) => moveResource(d, broker.id, subnetIds[0]),
        (d) =>
          updateResource(d, broker.id, {
            account: undefined,
            subnets: broker.deploymentMode === 'SINGLE_INSTANCE' ? undefined : subnetIds,
            securityGroups: [groupId],
          }),
      ];
      return chain(design, steps);
    },
  };
}

function rabbitOnEc2(brokerId: string, accounts: Accounts): QuickFix {
  return {
    id: 'rabbitmq-on-ec2',
    title: 'Run RabbitMQ yourself on EC2 in the shared subnet',
    description: `Replaces the managed broker with an EC2 instance of ${accounts.broker} running RabbitMQ on 5671, in the same subnet and security groups (participants may launch instances in shared subnets). Cheaper, but there are no managed-service metrics, patching or failover: you operate it.`,
    apply(design) {
      const found = brokerOf(design, brokerId);
      if (!found) return refuse(`There is no broker "${brokerId}".`);
      const { broker } = found;
      const box = design.layout[broker.id];
      // Same id, so load balancer targets and upstreams that named the broker still resolve.
      const instance: Resource = {
        id: broker.id,
        kind: 'instance',
        name: broker.name,
        description: `RabbitMQ on EC2 (replaces Amazon MQ broker ${broker.name})`,
        ...(broker.parent ? { parent: broker.parent } : {}),
        ...(broker.account ? { account: broker.account } : {}),
        ...(broker.tags ? { tags: broker.tags } : {}),
        role: 'app',
        port: AMQPS,
        securityGroups: broker.securityGroups ?? [],
        instanceType: 'm5.large',
        operatingSystem: 'linux',
      };
      return chain(design, [(d) => removeResources(d, [broker.id]), (d) => addResource(d, instance, box)]);
    },
  };
}

export function mqSharedFixes(brokerId: string, accounts: Accounts): QuickFix[] {
  return [moveToVpcOwner(brokerId, accounts), satelliteVpc(brokerId, accounts), rabbitOnEc2(brokerId, accounts)];
}
