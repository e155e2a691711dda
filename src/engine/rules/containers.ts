/** EKS and ECS (catalogue section 11). */
import { addResource, BALANCER_KINDS, isBalancer, updateResource, type Design, type DesignIndex, type ResourceOf } from '../model/index.ts';
import { chain, freshId, patchFix } from './fixes/chain.ts';
import { DOCS, isPublicSubnet, list, zonesOf } from './service-helpers.ts';
import { finding, named, type Finding, type QuickFix, type Rule } from './types.ts';

const NODE_PORT_MIN = 30000;
const NODE_PORT_MAX = 32767;
const inNodePortRange = (port: number) => port >= NODE_PORT_MIN && port <= NODE_PORT_MAX;

type Cluster = ResourceOf<'eks-cluster'>;
type K8sService = ResourceOf<'k8s-service'>;

function clusterOf(index: DesignIndex, resource: { parent?: string }): Cluster | undefined {
  return index.getOf(resource.parent, 'eks-cluster');
}

const set = (id: string, patch: Record<string, unknown>, title: string, fixId: string): QuickFix => patchFix(fixId, title, id, patch);

export const eksNodePort: Rule = {
  id: 'EKS-NODEPORT',
  severity: 'error',
  summary: 'NodePorts lie in 30000–32767; Fargate has no NodePorts and takes IP targets only.',
  docUrl: DOCS.K8S_NODEPORT,
  dependsOn: ['k8s-service', 'eks-cluster', 'target-group'],
  check({ index }) {
    const findings: Finding[] = [];
    const usedByCluster = new Map<string | undefined, Set<number>>();
    for (const service of index.ofKind('k8s-service')) {
      if (service.nodePort === undefined) continue;
      const used = usedByCluster.get(service.parent) ?? new Set();
      used.add(service.nodePort);
      usedByCluster.set(service.parent, used);
    }
    for (const service of index.ofKind('k8s-service')) {
      const cluster = clusterOf(index, service);
      if (cluster?.compute === 'fargate' && service.serviceType === 'NodePort') {
        findings.push(finding(this, 'error', [service.id, cluster.id], `Service ${named(service)} is of type NodePort on cluster ${named(cluster)}, which runs on Fargate. Fargate pods have no nodes to open a NodePort on: expose the Service through a load balancer in IP mode.`, { suffix: 'fargate', docUrl: DOCS.EKS_FG }));
      }
      if (cluster?.compute === 'fargate' && service.serviceType === 'LoadBalancer' && service.targetType !== 'ip') {
        const mode = service.targetType === 'instance' ? 'instance mode' : 'instance mode (the controller\'s default when no target type is set)';
        findings.push(finding(this, 'error', [service.id, cluster.id], `LoadBalancer Service ${named(service)} on cluster ${named(cluster)}, which runs on Fargate, registers its pods in ${mode}. Fargate has no nodes: its pods can only be load balancer targets by IP (service.beta.kubernetes.io/aws-load-balancer-nlb-target-type: ip).`, {
          suffix: 'fargate-target',
          docUrl: DOCS.EKS_FG,
          fixes: [set(service.id, { targetType: 'ip' }, 'Use IP targets (aws-load-balancer-nlb-target-type: ip)', 'ip-targets')],
        }));
      }
      if (service.nodePort === undefined || service.serviceType === 'ClusterIP' || inNodePortRange(service.nodePort)) continue;
      const used = usedByCluster.get(service.parent) ?? new Set<number>();
      let free = NODE_PORT_MIN;
      while (used.has(free) && free < NODE_PORT_MAX) free++;
      findings.push(
        finding(this, 'error', [service.id], `Service ${named(service)} asks for NodePort ${service.nodePort}. Kubernetes only allocates NodePorts in ${NODE_PORT_MIN}–${NODE_PORT_MAX}, so the Service is refused.`, {
          suffix: 'range',
          fixes: [set(service.id, { nodePort: free }, `Use NodePort ${free}`, 'free-node-port')],
        }),
      );
    }
    // Load balancer target groups that send to the cluster's nodes must hit a NodePort.
    for (const group of index.ofKind('target-group')) {
      if (group.targetType !== 'instance') continue;
      for (const target of group.targets) {
        const cluster = index.getOf(target.target, 'eks-cluster');
        const port = target.port ?? group.port;
        if (cluster?.compute === 'fargate') {
          findings.push(finding(this, 'error', [group.id, cluster.id], `Target group ${named(group)} of type instance sends to cluster ${named(cluster)}, which runs on Fargate. Fargate pods have no instances to register: the target group must be of type ip.`, {
            suffix: 'fargate-target',
            docUrl: DOCS.EKS_FG,
            fixes: [set(group.id, { targetType: 'ip' }, `Make ${group.name || group.id} a target group of type ip`, 'ip-target-group')],
          }));
          continue;
        }
        if (!cluster || inNodePortRange(port)) continue;
        findings.push(finding(this, 'warning', [group.id, cluster.id], `Target group ${named(group)} sends to the nodes of cluster ${named(cluster)} on port ${port}. Kubernetes Services listen on the nodes only on NodePorts (${NODE_PORT_MIN}–${NODE_PORT_MAX}).`, { suffix: 'target' }));
      }
    }
    return findings;
  },
};

/** HTTP Services behind one Ingress (IP mode): one ALB instead of one NLB per Service. */
function shareOneIngress(clusterId: string, services: readonly K8sService[]): QuickFix {
  return {
    id: 'use-ingress',
    title: 'Serve them through one Ingress (one ALB)',
    description: 'Turns the Services into ClusterIP Services behind one Ingress in IP mode, so the controller creates a single ALB with a path per Service. Only for HTTP traffic; TCP or UDP Services need their NLBs.',
    apply(design) {
      const taken = new Set(design.resources.map((r) => r.id));
      const ingressId = freshId(taken, `${clusterId}-ingress`);
      const ingress = {
        id: ingressId,
        kind: 'k8s-ingress' as const,
        name: 'shared ingress',
        parent: clusterId,
        targetType: 'ip' as const,
        rules: services.map((service) => ({ path: `/${service.name || service.id}`, service: service.id, port: service.port })),
      };
      return chain(design, [
        ...services.map((service) => (d: Design) => updateResource(d, service.id, { serviceType: 'ClusterIP', loadBalancer: undefined, nodePort: undefined })),
        (d: Design) => addResource(d, ingress),
      ]);
    },
  };
}

export const eksLoadBalancerServices: Rule = {
  id: 'EKS-LBSVC',
  severity: 'warning',
  summary: 'Each LoadBalancer Service gets its own NLB; its EIPs match its subnets.',
  docUrl: DOCS.EKS_NLB,
  dependsOn: ['k8s-service', BALANCER_KINDS, 'eks-cluster', 'subnet'],
  check({ index }) {
    const findings: Finding[] = [];
    const byCluster = new Map<string, K8sService[]>();
    const byLoadBalancer = new Map<string, K8sService[]>();
    for (const service of index.ofKind('k8s-service')) {
      if (service.serviceType !== 'LoadBalancer') continue;
      if (service.parent) byCluster.set(service.parent, [...(byCluster.get(service.parent) ?? []), service]);
      if (service.loadBalancer) byLoadBalancer.set(service.loadBalancer, [...(byLoadBalancer.get(service.loadBalancer) ?? []), service]);
    }
    for (const [clusterId, services] of byCluster) {
      if (services.length < 2) continue;
      const cluster = index.get(clusterId);
      findings.push(finding(this, 'info', [clusterId, ...services.map((s) => s.id)], `Cluster ${named(cluster)} has ${services.length} Services of type LoadBalancer (${list(services.map(named))}): the AWS Load Balancer Controller creates one NLB per Service, each billed on its own. An Ingress shares one ALB across Services.`, { suffix: 'one-per-service', fixes: [shareOneIngress(clusterId, services)] }));
    }
    for (const [lbId, services] of byLoadBalancer) {
      // The parser holds a Service's loadBalancer to an NLB.
      const lb = index.get(lbId);
      const nlb = lb && 'subnetMappings' in lb ? lb : undefined;
      if (services.length > 1) {
        findings.push(finding(this, 'warning', [lbId, ...services.map((s) => s.id)], `Services ${list(services.map(named))} all name NLB ${named(nlb ?? { id: lbId, name: lbId })}. The controller gives every LoadBalancer Service its own NLB; they cannot share one.`, { suffix: 'shared' }));
      }
      const mappings = nlb?.subnetMappings ?? [];
      const eips = mappings.filter((m) => m.elasticIp).length;
      const subnets = nlb ? index.subnetsOf(nlb).length : 0;
      if (nlb && eips > 0 && eips !== subnets) {
        findings.push(finding(this, 'warning', [nlb.id, ...services.map((s) => s.id)], `NLB ${named(nlb)} of Service ${named(services[0])} has ${eips} Elastic IP${eips === 1 ? '' : 's'} for ${subnets} subnets. The controller needs exactly one EIP per subnet (service.beta.kubernetes.io/aws-load-balancer-eip-allocations).`, { suffix: 'eips' }));
      }
    }
    return findings;
  },
};

export const eksIngress: Rule = {
  id: 'EKS-INGRESS',
  severity: 'error',
  summary: 'Ingress in instance mode needs NodePort Services; Fargate needs IP mode; the ALB needs two AZs.',
  docUrl: DOCS.EKS_ALB,
  dependsOn: ['k8s-ingress', 'k8s-service', 'eks-cluster', 'subnet'],
  check({ index }) {
    const findings: Finding[] = [];
    for (const ingress of index.ofKind('k8s-ingress')) {
      const cluster = clusterOf(index, ingress);
      const toIp = set(ingress.id, { targetType: 'ip' }, 'Use IP mode (alb.ingress.kubernetes.io/target-type: ip)', 'ip-mode');
      if (ingress.targetType === 'instance' && cluster?.compute === 'fargate') {
        findings.push(finding(this, 'error', [ingress.id, cluster.id], `Ingress ${named(ingress)} uses instance mode on cluster ${named(cluster)}, which runs on Fargate. Fargate pods can only be ALB targets in IP mode.`, { suffix: 'fargate', fixes: [toIp] }));
      } else if (ingress.targetType === 'instance') {
        const clusterIp = ingress.rules
          .map((rule) => index.getOf(rule.service, 'k8s-service'))
          .filter((service): service is K8sService => service?.serviceType === 'ClusterIP');
        if (clusterIp.length > 0) {
          findings.push(finding(this, 'error', [ingress.id, ...clusterIp.map((s) => s.id)], `Ingress ${named(ingress)} uses instance mode, but ${list(clusterIp.map(named))} ${clusterIp.length === 1 ? 'is a ClusterIP Service' : 'are ClusterIP Services'}. In instance mode the ALB sends to a NodePort on the nodes: make the Service NodePort or use IP mode.`, { suffix: 'instance-mode', fixes: [toIp] }));
        }
      }
      if (!ingress.loadBalancer && cluster) {
        const subnets = index.subnetsOf(cluster);
        if (subnets.length > 0 && zonesOf(subnets).size < 2) {
          findings.push(finding(this, 'error', [ingress.id, cluster.id], `Ingress ${named(ingress)} needs an ALB, and an ALB needs subnets in at least two AZs; cluster ${named(cluster)} has subnets in one AZ only.`, { suffix: 'subnets' }));
        }
      }
    }
    return findings;
  },
};

const ELB_TAG = 'kubernetes.io/role/elb';
const INTERNAL_ELB_TAG = 'kubernetes.io/role/internal-elb';

export const eksTags: Rule = {
  id: 'EKS-TAGS',
  severity: 'warning',
  summary: 'Subnets carry kubernetes.io/role/elb or internal-elb so the load balancer controller finds them.',
  docUrl: DOCS.EKS_NLB,
  dependsOn: ['k8s-service', 'k8s-ingress', 'eks-cluster', 'subnet', BALANCER_KINDS, 'route-table', 'internet-gateway'],
  check({ index }) {
    const findings: Finding[] = [];
    const schemes = new Map<string, Set<'internet-facing' | 'internal'>>();
    const need = (clusterId: string | undefined, lbId: string | undefined) => {
      if (!clusterId) return;
      const lb = index.get(lbId);
      // The controller makes internal load balancers unless told otherwise.
      const scheme = isBalancer(lb) ? lb.scheme : 'internal';
      schemes.set(clusterId, (schemes.get(clusterId) ?? new Set()).add(scheme));
    };
    for (const service of index.ofKind('k8s-service')) if (service.serviceType === 'LoadBalancer') need(service.parent, service.loadBalancer);
    for (const ingress of index.ofKind('k8s-ingress')) need(ingress.parent, ingress.loadBalancer);
    for (const [clusterId, wanted] of schemes) {
      const cluster = index.getOf(clusterId, 'eks-cluster');
      const vpc = index.vpcOf(clusterId);
      if (!cluster || !vpc) continue;
      const subnets = (index.children.get(vpc.id) ?? []).filter((r): r is ResourceOf<'subnet'> => r.kind === 'subnet');
      for (const scheme of wanted) {
        const tag = scheme === 'internet-facing' ? ELB_TAG : INTERNAL_ELB_TAG;
        if (subnets.some((s) => s.tags?.[tag] !== undefined)) continue;
        const candidates = subnets.filter((s) => isPublicSubnet(index, s.id) === (scheme === 'internet-facing'));
        const fixes: QuickFix[] = candidates.length
          ? [{ id: 'tag-subnets', title: `Tag ${list(candidates.map((s) => s.name || s.id))} with ${tag}=1`, apply: (design) => chain(design, candidates.map((s) => (d: Design) => updateResource(d, s.id, { tags: { ...(s.tags ?? {}), [tag]: '1' } }))) }]
          : [];
        findings.push(finding(this, 'warning', [cluster.id, vpc.id], `Cluster ${named(cluster)} asks for ${scheme} load balancers, but no subnet of VPC ${named(vpc)} carries the tag ${tag}. The AWS Load Balancer Controller picks subnets by that tag (it does not read route tables), so it cannot place the load balancer.`, { fixes }));
      }
    }
    return findings;
  },
};

export const eksFargate: Rule = {
  id: 'EKS-FARGATE',
  severity: 'error',
  summary: 'Fargate pods run in private subnets only.',
  docUrl: DOCS.EKS_FG,
  dependsOn: ['eks-cluster', 'subnet', 'route-table', 'internet-gateway'],
  check({ index }) {
    const findings: Finding[] = [];
    for (const cluster of index.ofKind('eks-cluster')) {
      if (cluster.compute !== 'fargate') continue;
      const publicSubnets = index.subnetsOf(cluster).filter((s) => isPublicSubnet(index, s.id));
      if (publicSubnets.length === 0) continue;
      findings.push(finding(this, 'error', [cluster.id, ...publicSubnets.map((s) => s.id)], `Cluster ${named(cluster)} runs pods on Fargate in ${list(publicSubnets.map(named))}, which route to an internet gateway. Fargate profiles accept private subnets only (no route to an internet gateway).`));
    }
    return findings;
  },
};

export const eksSecurityGroupsForPods: Rule = {
  id: 'EKS-SGPOD',
  severity: 'warning',
  summary: 'Security groups for pods need Nitro trunking instances (no t-family) and no externalTrafficPolicy: Local in strict mode.',
  docUrl: DOCS.EKS_SGP,
  dependsOn: ['eks-cluster', 'k8s-service'],
  check({ index }) {
    const findings: Finding[] = [];
    for (const cluster of index.ofKind('eks-cluster')) {
      if (!cluster.securityGroupsForPods || cluster.compute === 'fargate') continue;
      const type = cluster.nodeInstanceType ?? '';
      if (/^t\d/i.test(type)) {
        findings.push(finding(this, 'warning', [cluster.id], `Cluster ${named(cluster)} uses security groups for pods on ${type} nodes. The t family does not support ENI trunking, so pods there cannot get their own security groups: use a Nitro type such as m5 or c6i.`, { suffix: 'instance-type', fixes: [set(cluster.id, { nodeInstanceType: 'm5.large' }, 'Use m5.large nodes', 'nitro-nodes')] }));
      }
      for (const service of index.children.get(cluster.id) ?? []) {
        if (service.kind !== 'k8s-service' || service.externalTrafficPolicy !== 'Local' || service.serviceType === 'ClusterIP') continue;
        findings.push(finding(this, 'warning', [service.id, cluster.id], `Service ${named(service)} has externalTrafficPolicy: Local on cluster ${named(cluster)}, which uses security groups for pods. In strict mode, instance-mode and NodePort Services with Local policy do not reach pods that have their own security groups.`, { suffix: 'traffic-policy' }));
      }
    }
    return findings;
  },
};

const MAX_TASK_SUBNETS = 16;
const MAX_TASK_GROUPS = 5;

export const ecsAwsvpc: Rule = {
  id: 'ECS-AWSVPC',
  severity: 'error',
  summary: 'Fargate uses awsvpc with ip target groups, at most 16 subnets and 5 groups, and can pull images.',
  docUrl: DOCS.ECS,
  dependsOn: ['ecs-service', 'target-group', 'subnet', 'route-table', 'internet-gateway'],
  check({ index }) {
    const findings: Finding[] = [];
    // Target groups that name a service among their targets, besides those the service lists.
    const registeredIn = new Map<string, ResourceOf<'target-group'>[]>();
    for (const group of index.ofKind('target-group')) {
      for (const target of group.targets) registeredIn.set(target.target, [...(registeredIn.get(target.target) ?? []), group]);
    }
    for (const service of index.ofKind('ecs-service')) {
      const fargate = service.launchType === 'FARGATE';
      if (fargate && service.networkMode !== 'awsvpc') {
        findings.push(finding(this, 'error', [service.id], `Service ${named(service)} runs on Fargate with network mode ${service.networkMode}. Fargate tasks only run in awsvpc mode (one network interface per task).`, { suffix: 'network-mode', fixes: [set(service.id, { networkMode: 'awsvpc' }, 'Use awsvpc network mode', 'awsvpc')] }));
      }
      if (service.networkMode === 'awsvpc') {
        const groups = new Map<string, ResourceOf<'target-group'>>();
        for (const id of service.targetGroups ?? []) {
          const group = index.getOf(id, 'target-group');
          if (group) groups.set(group.id, group);
        }
        for (const group of registeredIn.get(service.id) ?? []) groups.set(group.id, group);
        for (const group of groups.values()) {
          if (group.targetType !== 'instance') continue;
          findings.push(finding(this, 'error', [service.id, group.id], `Service ${named(service)} registers in target group ${named(group)} of type instance. Tasks in awsvpc mode${fargate ? ' (as on Fargate)' : ''} have their own network interfaces and register by IP: the target group must be of type ip.`, { suffix: 'target-type', fixes: [set(group.id, { targetType: 'ip' }, `Make ${group.name || group.id} a target group of type ip`, 'ip-target-group')] }));
        }
        const subnets = index.subnetsOf(service);
        if (subnets.length > MAX_TASK_SUBNETS) {
          findings.push(finding(this, 'error', [service.id], `Service ${named(service)} lists ${subnets.length} subnets; an awsvpc service takes at most ${MAX_TASK_SUBNETS}.`, { suffix: 'subnets' }));
        }
        if ((service.securityGroups?.length ?? 0) > MAX_TASK_GROUPS) {
          findings.push(finding(this, 'error', [service.id], `Service ${named(service)} has ${service.securityGroups!.length} security groups; an awsvpc service takes at most ${MAX_TASK_GROUPS}.`, { suffix: 'security-groups' }));
        }
      }
      if (!fargate && service.assignPublicIp) {
        findings.push(finding(this, 'error', [service.id], `Service ${named(service)} runs on EC2 and asks for a public IP. Tasks of the EC2 launch type never get public IPs; reach the internet through a NAT gateway.`, { suffix: 'public-ip', fixes: [set(service.id, { assignPublicIp: false }, 'Turn off assignPublicIp', 'no-public-ip')] }));
      }
      if (fargate && !service.assignPublicIp) {
        const publicSubnets = index.subnetsOf(service).filter((s) => isPublicSubnet(index, s.id));
        if (publicSubnets.length > 0) {
          findings.push(finding(this, 'warning', [service.id, ...publicSubnets.map((s) => s.id)], `Fargate service ${named(service)} runs in public subnet ${list(publicSubnets.map(named))} without a public IP. Its internet route goes to an internet gateway, which needs a public address, and there is no NAT route: tasks cannot pull their images. Turn on assignPublicIp or move the service to private subnets with a NAT gateway.`, { suffix: 'image-pull', fixes: [set(service.id, { assignPublicIp: true }, 'Turn on assignPublicIp', 'assign-public-ip')] }));
        }
      }
    }
    return findings;
  },
};

export const containerRules: readonly Rule[] = [eksNodePort, eksLoadBalancerServices, eksIngress, eksTags, eksFargate, eksSecurityGroupsForPods, ecsAwsvpc];
