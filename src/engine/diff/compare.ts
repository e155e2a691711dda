/**
 * Two versions of a landing zone side by side, as a reviewer reads a pull request: the
 * resources added, removed and changed; the findings introduced and resolved; and the flows
 * between the endpoints both versions have whose verdict changed. Flows are asked on the ports
 * the designs name (rules, listeners, targets, intents), since a change that opens a port
 * shows on that port.
 */
import { canReceiveFlows, type Design, type Protocol, type Resource } from '../model/index.ts';
import { validate, type Finding } from '../rules/index.ts';
import { defaultEndpoints, matrixRows, type MatrixCell } from '../sim/index.ts';

export interface ResourceChange {
  readonly id: string;
  readonly kind: string;
  readonly name: string;
  /** Top-level fields whose value differs (for a changed resource). */
  readonly fields?: readonly string[];
}

export interface FlowChange {
  readonly from: string;
  readonly to: string;
  readonly protocol: Protocol;
  readonly port: number;
  readonly before: MatrixCell;
  readonly after: MatrixCell;
}

export interface DesignComparison {
  readonly resources: { readonly added: ResourceChange[]; readonly removed: ResourceChange[]; readonly changed: ResourceChange[] };
  readonly findings: { readonly introduced: Finding[]; readonly resolved: Finding[] };
  readonly flows: {
    readonly changed: FlowChange[];
    /** Senders present in both versions (workloads and external networks), the sources of the flows asked. */
    readonly endpoints: readonly string[];
    /** Further destinations present in both (load balancers, gateways, endpoints...), and the internet. */
    readonly destinations: readonly string[];
    readonly ports: readonly { protocol: Protocol; port: number }[];
    /** Why flows were not compared, when they were not. */
    readonly skipped?: string;
  };
}

export interface CompareOptions {
  /** Most ports to ask; the most often named first. Default 12. */
  readonly maxPorts?: number;
  /** Most endpoints to compare flows between; beyond it flows are skipped and the reason given. Default 400. */
  readonly maxEndpoints?: number;
}

const summary = (r: Resource, fields?: string[]): ResourceChange => ({ id: r.id, kind: r.kind, name: r.name, ...(fields ? { fields } : {}) });

/** Where a resource was imported from names the input file, which differs between any two inputs. */
const PROVENANCE = new Set(['source']);

function changedFields(a: Resource, b: Resource): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)].filter((key) => !PROVENANCE.has(key)));
  const ra = a as unknown as Record<string, unknown>;
  const rb = b as unknown as Record<string, unknown>;
  return [...keys].filter((key) => JSON.stringify(ra[key]) !== JSON.stringify(rb[key])).sort();
}

function compareResources(before: Design, after: Design): DesignComparison['resources'] {
  const old = new Map(before.resources.map((r) => [r.id, r]));
  const added: ResourceChange[] = [];
  const changed: ResourceChange[] = [];
  for (const resource of after.resources) {
    const previous = old.get(resource.id);
    old.delete(resource.id);
    if (!previous) added.push(summary(resource));
    else if (previous !== resource) {
      const fields = changedFields(previous, resource);
      if (fields.length > 0) changed.push(summary(resource, fields));
    }
  }
  return { added, removed: [...old.values()].map((r) => summary(r)), changed };
}

const findingKey = (f: Finding) => `${f.ruleId}|${[...f.resourceIds].sort().join(',')}`;

function compareFindings(before: Design, after: Design): DesignComparison['findings'] {
  const a = validate(before);
  const b = validate(after);
  const was = new Set(a.map(findingKey));
  const is = new Set(b.map(findingKey));
  return { introduced: b.filter((f) => !was.has(findingKey(f))), resolved: a.filter((f) => !is.has(findingKey(f))) };
}

/** The ports the designs name, most named first: single-port rules, listeners, targets, intents. */
export function namedPorts(designs: readonly Design[], max: number): { protocol: Protocol; port: number }[] {
  const counts = new Map<string, number>();
  const add = (protocol: string, port: number | undefined) => {
    if (port === undefined || !Number.isInteger(port) || port <= 0) return;
    const p = protocol.toLowerCase();
    const key = `${p === 'udp' ? 'udp' : 'tcp'}/${port}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  };
  for (const design of designs) {
    for (const r of design.resources) {
      const fields = r as unknown as Record<string, unknown>;
      for (const list of ['ingress', 'egress', 'entries'] as const) {
        const rules = fields[list];
        if (!Array.isArray(rules)) continue;
        for (const rule of rules as { protocol?: string; fromPort?: number; toPort?: number }[]) {
          if ((rule.protocol === 'tcp' || rule.protocol === 'udp') && rule.fromPort === rule.toPort) add(rule.protocol, rule.fromPort);
        }
      }
      if (Array.isArray(fields.listeners)) for (const l of fields.listeners as { protocol?: string; port?: number }[]) add(l.protocol === 'UDP' ? 'udp' : 'tcp', l.port);
      if (typeof fields.port === 'number') add(typeof fields.protocol === 'string' && fields.protocol === 'UDP' ? 'udp' : 'tcp', fields.port);
    }
    for (const intent of design.intents ?? []) if (intent.protocol === 'tcp' || intent.protocol === 'udp') add(intent.protocol, intent.port);
  }
  for (const always of [443, 22]) if (!counts.has(`tcp/${always}`)) counts.set(`tcp/${always}`, 0);
  return [...counts.entries()]
    .sort((x, y) => y[1] - x[1] || Number(x[0].split('/')[1]) - Number(y[0].split('/')[1]))
    .slice(0, max)
    .map(([key]) => {
      const [protocol, port] = key.split('/') as [Protocol, string];
      return { protocol, port: Number(port) };
    })
    .sort((x, y) => x.port - y.port || x.protocol.localeCompare(y.protocol));
}

const sameVerdict = (a: MatrixCell, b: MatrixCell) => a.reachable === b.reachable && (a.error === undefined) === (b.error === undefined);

function compareFlows(before: Design, after: Design, options: CompareOptions): DesignComparison['flows'] {
  const inBefore = new Set(defaultEndpoints(before));
  const endpoints = defaultEndpoints(after).filter((id) => inBefore.has(id));
  const senders = new Set(endpoints);
  const receivers = new Set(before.resources.filter((r) => canReceiveFlows(r.kind)).map((r) => r.id));
  const destinations = [...after.resources.filter((r) => canReceiveFlows(r.kind) && receivers.has(r.id) && !senders.has(r.id)).map((r) => r.id), 'internet'];
  const ports = namedPorts([before, after], options.maxPorts ?? 12);
  const max = options.maxEndpoints ?? 400;
  if (endpoints.length + destinations.length > max) {
    return { changed: [], endpoints, destinations, ports, skipped: `${endpoints.length + destinations.length} endpoints, more than the ${max} compared` };
  }
  const ends = [...endpoints, ...destinations];
  const changed: FlowChange[] = [];
  for (const { protocol, port } of ports) {
    const a = matrixRows(before, ends, protocol, port);
    const b = matrixRows(after, ends, protocol, port);
    for (let i = 0; i < endpoints.length; i++) {
      const rowA = a.row(i);
      const rowB = b.row(i);
      rowB.forEach((cellB, j) => {
        const cellA = rowA[j];
        if (!cellA || !cellB || sameVerdict(cellA, cellB)) return;
        changed.push({ from: endpoints[i]!, to: ends[j]!, protocol, port, before: cellA, after: cellB });
      });
    }
  }
  return { changed, endpoints, destinations, ports };
}

export function compareDesigns(before: Design, after: Design, options: CompareOptions = {}): DesignComparison {
  return { resources: compareResources(before, after), findings: compareFindings(before, after), flows: compareFlows(before, after, options) };
}
