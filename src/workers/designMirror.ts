/**
 * The design worker holds a mirror of the open design, sent cheaply. Each message carries a
 * patch: the resource order and only the resources that are new objects since the last
 * message (the model never mutates: an edit replaces the resources it touches), or nothing
 * at all when the resources are the ones already sent. The worker keeps unchanged resources
 * as the same objects, and the same design object while nothing changed, so its incremental
 * validator re-runs only what an edit concerns and the simulator's per-design context is
 * built once per version. Layout is not sent: neither rules, the simulator nor the code
 * generators read it.
 */
import type { ExportFormat, GeneratedFile } from '../engine/iac/index.ts';
import type { Design, Resource } from '../engine/model/index.ts';
import type { Finding, QuickFix } from '../engine/rules/types.ts';
import type { Flow, TraceResult } from '../engine/sim/index.ts';

export interface DesignPatch {
  /** The mirror's version after this patch; it changes only when the resources do. */
  readonly version: number;
  /** Absent when the worker already holds these resources in this order. */
  readonly name?: string;
  readonly ids?: readonly string[];
  /** The design's intents, sent with the resource order (the INTENT rule reads them). */
  readonly intents?: Design['intents'];
  /** Resources the worker does not hold as they are now; empty when the design was already sent. */
  readonly changed: readonly Resource[];
}

/** What the page asks about the design. */
export type DesignAsk =
  | { readonly type: 'validate' }
  | { readonly type: 'trace'; readonly flow: Flow }
  | { readonly type: 'export'; readonly format: ExportFormat };

export type DesignRequest = DesignAsk & {
  /** Echoed in the answer, so the page knows which request it answers. */
  readonly id: number;
  readonly patch: DesignPatch;
};

interface Failure {
  readonly type: 'error';
  readonly id: number;
  readonly message: string;
}

/**
 * A finding as posted to the page. A quick fix's `apply` is a function, which postMessage
 * cannot carry: the page rebuilds it from the rule when the fix is used.
 */
export type PostedFinding = Omit<Finding, 'fixes'> & { readonly fixes?: readonly Omit<QuickFix, 'apply'>[] };

export type ValidationAnswer =
  | { readonly type: 'findings'; readonly id: number; readonly findings: readonly PostedFinding[] }
  /** Nothing the rules read changed: the findings sent last still hold. */
  | { readonly type: 'unchanged'; readonly id: number }
  | Failure;

export type TraceAnswer =
  | { readonly type: 'traced'; readonly id: number; readonly result: TraceResult }
  /** The flow names nothing traceable in this design (`checkFlow`'s message). */
  | { readonly type: 'untraceable'; readonly id: number; readonly problem: string }
  | Failure;

export type ExportAnswer = { readonly type: 'exported'; readonly id: number; readonly files: readonly GeneratedFile[] } | Failure;

export type DesignAnswer = ValidationAnswer | TraceAnswer | ExportAnswer;

export type AnswerTo<Ask extends DesignAsk> = Ask extends { type: 'trace' } ? TraceAnswer : Ask extends { type: 'export' } ? ExportAnswer : ValidationAnswer;

/** The page's side: remembers what the worker already holds. */
export function createPatcher() {
  let sent = new Map<string, Resource>();
  let sentDesign: Design | undefined;
  let version = 0;
  return (design: Design): DesignPatch => {
    if (design === sentDesign) return { version, changed: [] };
    const next = new Map<string, Resource>();
    const changed: Resource[] = [];
    // Same resources in the same order (a box moved): the worker's copy still holds.
    let same = design.name === sentDesign?.name && design.intents === sentDesign?.intents && design.resources.length === sent.size;
    const order = sent.keys();
    for (const resource of design.resources) {
      next.set(resource.id, resource);
      if (sent.get(resource.id) !== resource) changed.push(resource);
      if (same && order.next().value !== resource.id) same = false;
    }
    sentDesign = design;
    if (same && changed.length === 0) return { version, changed };
    sent = next;
    version++;
    return { version, name: design.name, ids: design.resources.map((r) => r.id), ...(design.intents ? { intents: design.intents } : {}), changed };
  };
}

const NO_LAYOUT: Design['layout'] = {};

/** The worker's side: rebuilds the design, reusing the resources (and the design) it already holds. */
export function createReceiver(template: Omit<Design, 'name' | 'resources' | 'layout'>) {
  let held = new Map<string, Resource>();
  let intents: Design['intents'];
  let design: Design | undefined;
  let version = 0;
  return (patch: DesignPatch): Design => {
    if (!patch.ids) {
      if (!design || patch.version !== version) throw new Error(`the worker does not hold design version ${patch.version}`);
      return design;
    }
    for (const resource of patch.changed) held.set(resource.id, resource);
    const resources = patch.ids.map((id) => held.get(id)).filter((r): r is Resource => r !== undefined);
    held = new Map(resources.map((r) => [r.id, r]));
    version = patch.version;
    // The same intents object while they are unchanged, so the validator knows nothing moved.
    if (patch.intents === undefined) intents = undefined;
    else if (JSON.stringify(patch.intents) !== JSON.stringify(intents)) intents = patch.intents;
    design = { ...template, name: patch.name ?? '', resources, ...(intents ? { intents } : {}), layout: NO_LAYOUT };
    return design;
  };
}
