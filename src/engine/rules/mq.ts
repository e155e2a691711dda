/** Amazon MQ (catalogue section 9) and the broker part of SHR-SVC. */
import { updateResource, type Design, type DesignIndex, type ResourceOf } from '../model/index.ts';
import { chain, patchFix } from './fixes/chain.ts';
import { mqSharedFixes } from './fixes/mq-shared.ts';
import { accountName, DOCS, sameZoneSubnets } from './service-helpers.ts';
import { finding, named, type Finding, type QuickFix, type Rule } from './types.ts';

const MQ_KINDS = ['mq-broker', 'subnet', 'vpc', 'account', 'ram-share'];

export const mqModes: Rule = {
  id: 'MQ-MODES',
  severity: 'error',
  summary: 'The deployment mode fits the engine and the number of subnets.',
  docUrl: DOCS.MQ_CLUSTER,
  dependsOn: ['mq-broker', 'subnet'],
  check({ index }) {
    const findings: Finding[] = [];
    for (const broker of index.ofKind('mq-broker')) {
      const subnets = index.subnetsOf(broker);
      const mode = broker.deploymentMode;
      if (broker.engine === 'rabbitmq' && mode === 'ACTIVE_STANDBY_MULTI_AZ') {
        findings.push(finding(this, 'error', [broker.id], `Broker ${named(broker)} is RabbitMQ in ACTIVE_STANDBY_MULTI_AZ mode. RabbitMQ brokers run as SINGLE_INSTANCE or CLUSTER_MULTI_AZ (three nodes across AZs).`, { suffix: 'engine', fixes: [setMode(broker.id, 'CLUSTER_MULTI_AZ')] }));
      } else if (broker.engine === 'activemq' && mode === 'CLUSTER_MULTI_AZ') {
        findings.push(finding(this, 'error', [broker.id], `Broker ${named(broker)} is ActiveMQ in CLUSTER_MULTI_AZ mode. ActiveMQ brokers run as SINGLE_INSTANCE or ACTIVE_STANDBY_MULTI_AZ (two subnets in two AZs).`, { suffix: 'engine', docUrl: DOCS.MQ_ACTIVE_STANDBY, fixes: [setMode(broker.id, 'ACTIVE_STANDBY_MULTI_AZ')] }));
      } else if (mode === 'SINGLE_INSTANCE' && subnets.length > 1) {
        findings.push(finding(this, 'error', [broker.id, ...subnets.map((s) => s.id)], `Broker ${named(broker)} is a single instance but lists ${subnets.length} subnets (${subnets.map(named).join(', ')}). A single-instance broker takes exactly one subnet.`, { suffix: 'subnets' }));
      } else if (mode === 'ACTIVE_STANDBY_MULTI_AZ' && subnets.length !== 2) {
        findings.push(finding(this, 'error', [broker.id], `Broker ${named(broker)} is active/standby but has ${subnets.length} subnet${subnets.length === 1 ? '' : 's'}. An active/standby ActiveMQ broker needs exactly two subnets in two AZs.`, { suffix: 'subnets', docUrl: DOCS.MQ_ACTIVE_STANDBY }));
      }
    }
    return findings;
  },
};

const setMode = (brokerId: string, mode: 'CLUSTER_MULTI_AZ' | 'ACTIVE_STANDBY_MULTI_AZ') => patchFix('set-mode', `Use ${mode}`, brokerId, { deploymentMode: mode });

export const mqSubnets: Rule = {
  id: 'MQ-SUBNETS',
  severity: 'error',
  summary: "A broker's subnets are in one VPC and in different AZs.",
  docUrl: DOCS.MQAPI,
  dependsOn: ['mq-broker', 'subnet'],
  check({ index }) {
    const findings: Finding[] = [];
    for (const broker of index.ofKind('mq-broker')) {
      const subnets = index.subnetsOf(broker);
      if (subnets.length < 2) continue;
      const vpcs = new Set(subnets.map((s) => s.parent));
      if (vpcs.size > 1) {
        findings.push(finding(this, 'error', [broker.id, ...subnets.map((s) => s.id)], `Broker ${named(broker)} has subnets in ${vpcs.size} different VPCs (${subnets.map(named).join(', ')}). All of a broker's subnets must be in the same VPC.`, { suffix: 'vpc' }));
        continue;
      }
      const clashes = sameZoneSubnets(subnets);
      if (clashes.length > 0) {
        findings.push(finding(this, 'error', [broker.id, ...clashes.map((s) => s.id)], `Broker ${named(broker)} has two subnets in ${clashes[0]!.availabilityZone} (${clashes.map(named).join(', ')} repeats an AZ). A broker's subnets must be in different AZs.`, { suffix: 'az' }));
      }
    }
    return findings;
  },
};

export const mqPrivate: Rule = {
  id: 'MQ-PRIVATE',
  severity: 'error',
  summary: "A private RabbitMQ broker's VPC has DNS support and DNS hostnames turned on.",
  docUrl: DOCS.MQ_GETTING_STARTED,
  dependsOn: ['mq-broker', 'vpc'],
  check({ index }) {
    const findings: Finding[] = [];
    for (const broker of index.ofKind('mq-broker')) {
      if (broker.engine !== 'rabbitmq' || broker.publiclyAccessible) continue;
      const vpc = index.vpcOf(broker.id);
      if (!vpc || (vpc.enableDnsSupport && vpc.enableDnsHostnames)) continue;
      const missing = [!vpc.enableDnsSupport && 'DNS support', !vpc.enableDnsHostnames && 'DNS hostnames'].filter(Boolean);
      findings.push(
        finding(this, 'error', [broker.id, vpc.id], `Private broker ${named(broker)} is reached through a VPC endpoint that Amazon MQ creates in VPC ${named(vpc)}, which has ${missing.join(' and ')} turned off. Clients cannot resolve the broker's endpoint.`, {
          fixes: [patchFix('enable-dns', `Turn on DNS support and hostnames in ${vpc.name || vpc.id}`, vpc.id, { enableDnsSupport: true, enableDnsHostnames: true })],
        }),
      );
    }
    return findings;
  },
};

/** The catalogue's SHR-SVC rabbitmq check, reported under the MQ row's id. */
export const mqShared: Rule = {
  id: 'MQ-SHARED',
  severity: 'error',
  summary: "A RabbitMQ broker's VPC belongs to the broker's account (no RabbitMQ broker in a shared subnet).",
  docUrl: DOCS.MQAPI,
  dependsOn: MQ_KINDS,
  check({ index }) {
    const findings: Finding[] = [];
    for (const broker of index.ofKind('mq-broker')) {
      if (broker.engine !== 'rabbitmq') continue;
      const owner = index.ownerOf(broker.id);
      const vpcOwner = index.vpcOwnerOf(broker.id);
      if (!owner || !vpcOwner || owner === vpcOwner) continue;
      const subnet = index.subnetOf(broker.id);
      const vpc = index.vpcOf(broker.id);
      findings.push(
        finding(
          this,
          'error',
          [broker.id, ...(subnet ? [subnet.id] : []), ...(vpc ? [vpc.id] : [])],
          `Broker ${named(broker)} (account ${accountName(index, owner)}) is in subnet ${named(subnet)}, owned by account ${accountName(index, vpcOwner)}. A RabbitMQ broker's VPC must belong to the broker's account: Amazon MQ creates a VPC endpoint for it, and only the VPC owner can.`,
          { fixes: mqSharedFixes(broker.id, { broker: accountName(index, owner), vpcOwner: accountName(index, vpcOwner) }) },
        ),
      );
    }
    return findings;
  },
};

export const mqPublic: Rule = {
  id: 'MQ-PUBLIC',
  severity: 'warning',
  summary: 'A publicly accessible broker is reachable from the internet.',
  docUrl: DOCS.MQ_GETTING_STARTED,
  dependsOn: ['mq-broker'],
  check({ index }) {
    return index
      .ofKind('mq-broker')
      .filter((broker) => broker.publiclyAccessible)
      .map((broker) =>
        finding(this, 'warning', [broker.id], `Broker ${named(broker)} is publicly accessible: anyone on the internet can reach its endpoint and only its credentials protect it. Make it private unless clients outside AWS must connect.`, {
          fixes: [makePrivate(index, broker)],
        }),
      );
  },
};

/** A private RabbitMQ broker needs DNS in its VPC (MQ-PRIVATE): turn it on in the same step. */
function makePrivate(index: DesignIndex, broker: ResourceOf<'mq-broker'>): QuickFix {
  const vpc = index.vpcOf(broker.id);
  const needsDns = broker.engine === 'rabbitmq' && vpc && !(vpc.enableDnsSupport && vpc.enableDnsHostnames);
  return {
    id: 'make-private',
    title: needsDns ? `Make the broker private and turn on DNS in ${vpc.name || vpc.id}` : 'Make the broker private',
    description: 'Clients then reach it only from inside the VPC (or through peering, a transit gateway or a VPN).',
    apply: (design) =>
      chain(design, [
        (d) => updateResource(d, broker.id, { publiclyAccessible: false }),
        ...(needsDns ? [(d: Design) => updateResource(d, vpc.id, { enableDnsSupport: true, enableDnsHostnames: true })] : []),
      ]),
  };
}

/** SHR-SVC beyond RabbitMQ: ActiveMQ in a shared subnet is not confirmed either way. */
export const sharedServices: Rule = {
  id: 'SHR-SVC',
  severity: 'info',
  summary: 'Services whose support in shared subnets is limited or unconfirmed (ActiveMQ).',
  docUrl: DOCS.VS,
  dependsOn: MQ_KINDS,
  check({ index }) {
    const findings: Finding[] = [];
    for (const broker of index.ofKind('mq-broker')) {
      if (broker.engine !== 'activemq') continue;
      const owner = index.ownerOf(broker.id);
      const vpcOwner = index.vpcOwnerOf(broker.id);
      if (!owner || !vpcOwner || owner === vpcOwner) continue;
      findings.push(
        finding(this, 'info', [broker.id], `ActiveMQ broker ${named(broker)} (account ${accountName(index, owner)}) is in a subnet shared by account ${accountName(index, vpcOwner)}. AWS no longer lists Amazon MQ as unsupported in shared subnets, but whether ActiveMQ works there is not confirmed; try it before relying on it.`, { suffix: 'activemq' }),
      );
    }
    return findings;
  },
};

export const mqRules: readonly Rule[] = [mqModes, mqSubnets, mqPrivate, mqShared, mqPublic, sharedServices];
