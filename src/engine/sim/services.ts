/**
 * Hops with listeners and new connections: load balancers (listener, target group, client
 * IP preservation), proxies (a new connection to their upstream), API gateways with VPC
 * links, Amazon MQ endpoints and Kubernetes Services. Each connection is a leg; a service
 * chains legs until the flow reaches a plain interface.
 */
import type { Listener } from '../model/fields.ts';
import { servicePortsOf, type ServicePorts } from '../model/kinds.ts';
import type { Resource, ResourceOf } from '../model/resources.ts';
import { WIDE_EPHEMERAL, type Iface } from './context.ts';
import { chooseIface, resolveDestination, type Destination } from './endpoints.ts';
import { formatIpv4, parseIpv4 } from './ipv4.ts';
import { replyLeg, runLeg, type LegContext, type Receiver, type Sender } from './legs.ts';
import type { Decider, Hop, HopInterface, Protocol, Reason } from './types.ts';

type ServiceStep = 'listener' | 'target' | 'vpc-link' | 'api-gateway' | 'proxy';

const noListener = (resource: string, port: number): Decider => ({ kind: 'listener', resource, protocol: undefined, port });
const listenerOf = (resource: string, protocol: string, port: number): Decider => ({ kind: 'listener', resource, protocol, port });

export type Outcome = { readonly ok: true } | { readonly ok: false; readonly reason: Reason; readonly at: string };

const OK: Outcome = { ok: true };
/** Load balancer targets tried before giving up; the first that works is shown. */
const MAX_TARGETS = 8;
const MAX_DEPTH = 8;

interface TargetCandidate {
  readonly destination: Destination;
  readonly port: number;
  /** The target as its group names it: a resource id or an IP address. */
  readonly target: string;
  /** The target group, or the environment, Service or Ingress that names the target. */
  readonly group: string;
  readonly label: string;
}

const targetOf = (candidate: TargetCandidate): Decider => ({ kind: 'target', group: candidate.group, target: candidate.target, port: candidate.port });

export class Tracer {
  constructor(readonly lc: LegContext) {}

  private get ctx() {
    return this.lc.ctx;
  }

  private drop(
    at: string,
    step: ServiceStep,
    reason: Reason,
    box: string,
    decided: Decider | undefined,
    matched: string,
    note: string,
    iface?: HopInterface,
  ): Outcome {
    this.lc.forward.hop(at, step, 'drop', box, decided, matched, note, iface);
    return { ok: false, reason, at };
  }

  /** Records a request hop at `box`; see Hop. */
  private hop(
    resourceId: string,
    step: ServiceStep,
    decision: 'allow' | 'forward',
    box: string,
    decided: Decider | undefined,
    matched: string,
    note: string,
    iface?: HopInterface,
  ): void {
    this.lc.forward.hop(resourceId, step, decision, box, decided, matched, note, iface);
  }

  private with(protocol: Protocol): Tracer {
    return protocol === this.lc.protocol ? this : new Tracer({ ...this.lc, protocol });
  }

  /** Sends from `sender` to `destination` and follows every service on the way. */
  reach(sender: Sender, destination: Destination, port: number, depth: number): Outcome {
    if (depth > MAX_DEPTH) return this.drop(sender.id, 'proxy', 'ROUTING_LOOP', sender.id, undefined, 'loop', 'proxies and load balancers forward in a circle');
    if (destination.kind !== 'resource') return this.plainLeg(sender, destination.kind === 'external' ? destination : { kind: 'address', ip: destination.ip }, port);
    const resource = destination.resource;
    switch (resource.kind) {
      case 'nlb':
      case 'alb':
        return this.loadBalancer(sender, resource, port, depth, destination.iface, false);
      case 'api-gateway':
        return this.apiGateway(sender, resource, port, depth);
      case 'k8s-service':
        return this.kubernetesService(sender, resource, port, depth);
      case 'k8s-ingress': {
        const alb = this.ctx.index.getOf(resource.loadBalancer, 'alb');
        if (!alb) return this.drop(resource.id, 'target', 'NO_TARGET', resource.id, undefined, 'no load balancer', `${resource.id} names no ALB (EKS-INGRESS)`);
        if (this.lc.forward.on) this.hop(resource.id, 'listener', 'forward', resource.id, undefined, alb.id, `the Ingress is served by ALB ${alb.id} (EKS-INGRESS)`);
        return this.loadBalancer(sender, alb, port, depth, undefined, false);
      }
      default: {
        const service = servicePortsOf(resource);
        if (service) return this.managedService(sender, resource, service, port, depth, destination.iface);
        return this.toInterface(sender, resource, port, depth, destination.iface);
      }
    }
  }

  /** A managed service's own endpoints (an Amazon MQ broker): its fixed ports, then its interfaces. */
  private managedService(sender: Sender, resource: Resource, service: ServicePorts, port: number, depth: number, fixed: Iface | undefined): Outcome {
    if (!service.ports.includes(port)) {
      return this.drop(resource.id, 'listener', 'NO_LISTENER', resource.id, noListener(resource.id, port), `${service.service} ports ${service.ports.join(', ')}`, `${resource.id} (${service.service}) does not listen on ${port}`);
    }
    if (this.lc.forward.on) this.hop(resource.id, 'listener', 'forward', resource.id, listenerOf(resource.id, service.service, port), `${service.service}:${port}`, `reached through ${service.reachedThrough}`);
    return this.toInterface(sender, resource, port, depth, fixed);
  }

  private plainLeg(sender: Sender, receiver: Receiver, port: number): Outcome {
    const leg = runLeg(this.lc, sender, receiver, port);
    if (!leg.ok) return leg;
    return failedReply(replyLeg(this.lc, sender, receiver, leg, port));
  }

  private toInterface(sender: Sender, resource: Resource, port: number, depth: number, fixed: Iface | undefined): Outcome {
    const owner = resource.kind === 'k8s-service' || resource.kind === 'k8s-ingress' ? (resource.parent ?? resource.id) : resource.id;
    const iface = fixed ?? chooseIface(this.ctx, owner, sender.iface?.subnet.azKey);
    if (!iface) return this.drop(resource.id, 'target', 'NO_TARGET', resource.id, undefined, 'no interface', `${resource.id} has no network interface in a subnet`);
    const receiver: Receiver = { kind: 'iface', iface };
    const leg = runLeg(this.lc, sender, receiver, port);
    if (!leg.ok) return leg;
    const proxied = iface.resource;
    if (depth > 0 && (proxied.kind === 'instance' || proxied.kind === 'auto-scaling-group') && proxied.role === 'proxy' && proxied.upstream) {
      const upstream = proxied.upstream;
      const upstreamTarget: Decider = { kind: 'target', group: proxied.id, target: upstream.target, port: upstream.port };
      if (this.lc.forward.on) {
        const note = `${proxied.id} ends the connection and opens a new one to ${upstream.target} on ${upstream.protocol}/${upstream.port}`;
        this.hop(proxied.id, 'proxy', 'forward', proxied.id, upstreamTarget, `upstream ${upstream.target}:${upstream.port}`, note, iface.fact);
      }
      const proxySender: Sender = { id: proxied.id, iface, ip: iface.ip, groups: iface.groups, ephemeral: iface.ephemeral };
      let next: Destination;
      try {
        next = resolveDestination(this.ctx, upstream.target, proxySender);
      } catch {
        return this.drop(proxied.id, 'proxy', 'NO_TARGET', proxied.id, upstreamTarget, `upstream ${upstream.target}`, `${proxied.id}'s upstream ${upstream.target} is not in the design`, iface.fact);
      }
      const sub = this.with(upstream.protocol).reach(proxySender, next, upstream.port, depth + 1);
      if (!sub.ok) return sub;
    }
    return failedReply(replyLeg(this.lc, sender, receiver, leg, port));
  }

  private listenerFits(listener: Listener, isAlb: boolean): boolean {
    const protocol = this.lc.protocol;
    if (isAlb) return protocol === 'tcp' && (listener.protocol === 'HTTP' || listener.protocol === 'HTTPS');
    if (listener.protocol === 'TCP' || listener.protocol === 'TLS') return protocol === 'tcp';
    if (listener.protocol === 'UDP') return protocol === 'udp';
    if (listener.protocol === 'TCP_UDP') return protocol === 'tcp' || protocol === 'udp';
    return false;
  }

  private targetsOf(lb: ResourceOf<'nlb'> | ResourceOf<'alb'>, listener: Listener): TargetCandidate[] {
    const index = this.ctx.index;
    const group = index.getOf(listener.targetGroup, 'target-group');
    const candidates: TargetCandidate[] = [];
    const add = (target: string, port: number, owner: string, via = owner) => {
      const ip = parseIpv4(target);
      const label = `${target}:${port} (${via})`;
      if (ip !== undefined) {
        const iface = [...this.ctx.byPrivateIp.values()].map((m) => m.get(ip)).find((i) => i !== undefined);
        candidates.push({ destination: iface ? { kind: 'resource', resource: iface.resource, iface } : { kind: 'address', ip }, port, target, group: owner, label });
        return;
      }
      const resource = index.get(target);
      if (resource) candidates.push({ destination: { kind: 'resource', resource }, port, target, group: owner, label });
    };
    if (group) {
      for (const target of group.targets) add(target.target, target.port ?? group.port, group.id);
      for (const member of this.ctx.joinedTargetGroups.get(group.id) ?? []) add(member, group.port, group.id);
      return candidates;
    }
    // Without a target group: the environment, Service or Ingress that owns the load balancer.
    for (const env of index.ofKind('beanstalk-environment')) if (env.loadBalancer === lb.id) add(env.id, env.port ?? 80, env.id);
    for (const service of index.ofKind('k8s-service')) {
      // IP targets are the pods on their target port; instance targets the nodes' NodePort.
      const port = service.targetType === 'ip' ? (service.targetPort ?? service.port) : (service.nodePort ?? service.targetPort ?? service.port);
      if (service.loadBalancer === lb.id && service.parent) add(service.parent, port, service.id);
    }
    for (const ingress of index.ofKind('k8s-ingress')) {
      if (ingress.loadBalancer !== lb.id) continue;
      for (const rule of ingress.rules) {
        const service = index.getOf(rule.service, 'k8s-service');
        if (!service?.parent) continue;
        const port = ingress.targetType === 'instance' ? (service.nodePort ?? rule.port) : (service.targetPort ?? rule.port);
        add(service.parent, port, service.id, `${ingress.id} → ${service.id}`);
      }
    }
    return candidates;
  }

  private clientIpPreserved(lb: Resource, listener: Listener, privateLink: boolean): boolean {
    if (lb.kind !== 'nlb' || privateLink) return false;
    const group = this.ctx.index.getOf(listener.targetGroup, 'target-group');
    if (!group) return true;
    if (group.preserveClientIp !== undefined) return group.preserveClientIp;
    if (group.targetType === 'instance') return true;
    if (group.targetType === 'ip') return group.protocol === 'UDP' || group.protocol === 'TCP_UDP';
    return false;
  }

  loadBalancer(
    sender: Sender,
    lb: ResourceOf<'nlb'> | ResourceOf<'alb'>,
    port: number,
    depth: number,
    fixedNode: Iface | undefined,
    privateLink: boolean,
  ): Outcome {
    const isAlb = lb.kind === 'alb';
    const nodes = this.ctx.ifaces.get(lb.id);
    if (!nodes) return this.drop(lb.id, 'listener', 'NO_LISTENER', lb.id, noListener(lb.id, port), 'no subnets', `${lb.id} is in no subnet`);
    const listener = lb.listeners.find((l) => l.port === port && this.listenerFits(l, isAlb));
    const listeners = lb.listeners.map((l) => `${l.protocol}:${l.port}`).join(', ') || 'none';
    const clientAz = sender.iface?.subnet.azKey;
    const frontNode = fixedNode ?? chooseIface(this.ctx, lb.id, clientAz)!;
    const targets = listener ? this.targetsOf(lb, listener) : [];
    if (!listener || targets.length === 0) {
      if (!privateLink) {
        const leg = runLeg(this.lc, sender, { kind: 'iface', iface: frontNode }, port);
        if (!leg.ok) return leg;
      }
      if (!listener) {
        const why = isAlb ? ' (an ALB listens on HTTP/HTTPS only)' : '';
        return this.drop(lb.id, 'listener', 'NO_LISTENER', lb.id, noListener(lb.id, port), `listeners: ${listeners}`, `${lb.id} has no listener for ${this.lc.protocol}/${port}${why}`, frontNode.fact);
      }
      const none: Decider = { kind: 'target', group: listener.targetGroup, target: undefined, port: undefined };
      return this.drop(listener.targetGroup ?? lb.id, 'target', 'NO_TARGET', lb.id, none, `${listener.protocol}:${listener.port}`, `the listener forwards to no registered target`, frontNode.fact);
    }
    const cipWanted = this.clientIpPreserved(lb, listener, privateLink);
    const crossZone = isAlb || lb.crossZone === true;
    // A target calling its own NLB: the trace picks the sender itself, the pick that times out (NLB-HAIRPIN).
    const ordered = cipWanted ? [...targets].sort((x, y) => Number(isSender(y, sender)) - Number(isSender(x, sender))) : targets;
    let firstFailure: { outcome: Outcome; forward: Hop[]; reply: Hop[] } | undefined;
    for (const candidate of ordered.slice(0, MAX_TARGETS)) {
      const forwardMark = this.lc.forward.mark();
      const replyMark = this.lc.reply.mark();
      const outcome = this.throughNode(sender, lb, listener, candidate, frontNode, fixedNode, crossZone, cipWanted, privateLink, clientAz, depth, targets);
      if (outcome.ok || outcome.reason === 'NLB_HAIRPIN') return outcome;
      const failure = { outcome, forward: this.lc.forward.cut(forwardMark), reply: this.lc.reply.cut(replyMark) };
      firstFailure ??= failure;
    }
    this.lc.forward.restore(firstFailure!.forward);
    this.lc.reply.restore(firstFailure!.reply);
    return firstFailure!.outcome;
  }

  private throughNode(
    sender: Sender,
    lb: ResourceOf<'nlb'> | ResourceOf<'alb'>,
    listener: Listener,
    candidate: TargetCandidate,
    frontNode: Iface,
    fixedNode: Iface | undefined,
    crossZone: boolean,
    cipWanted: boolean,
    privateLink: boolean,
    clientAz: string | undefined,
    depth: number,
    targets: readonly TargetCandidate[],
  ): Outcome {
    const destination = candidate.destination;
    const targetIface =
      destination.kind === 'resource'
        ? (destination.iface ?? chooseIface(this.ctx, destination.resource.id, clientAz ?? frontNode.subnet.azKey))
        : undefined;
    let node = frontNode;
    if (!crossZone && targetIface) {
      // Cross-zone off: a node sends only to targets in its own AZ.
      const zonal = fixedNode ?? chooseIface(this.ctx, lb.id, targetIface.subnet.azKey);
      if (!zonal || zonal.subnet.azKey !== targetIface.subnet.azKey) {
        const where = fixedNode ? `its node ${fixedNode.ipText} is in ${fixedNode.subnet.az}` : `it has no node in ${targetIface.subnet.az}`;
        return this.drop(lb.id, 'target', 'NO_TARGET', lb.id, targetOf(candidate), candidate.label, `${candidate.label} is in ${targetIface.subnet.az}; ${where} and cross-zone load balancing is off`, (fixedNode ?? frontNode).fact);
      }
      node = zonal;
    }
    let clientSeen = sender.ip;
    let clientEphemeral = sender.ephemeral;
    let frontLeg: ReturnType<typeof runLeg> | undefined;
    const frontReceiver: Receiver = { kind: 'iface', iface: node };
    if (!privateLink) {
      frontLeg = runLeg(this.lc, sender, frontReceiver, listener.port);
      if (!frontLeg.ok) return frontLeg;
      clientSeen = frontLeg.seenSrc;
      if (frontLeg.path.nats.length > 0 || frontLeg.path.internet) clientEphemeral = WIDE_EPHEMERAL;
      if (this.lc.forward.on) {
        const note = !isAlbOrHasGroups(lb)
          ? `${lb.id} has no security groups, so it filters nothing: everything reaches the listener (NLB-SG)`
          : `${lb.id} accepts on ${node.ipText}${node.derivedIp ? ` (derived from ${node.subnet.range.text})` : ''}`;
        this.hop(lb.id, 'listener', 'allow', lb.id, listenerOf(lb.id, listener.protocol, listener.port), `${listener.protocol}:${listener.port}`, note, node.fact);
      }
    } else if (this.lc.forward.on) {
      this.hop(lb.id, 'listener', 'allow', lb.id, listenerOf(lb.id, listener.protocol, listener.port), `${listener.protocol}:${listener.port}`, `${lb.id} accepts the VPC link's traffic on ${node.ipText}`, node.fact);
    }
    const sameVpc = targetIface === undefined || targetIface.subnet.vpc === node.subnet.vpc;
    const cip = cipWanted && sameVpc;
    if (this.lc.forward.on) {
      const seen = cip
        ? `the target sees the client's address ${formatIpv4(clientSeen)} (client IP preservation, NLB-CIP)`
        : `the target sees ${lb.id}'s address ${node.ipText}${lb.kind === 'nlb' ? ' (no client IP preservation)' : ''}`;
      this.hop(listener.targetGroup ?? lb.id, 'target', 'forward', lb.id, targetOf(candidate), candidate.label, `to ${candidate.label}; ${seen}`, node.fact);
    }
    if (cip && targetIface !== undefined && targetIface.ip === clientSeen) return this.hairpin(lb, listener, candidate, targetIface, targets, node);
    const lbSender: Sender = {
      id: lb.id,
      iface: node,
      ip: cip ? clientSeen : node.ip,
      groups: node.groups,
      ephemeral: cip ? clientEphemeral : WIDE_EPHEMERAL,
      preservesClient: cip,
    };
    const sub = this.reach(lbSender, destination, candidate.port, depth + 1);
    if (!sub.ok) return sub;
    if (frontLeg?.ok) {
      const back = replyLeg(this.lc, sender, frontReceiver, frontLeg, listener.port);
      if (back) return { ok: false, ...back };
    }
    return OK;
  }

  /**
   * The packet reaches the target with its own address as source and destination: the
   * target's reply never returns through the NLB and the connection times out (NLB-HAIRPIN:
   * https://docs.aws.amazon.com/elasticloadbalancing/latest/network/load-balancer-troubleshooting.html#loopback-timeout).
   */
  private hairpin(lb: ResourceOf<'nlb'> | ResourceOf<'alb'>, listener: Listener, candidate: TargetCandidate, target: Iface, targets: readonly TargetCandidate[], node: Iface): Outcome {
    const others = targets.filter((t) => t.target !== candidate.target).map((t) => t.target);
    const odds = others.length > 0 ? ` Connections the NLB sends to ${others.join(', ')} succeed, so about 1 in ${others.length + 1} times out.` : '';
    const note = `${target.resource.id} calls ${lb.id} and is picked as the target: with client IP preservation the packet arrives from ${target.ipText} to ${target.ipText}, so the connection times out (hairpin).${odds} Register the targets by IP address, or turn client IP preservation off.`;
    return this.drop(listener.targetGroup ?? lb.id, 'target', 'NLB_HAIRPIN', lb.id, targetOf(candidate), `${candidate.label}, the sender`, note, node.fact);
  }

  private apiGateway(sender: Sender, api: ResourceOf<'api-gateway'>, port: number, depth: number): Outcome {
    if (port !== 443 || this.lc.protocol !== 'tcp') {
      return this.drop(api.id, 'listener', 'NO_LISTENER', api.id, noListener(api.id, port), 'HTTPS:443', `API Gateway endpoints listen on HTTPS 443 only`);
    }
    let front: { receiver: Receiver; leg: ReturnType<typeof runLeg> } | undefined;
    if (api.endpointType === 'private') {
      const vpc = sender.iface?.subnet.vpc.id;
      const endpoint = this.ctx.index
        .ofKind('vpc-endpoint')
        .find((e) => e.endpointType === 'interface' && e.service.includes('execute-api') && vpc !== undefined && this.ctx.ifaces.get(e.id)?.[0]?.subnet.vpc.id === vpc);
      const iface = endpoint ? chooseIface(this.ctx, endpoint.id, sender.iface?.subnet.azKey) : undefined;
      if (!iface) return this.drop(api.id, 'api-gateway', 'NO_ROUTE', api.id, undefined, 'private endpoint', `a private API is reached through an execute-api interface endpoint in the caller's VPC; there is none (APIGW-PRIVATE)`);
      const receiver: Receiver = { kind: 'iface', iface };
      front = { receiver, leg: runLeg(this.lc, sender, receiver, port) };
    } else if (sender.iface) {
      const receiver: Receiver = { kind: 'external', id: api.id, ip: this.ctx.apiGatewayAddress };
      front = { receiver, leg: runLeg(this.lc, sender, receiver, port) };
    } else {
      this.hop(api.id, 'api-gateway', 'allow', api.id, undefined, `${api.endpointType} endpoint`, `${sender.id} calls the API's public endpoint over the internet`);
    }
    if (front && !front.leg.ok) return front.leg;
    const integration = api.integrations.find((i) => i.vpcLink !== undefined || i.target !== undefined);
    if (!integration) return this.drop(api.id, 'api-gateway', 'NO_TARGET', api.id, undefined, 'no integration', `${api.id} has no integration to call`);
    const link = this.ctx.index.getOf(integration.vpcLink, 'vpc-link');
    const targetId = integration.target ?? link?.targets[0];
    const target = this.ctx.index.get(targetId);
    if (!target) return this.drop(api.id, 'api-gateway', 'NO_TARGET', api.id, { kind: 'target', group: api.id, target: targetId, port: integration.port }, integration.path, `the integration ${integration.path} names no target`);
    const targetPort = integration.port ?? ('listeners' in target ? target.listeners[0]?.port : undefined) ?? 443;
    if (this.lc.forward.on) {
      const decided: Decider = { kind: 'target', group: api.id, target: target.id, port: targetPort };
      this.hop(api.id, 'api-gateway', 'forward', api.id, decided, `${integration.method} ${integration.path}`, `the integration calls ${target.id} on ${targetPort}`);
    }
    let sub: Outcome;
    if (link && link.version === 'v1') {
      if (target.kind !== 'nlb') return this.drop(link.id, 'vpc-link', 'NO_TARGET', link.id, undefined, 'v1', `a v1 VPC link reaches Network Load Balancers only, not a ${target.kind} (APIGW-REST)`);
      this.hop(link.id, 'vpc-link', 'forward', link.id, undefined, 'v1 (PrivateLink)', `API Gateway reaches ${target.id} through PrivateLink; PrivateLink never preserves the client IP, so targets see the NLB's address`);
      const linkSender: Sender = { id: link.id, iface: undefined, ip: this.ctx.apiGatewayAddress, groups: [], ephemeral: WIDE_EPHEMERAL };
      sub = this.loadBalancer(linkSender, target, targetPort, depth + 1, undefined, true);
    } else if (link) {
      const firstNode = this.ctx.ifaces.get(target.id)?.[0];
      const iface = chooseIface(this.ctx, link.id, firstNode?.subnet.azKey);
      if (!iface) return this.drop(link.id, 'vpc-link', 'NO_TARGET', link.id, undefined, 'v2', `${link.id} has no subnets for its interfaces (APIGW-V2)`);
      this.hop(link.id, 'vpc-link', 'forward', link.id, undefined, 'v2', `the VPC link's interface in ${iface.subnet.id} (${iface.ipText}) opens the connection (APIGW-V2)`, iface.fact);
      const linkSender: Sender = { id: link.id, iface, ip: iface.ip, groups: iface.groups, ephemeral: WIDE_EPHEMERAL };
      sub = this.reach(linkSender, { kind: 'resource', resource: target }, targetPort, depth + 1);
    } else {
      const apiSender: Sender = { id: api.id, iface: undefined, ip: this.ctx.apiGatewayAddress, groups: [], ephemeral: WIDE_EPHEMERAL };
      sub = this.reach(apiSender, { kind: 'resource', resource: target }, targetPort, depth + 1);
    }
    if (!sub.ok) return sub;
    if (front && front.leg.ok) {
      const back = replyLeg(this.lc, sender, front.receiver, front.leg, port);
      if (back) return { ok: false, ...back };
    }
    return OK;
  }

  private kubernetesService(sender: Sender, service: ResourceOf<'k8s-service'>, port: number, depth: number): Outcome {
    const cluster = this.ctx.index.get(service.parent);
    if (!cluster) return this.drop(service.id, 'target', 'NO_TARGET', service.id, undefined, 'no cluster', `${service.id} is in no cluster`);
    if (service.serviceType === 'LoadBalancer') {
      const nlb = this.ctx.index.getOf(service.loadBalancer, 'nlb');
      if (!nlb) return this.drop(service.id, 'target', 'NO_TARGET', service.id, undefined, 'no load balancer', `${service.id} names no NLB (EKS-LBSVC)`);
      this.hop(service.id, 'listener', 'forward', service.id, undefined, nlb.id, `a LoadBalancer Service is one NLB: ${nlb.id} (EKS-LBSVC)`);
      return this.loadBalancer(sender, nlb, port, depth, undefined, false);
    }
    if (service.serviceType === 'NodePort') {
      const nodePort = service.nodePort ?? port;
      if (port !== nodePort && port !== service.port) {
        return this.drop(service.id, 'listener', 'NO_LISTENER', service.id, noListener(service.id, port), `NodePort ${nodePort}`, `${service.id} is exposed on node port ${nodePort}, not ${port}`);
      }
      if (this.lc.forward.on) this.hop(service.id, 'listener', 'forward', service.id, listenerOf(service.id, 'NodePort', nodePort), `NodePort ${nodePort}`, `node port ${nodePort} is open on every node of ${cluster.id} (EKS-NODEPORT)`);
      return this.toInterface(sender, cluster, nodePort, depth, undefined);
    }
    if (sender.iface?.resource.id === cluster.id) {
      if (this.lc.forward.on) this.hop(service.id, 'listener', 'allow', service.id, listenerOf(service.id, 'ClusterIP', service.port), `ClusterIP ${service.port}`, `reached inside ${cluster.id}`);
      return OK;
    }
    return this.drop(service.id, 'listener', 'NO_LISTENER', service.id, noListener(service.id, port), `ClusterIP ${service.port}`, `a ClusterIP Service is reachable only inside its cluster`);
  }
}

/** The candidate is the sender's own interface (an instance target calling its own load balancer). */
function isSender(candidate: TargetCandidate, sender: Sender): boolean {
  const destination = candidate.destination;
  if (destination.kind !== 'resource' || !sender.iface) return false;
  return destination.iface ? destination.iface === sender.iface : destination.resource.id === sender.iface.resource.id;
}

function isAlbOrHasGroups(lb: ResourceOf<'nlb'> | ResourceOf<'alb'>): boolean {
  return lb.kind === 'alb' || (lb.securityGroups?.length ?? 0) > 0;
}

function failedReply(failure: { reason: Reason; at: string } | undefined): Outcome {
  return failure ? { ok: false, ...failure } : OK;
}
