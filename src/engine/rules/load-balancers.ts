/** Network, Application and Gateway Load Balancers (catalogue section 7). */
import { article, canRegister, kindInfo, kindsInRole, type DesignIndex, type Resource, type ResourceOf } from '../model/index.ts';
import { cidrBlock, contains, isPrivateIpv4, parseIp } from '../net/cidr.ts';
import { patchFix } from './fixes/chain.ts';
import { albStaticIpFix } from './fixes/nlb-in-front.ts';
import { DOCS, groupsAllowPort, ipOf, list, sameZoneSubnets, zonesOf } from './service-helpers.ts';
import { finding, named, type Finding, type Rule } from './types.ts';

type Nlb = ResourceOf<'nlb'>;
type Alb = ResourceOf<'alb'>;
type TargetGroup = ResourceOf<'target-group'>;

const LB_KINDS = ['nlb', 'alb', 'target-group', 'subnet', 'security-group', 'elastic-ip', kindsInRole('target')];
const L7 = new Set(['HTTP', 'HTTPS']);

/** Targets of the group that a load balancer of this type cannot register, e.g. an Amazon MQ broker behind an ALB. */
function foreignTargets(rule: Rule, index: DesignIndex, lb: Nlb | Alb, group: TargetGroup): Finding[] {
  const findings: Finding[] = [];
  for (const { target: id } of group.targets) {
    const target = index.get(id);
    if (!target || !kindInfo(target.kind).target || canRegister(lb, target)) continue;
    const a = (kind: Resource['kind']) => `${article(kindInfo(kind).label)} ${kindInfo(kind).label}`;
    findings.push(finding(rule, 'error', [lb.id, group.id, target.id], `${named(lb)} forwards to target group ${named(group)}, which registers ${named(target)}: ${a(lb.kind)} cannot register ${a(target.kind)} as a target.`, { suffix: 'target-kind' }));
  }
  return findings;
}

/** The target groups a load balancer's listeners forward to. */
function targetGroupsOf(index: DesignIndex, lb: Nlb | Alb): TargetGroup[] {
  const groups: TargetGroup[] = [];
  for (const listener of lb.listeners) {
    const group = index.getOf(listener.targetGroup, 'target-group');
    if (group && !groups.includes(group)) groups.push(group);
  }
  return groups;
}

export const nlbIp: Rule = {
  id: 'NLB-IP',
  severity: 'error',
  summary: 'An NLB has one subnet per AZ; EIPs only when internet-facing; chosen private IPs inside their subnet.',
  docUrl: DOCS.NLB,
  dependsOn: LB_KINDS,
  check({ index }) {
    const findings: Finding[] = [];
    const eipUsers = new Map<string, Nlb[]>();
    for (const nlb of index.ofKind('nlb')) {
      const clashes = sameZoneSubnets(index.subnetsOf(nlb));
      if (clashes.length > 0) {
        findings.push(finding(this, 'error', [nlb.id, ...clashes.map((s) => s.id)], `NLB ${named(nlb)} has two subnets in ${clashes[0]!.availabilityZone} (${list(clashes.map(named))} repeats an AZ). A load balancer takes one subnet per AZ and gets one static IP in each.`, { suffix: 'az' }));
      }
      for (const mapping of nlb.subnetMappings ?? []) {
        const subnet = index.getOf(mapping.subnet, 'subnet');
        if (mapping.elasticIp) {
          eipUsers.set(mapping.elasticIp, [...(eipUsers.get(mapping.elasticIp) ?? []), nlb]);
          if (nlb.scheme === 'internal') {
            findings.push(finding(this, 'error', [nlb.id, mapping.elasticIp], `Internal NLB ${named(nlb)} has Elastic IP ${named(index.get(mapping.elasticIp))} on subnet ${named(subnet)}. Only internet-facing NLBs take Elastic IPs; an internal NLB may take a chosen private IP instead.`, { suffix: 'eip-internal' }));
          }
        }
        if (mapping.privateIp) {
          const ip = parseIp(mapping.privateIp);
          const block = cidrBlock(subnet?.cidr);
          if (nlb.scheme === 'internet-facing') {
            findings.push(finding(this, 'error', [nlb.id], `Internet-facing NLB ${named(nlb)} sets private IP ${mapping.privateIp} on subnet ${named(subnet)}. Only internal NLBs take a chosen private IP; internet-facing ones take an Elastic IP.`, { suffix: 'private-ip' }));
          } else if (ip && block && !contains(block, ip)) {
            findings.push(finding(this, 'error', [nlb.id, mapping.subnet], `NLB ${named(nlb)} asks for private IP ${mapping.privateIp} in subnet ${named(subnet)} (${subnet?.cidr}), which does not contain it.`, { suffix: 'private-ip' }));
          }
        }
      }
    }
    for (const [eip, users] of eipUsers) {
      if (users.length < 2) continue;
      findings.push(finding(this, 'error', [eip, ...new Set(users.map((u) => u.id))], `Elastic IP ${named(index.get(eip))} is mapped ${users.length} times (${list([...new Set(users.map(named))])}). An Elastic IP belongs to one subnet mapping of one load balancer.`, { suffix: 'eip-reuse' }));
    }
    return findings;
  },
};

export const nlbSecurityGroups: Rule = {
  id: 'NLB-SG',
  severity: 'warning',
  summary: 'NLB security groups are set only at creation; their outbound rules must allow health checks.',
  docUrl: DOCS.NLBSG,
  dependsOn: LB_KINDS,
  check({ index }) {
    const findings: Finding[] = [];
    for (const nlb of index.ofKind('nlb')) {
      if (nlb.securityGroups === undefined) {
        if (nlb.scheme === 'internet-facing') {
          findings.push(finding(this, 'warning', [nlb.id], `Internet-facing NLB ${named(nlb)} has no security groups. They can only be set when the NLB is created, never added later; without them the NLB lets every client reach its listeners, so the targets' groups do all the filtering.`, { suffix: 'none' }));
        }
        continue;
      }
      if (nlb.securityGroups.length === 0) continue;
      for (const group of targetGroupsOf(index, nlb)) {
        const port = group.healthCheckPort ?? group.port;
        if (groupsAllowPort(index, nlb.securityGroups, 'egress', port, group.protocol === 'UDP' ? 'udp' : 'tcp')) continue;
        findings.push(finding(this, 'warning', [nlb.id, group.id, ...nlb.securityGroups], `NLB ${named(nlb)} has security groups whose outbound rules do not allow port ${port} to target group ${named(group)}. Health checks and forwarded traffic leave through those rules, so the targets will be marked unhealthy.`, { suffix: 'health-check' }));
      }
    }
    return findings;
  },
};

export const nlbTargetGroups: Rule = {
  id: 'NLB-TG',
  severity: 'error',
  summary: 'NLB target groups: instance, private ip or one ALB (TCP, on its listener port, same VPC, at most 2 NLBs); no Lambda.',
  docUrl: DOCS.NLBTG,
  dependsOn: [...LB_KINDS, 'vpc'],
  check({ index }) {
    const findings: Finding[] = [];
    const nlbsPerAlb = new Map<string, Set<string>>();
    for (const nlb of index.ofKind('nlb')) {
      const vpc = index.vpcOf(nlb.id);
      const vpcBlocks = (vpc?.cidrs ?? []).map(cidrBlock).filter((b) => b !== undefined);
      for (const group of targetGroupsOf(index, nlb)) {
        findings.push(...foreignTargets(this, index, nlb, group));
        if (group.targetType === 'lambda') {
          findings.push(finding(this, 'error', [nlb.id, group.id], `NLB ${named(nlb)} forwards to target group ${named(group)} of type lambda. Network Load Balancers cannot invoke Lambda functions; put an ALB in between.`, { suffix: 'lambda' }));
        } else if (group.targetType === 'ip') {
          for (const target of group.targets) {
            const ip = ipOf(target.target);
            if (!ip || ip.version !== 4 || isPrivateIpv4(ip) || vpcBlocks.some((b) => contains(b, ip))) continue;
            findings.push(finding(this, 'error', [group.id, nlb.id], `Target group ${named(group)} of NLB ${named(nlb)} registers ${target.target}, a public address. ip targets must be in the VPC's subnets, RFC 1918 or 100.64.0.0/10.`, { suffix: 'ip' }));
          }
        } else if (group.targetType === 'alb') {
          findings.push(...albTargetFindings(index, nlb, group, nlbsPerAlb));
        }
      }
    }
    for (const [albId, nlbs] of nlbsPerAlb) {
      if (nlbs.size <= 2) continue;
      findings.push(finding(this, 'error', [albId, ...nlbs], `ALB ${named(index.get(albId))} is the target of ${nlbs.size} NLBs (${list([...nlbs].map((id) => named(index.get(id))))}). An ALB can be the target of at most two NLBs.`, { suffix: 'alb-nlbs', docUrl: DOCS.NLBALB }));
    }
    return findings;
  },
};

/** An alb target group: one ALB, TCP, on one of its listener ports, in the NLB's VPC. */
function albTargetFindings(index: DesignIndex, nlb: Nlb, group: TargetGroup, nlbsPerAlb: Map<string, Set<string>>): Finding[] {
  const rule = nlbTargetGroups;
  const out: Finding[] = [];
  const extra = { docUrl: DOCS.NLBALB };
  const albs = group.targets.map((t) => index.getOf(t.target, 'alb'));
  if (group.targets.length !== 1 || !albs[0]) {
    out.push(finding(rule, 'error', [group.id, nlb.id], `Target group ${named(group)} of type alb has ${group.targets.length} target${group.targets.length === 1 ? '' : 's'}${albs[0] ? '' : ' that are not ALBs'}. An alb target group holds exactly one Application Load Balancer.`, { suffix: 'alb-count', ...extra }));
  }
  const alb = albs[0];
  if (!alb) return out;
  nlbsPerAlb.set(alb.id, (nlbsPerAlb.get(alb.id) ?? new Set()).add(nlb.id));
  if (group.protocol !== 'TCP') {
    out.push(finding(rule, 'error', [group.id, alb.id], `Target group ${named(group)} sends to ALB ${named(alb)} over ${group.protocol}. An alb target group uses TCP.`, { suffix: 'alb-protocol', ...extra }));
  }
  const port = group.targets[0]?.port ?? group.port;
  if (!alb.listeners.some((l) => l.port === port)) {
    out.push(finding(rule, 'error', [group.id, alb.id], `Target group ${named(group)} sends to ALB ${named(alb)} on port ${port}, but the ALB listens on ${alb.listeners.map((l) => l.port).join(', ') || 'no port'}. The port must be one of the ALB's listener ports.`, { suffix: 'alb-port', ...extra, fixes: alb.listeners[0] ? [patchFix('use-listener-port', `Use port ${alb.listeners[0].port}`, group.id, { port: alb.listeners[0].port, targets: [{ target: alb.id }] })] : [] }));
  }
  const nlbVpc = index.vpcOf(nlb.id);
  const albVpc = index.vpcOf(alb.id);
  if (nlbVpc && albVpc && nlbVpc.id !== albVpc.id) {
    out.push(finding(rule, 'error', [nlb.id, alb.id], `NLB ${named(nlb)} (VPC ${named(nlbVpc)}) targets ALB ${named(alb)} in another VPC, ${named(albVpc)}. An ALB target must be in the NLB's VPC.`, { suffix: 'alb-vpc', ...extra }));
  }
  return out;
}

export const nlbClientIp: Rule = {
  id: 'NLB-CIP',
  severity: 'info',
  summary: 'Client IP preservation is off for TCP/TLS ip targets: targets see the NLB, not the client.',
  docUrl: DOCS.NLBTG,
  dependsOn: LB_KINDS,
  check({ index }) {
    const findings: Finding[] = [];
    for (const nlb of index.ofKind('nlb')) {
      if (nlb.scheme !== 'internet-facing') continue;
      for (const group of targetGroupsOf(index, nlb)) {
        if (group.targetType !== 'ip' || (group.protocol !== 'TCP' && group.protocol !== 'TLS') || group.preserveClientIp) continue;
        findings.push(finding(this, 'info', [group.id, nlb.id], `Target group ${named(group)} of internet-facing NLB ${named(nlb)} has ip targets over ${group.protocol}: client IP preservation is off, so the targets see the NLB's private addresses, not the clients'. Their security groups must allow the NLB's subnets, and they cannot filter by client address (turn preservation on, or use proxy protocol v2).`));
      }
    }
    return findings;
  },
};

export const nlbLayer4: Rule = {
  id: 'NLB-L4',
  severity: 'error',
  summary: 'NLB listeners and target groups speak TCP, TLS, UDP or TCP_UDP, never HTTP(S).',
  docUrl: DOCS.NLB,
  dependsOn: LB_KINDS,
  check({ index }) {
    const findings: Finding[] = [];
    for (const nlb of index.ofKind('nlb')) {
      nlb.listeners.forEach((listener, i) => {
        if (!L7.has(listener.protocol)) return;
        const replacement = listener.protocol === 'HTTPS' ? 'TLS' : 'TCP';
        findings.push(
          finding(this, 'error', [nlb.id], `NLB ${named(nlb)} has an ${listener.protocol} listener on port ${listener.port}. Network Load Balancers listen on TCP, TLS, UDP or TCP_UDP; for HTTP routing put an ALB behind the NLB.`, {
            suffix: 'listener',
            docUrl: DOCS.NLBTLS,
            fixes: [patchFix('layer-4-listener', `Use a ${replacement} listener`, nlb.id, { listeners: nlb.listeners.map((l, j) => (j === i ? { ...l, protocol: replacement } : l)) })],
          }),
        );
      });
      for (const group of targetGroupsOf(index, nlb)) {
        if (group.targetType === 'alb' || !L7.has(group.protocol)) continue;
        findings.push(finding(this, 'error', [group.id, nlb.id], `Target group ${named(group)} of NLB ${named(nlb)} uses ${group.protocol}. An NLB forwards TCP, TLS, UDP or TCP_UDP.`, { suffix: 'target-group', fixes: [patchFix('tcp-target-group', 'Use TCP', group.id, { protocol: 'TCP' })] }));
      }
    }
    return findings;
  },
};

const MIN_ALB_PREFIX = 27;

export const alb: Rule = {
  id: 'ALB',
  severity: 'error',
  summary: 'An ALB has subnets in two AZs (one per AZ, /27 or larger), HTTP/HTTPS listeners and groups that allow its ports.',
  docUrl: DOCS.ALB,
  dependsOn: LB_KINDS,
  check({ index }) {
    const findings: Finding[] = [];
    for (const lb of index.ofKind('alb')) {
      const subnets = index.subnetsOf(lb);
      if (zonesOf(subnets).size < 2) {
        findings.push(finding(this, 'error', [lb.id, ...subnets.map((s) => s.id)], `ALB ${named(lb)} has subnets in ${zonesOf(subnets).size === 1 ? 'one AZ' : 'no AZ'} only. An Application Load Balancer needs subnets in at least two AZs.`, { suffix: 'subnets' }));
      }
      const clashes = sameZoneSubnets(subnets);
      if (clashes.length > 0) {
        findings.push(finding(this, 'error', [lb.id, ...clashes.map((s) => s.id)], `ALB ${named(lb)} has two subnets in ${clashes[0]!.availabilityZone} (${list(clashes.map(named))} repeats an AZ). An ALB takes one subnet per AZ.`, { suffix: 'az' }));
      }
      for (const subnet of subnets) {
        const prefix = Number(subnet.cidr.split('/')[1]);
        if (prefix <= MIN_ALB_PREFIX) continue;
        findings.push(finding(this, 'error', [lb.id, subnet.id], `ALB ${named(lb)} uses subnet ${named(subnet)} (${subnet.cidr}). An ALB's subnets must be /27 or larger, with at least 8 free addresses; it scales up to 100 addresses.`, { suffix: 'size' }));
      }
      lb.listeners.forEach((listener, i) => {
        if (L7.has(listener.protocol)) return;
        const replacement = listener.protocol === 'TLS' ? 'HTTPS' : 'HTTP';
        findings.push(
          finding(this, 'error', [lb.id], `ALB ${named(lb)} has a ${listener.protocol} listener on port ${listener.port}. Application Load Balancers listen on HTTP or HTTPS only; for TCP or UDP use an NLB.`, {
            suffix: 'listener',
            docUrl: DOCS.ALB_LISTENERS,
            fixes: [patchFix('http-listener', `Use an ${replacement} listener`, lb.id, { listeners: lb.listeners.map((l, j) => (j === i ? { ...l, protocol: replacement } : l)) })],
          }),
        );
      });
      findings.push(...albGroups(this, index, lb));
      for (const group of targetGroupsOf(index, lb)) findings.push(...foreignTargets(this, index, lb, group));
    }
    return findings;
  },
};

/** The ALB's groups (the VPC default when it names none) must let listener traffic in and health checks out. */
function albGroups(rule: Rule, index: DesignIndex, lb: Alb): Finding[] {
  const findings: Finding[] = [];
  const vpc = index.vpcOf(lb.id);
  const fallback = vpc ? index.defaultSecurityGroup(vpc.id) : undefined;
  const groups = lb.securityGroups && lb.securityGroups.length > 0 ? lb.securityGroups : fallback ? [fallback.id] : [];
  if (groups.length === 0) return findings;
  for (const listener of lb.listeners) {
    if (groupsAllowPort(index, groups, 'ingress', listener.port)) continue;
    findings.push(finding(rule, 'error', [lb.id, ...groups], `ALB ${named(lb)} listens on port ${listener.port}, but none of its security groups (${list(groups.map((g) => named(index.get(g))))}) allows inbound traffic on it. No client can connect.`, { suffix: 'sg-listener' }));
  }
  for (const group of targetGroupsOf(index, lb)) {
    if (group.targetType === 'alb') {
      findings.push(finding(rule, 'error', [lb.id, group.id], `ALB ${named(lb)} forwards to target group ${named(group)} of type alb. Only NLBs take ALBs as targets.`, { suffix: 'target-type' }));
      continue;
    }
    if (group.targetType !== 'lambda' && !L7.has(group.protocol)) {
      findings.push(finding(rule, 'error', [lb.id, group.id], `ALB ${named(lb)} forwards to target group ${named(group)} over ${group.protocol}. An ALB's target groups use HTTP or HTTPS.`, { suffix: 'target-group', fixes: [patchFix('http-target-group', 'Use HTTP', group.id, { protocol: 'HTTP' })] }));
    }
    const port = group.healthCheckPort ?? group.port;
    if (group.targetType === 'lambda' || groupsAllowPort(index, groups, 'egress', port)) continue;
    findings.push(finding(rule, 'error', [lb.id, group.id], `ALB ${named(lb)} sends to target group ${named(group)} on port ${port}, but its security groups allow no outbound traffic on that port. Requests and health checks cannot leave.`, { suffix: 'sg-health-check' }));
  }
  return findings;
}

export const albStaticIp: Rule = {
  id: 'ALB-IP',
  severity: 'warning',
  summary: "An ALB's addresses change; clients that need fixed IPs go through an NLB (or Global Accelerator).",
  docUrl: DOCS.BLOG_ALBIP,
  dependsOn: ['external', 'alb', 'subnet', 'route-table', 'internet-gateway'],
  check({ index }) {
    const findings: Finding[] = [];
    for (const external of index.ofKind('external')) {
      if (!external.needsStaticIps) continue;
      for (const id of external.connectsTo ?? []) {
        const target = index.getOf(id, 'alb');
        if (!target) continue;
        const fix = albStaticIpFix(index, external, target);
        findings.push(
          finding(this, 'warning', [target.id, external.id], `${named(external)} needs fixed destination IPs and connects directly to ALB ${named(target)}. An ALB's addresses change as it scales, so a firewall allowlist will break. Put an internet-facing NLB with an Elastic IP per AZ in front (target group of type alb), or use Global Accelerator.`, {
            fixes: fix ? [fix] : [],
          }),
        );
      }
    }
    return findings;
  },
};

/** GWLB endpoints are route targets for other subnets; routing a subnet to its own endpoint loops. */
export const gatewayLoadBalancer: Rule = {
  id: 'GWLB',
  severity: 'info',
  summary: 'A Gateway Load Balancer endpoint sits in its own subnet, apart from the workloads it inspects.',
  docUrl: DOCS.GWLB,
  dependsOn: ['vpc-endpoint', 'gwlb-endpoint', 'route-table', 'subnet'],
  check({ index }) {
    const findings: Finding[] = [];
    const endpoints: Resource[] = [...index.ofKind('vpc-endpoint').filter((e) => e.endpointType === 'gateway-load-balancer'), ...index.ofKind('gwlb-endpoint')];
    if (endpoints.length === 0) return findings;
    // Only routes to these endpoints matter: one pass, with no entry for any other target.
    const ids = new Set(endpoints.map((e) => e.id));
    const tablesTo = new Map<string, Set<string>>();
    for (const table of index.ofKind('route-table')) {
      for (const route of table.routes) if (ids.has(route.target)) tablesTo.set(route.target, (tablesTo.get(route.target) ?? new Set()).add(table.id));
    }
    for (const endpoint of endpoints) {
      const own = new Set(index.subnetsOf(endpoint).map((s) => s.id));
      for (const tableId of tablesTo.get(endpoint.id) ?? []) {
        const looped = index.subnetsUsingRouteTable(tableId).filter((s) => own.has(s.id));
        if (looped.length === 0) continue;
        const others = (index.subnetsOf(endpoint)[0] ? index.children.get(index.subnetsOf(endpoint)[0]!.id) ?? [] : []).filter((r: Resource) => r.id !== endpoint.id);
        findings.push(finding(this, 'info', [endpoint.id, ...looped.map((s) => s.id)], `GWLB endpoint ${named(endpoint)} is a route target for subnet ${list(looped.map(named))}, which it sits in${others.length ? ` with ${list(others.slice(0, 3).map(named))}` : ''}. Traffic from the endpoint's own subnet would loop back into it: keep the endpoint in a subnet of its own and route the workload subnets to it.`));
      }
    }
    return findings;
  },
};

export const loadBalancerRules: readonly Rule[] = [nlbIp, nlbSecurityGroups, nlbTargetGroups, nlbClientIp, nlbLayer4, alb, albStaticIp, gatewayLoadBalancer];
