/**
 * The CDK exporter: a design becomes a TypeScript CDK app with one stack per account and
 * region. See `HEADER` for why it is written with L1 (Cfn*) constructs.
 */
import type { Design } from '../../model/design.ts';
import type { ResourceKind } from '../../model/resources.ts';
import type { GeneratedFile } from '../types.ts';
import { COMPUTE_CDK } from './compute.ts';
import { CONNECTIVITY_CDK } from './connectivity.ts';
import { ExportContext, type Handle } from './context.ts';
import { FIREWALL_CDK } from './firewall.ts';
import { HYBRID_CDK } from './hybrid.ts';
import { INTEGRATION_CDK } from './integration.ts';
import { STAGES, type AllCdkKinds, type CdkKind, type Emission } from './kind.ts';
import { LOAD_BALANCING_CDK } from './loadbalancing.ts';
import { GATEWAY_LOAD_BALANCER_CDK } from './gateway-load-balancer.ts';
import { NETWORK_CDK } from './network.ts';
import { NOT_MAPPED, projectFiles } from './project.ts';
import { SECURITY_CDK } from './security.ts';

export { NOT_MAPPED } from './project.ts';

/** Every kind; within a stage, kinds are emitted in this order. Kinds in NOT_MAPPED emit nothing. */
const CDK = {
  ...NETWORK_CDK,
  ...SECURITY_CDK,
  ...CONNECTIVITY_CDK,
  ...FIREWALL_CDK,
  ...HYBRID_CDK,
  ...LOAD_BALANCING_CDK,
  ...GATEWAY_LOAD_BALANCER_CDK,
  ...COMPUTE_CDK,
  ...INTEGRATION_CDK,
  account: { emits: [] },
  external: { emits: [] },
  'k8s-service': { emits: [] },
  'k8s-ingress': { emits: [] },
} satisfies AllCdkKinds;

/** Kinds a test-only extension adds (engine/testing/extension.ts); empty in the product. */
const EXTENDED = new Map<string, CdkKind>();

export function registerCdkKind(kind: string, entry: CdkKind | undefined): void {
  if (entry) EXTENDED.set(kind, entry);
  else EXTENDED.delete(kind);
}

function cdkKindOf(kind: ResourceKind): CdkKind | undefined {
  return ((CDK as AllCdkKinds)[kind] as CdkKind | undefined) ?? EXTENDED.get(kind);
}

type Phase = readonly [ResourceKind, Emission];

/** Every emission of every kind, stage by stage. */
function phases(): Phase[] {
  const kinds = [...(Object.entries(CDK) as [ResourceKind, CdkKind][]), ...([...EXTENDED] as [ResourceKind, CdkKind][])];
  return STAGES.flatMap((stage) =>
    kinds.flatMap(([kind, entry]) => entry.emits.filter((emission) => emission.stage === stage).map((emission): Phase => [kind, emission])),
  );
}

const NO_STACK: ReadonlySet<string> = new Set(Object.keys(NOT_MAPPED));

/**
 * Written twice: the first run learns what each construct refers to across environments,
 * the second places each construct in the deployment wave that follows (see context.ts).
 */
export interface CdkOptions {
  /** A snippet: only these resources are written (selectionBoundary); what they name outside comes in as context values. */
  readonly inside?: ReadonlySet<string>;
  /** Per resource, what AWS will refuse (an export forced past errors): a comment and synth warnings. */
  readonly notes?: ReadonlyMap<string, readonly string[]>;
}

export function generateCdk(design: Design, options: CdkOptions = {}): GeneratedFile[] {
  const first = emitAll(design, options);
  const waves = first.plan();
  const ctx = emitAll(design, options, waves);
  if (ctx.slotCount !== first.slotCount) throw new Error('export: the second run wrote different constructs than the first');
  return projectFiles(ctx);
}

function emitAll(design: Design, options: CdkOptions, waves?: readonly number[]): ExportContext {
  const ctx = new ExportContext(design, (kind) => (NO_STACK.has(kind) ? undefined : (cdkKindOf(kind)?.prefix ?? 'resource')), waves, options.inside);
  const byKind = new Map<ResourceKind, Handle[]>();
  for (const handle of ctx.allHandles()) {
    const list = byKind.get(handle.resource.kind);
    if (list) list.push(handle);
    else byKind.set(handle.resource.kind, [handle]);
  }
  for (const [kind, { emit, only, rules }] of phases()) {
    const entry = cdkKindOf(kind)!;
    for (const handle of byKind.get(kind) ?? []) {
      if (handle.outside || (only && !only(ctx, handle))) continue;
      // Each emission goes to the environment's current part; see context.ts.
      const stack = ctx.current(handle.env, entry.constructs?.(handle.resource, Boolean(rules)) ?? 2);
      if (rules) {
        if (handle.emitted) emit(ctx, { ...handle, stack });
        continue;
      }
      handle.stack = stack;
      const mark = stack.mark;
      emit(ctx, handle);
      // A VPC's default security group exists once the VPC does: its rules still apply.
      const awsOwned = handle.resource.kind === 'security-group' && handle.resource.default === true;
      handle.emitted = stack.declares(handle.varName) || awsOwned;
      const refused = options.notes?.get(handle.resource.id);
      if (refused && refused.length > 0 && stack.declares(handle.varName)) stack.refused(handle.varName, mark, refused);
    }
  }
  return ctx;
}
