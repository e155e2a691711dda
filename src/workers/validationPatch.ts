/**
 * Sending a large design to the validation worker cheaply. Each message carries the
 * resource order and only the resources that are new objects since the last message
 * (the model never mutates: an edit replaces the resources it touches). The worker keeps
 * the unchanged resources as the same objects, so its incremental validator re-runs only
 * what the edit concerns. Layout is not sent: rules never read it.
 */
import type { Design, Resource } from '../engine/model/index.ts';
import type { Finding } from '../engine/rules/types.ts';

export interface ValidationRequest {
  readonly type: 'validate';
  /** Echoed in the answer, so the page knows which design the findings describe. */
  readonly version: number;
  readonly name: string;
  readonly ids: readonly string[];
  readonly changed: readonly Resource[];
}

export type ValidationAnswer =
  | { readonly type: 'findings'; readonly version: number; readonly findings: readonly Finding[] }
  /** Nothing the rules read changed: the findings sent last still hold. */
  | { readonly type: 'unchanged'; readonly version: number }
  | { readonly type: 'error'; readonly version: number; readonly message: string };

/** The page's side: remembers what the worker already holds. */
export function createPatcher() {
  let sent = new Map<string, Resource>();
  return (design: Design, version: number): ValidationRequest => {
    const next = new Map<string, Resource>();
    const changed: Resource[] = [];
    for (const resource of design.resources) {
      next.set(resource.id, resource);
      if (sent.get(resource.id) !== resource) changed.push(resource);
    }
    sent = next;
    return { type: 'validate', version, name: design.name, ids: design.resources.map((r) => r.id), changed };
  };
}

const NO_LAYOUT: Design['layout'] = {};

/** The worker's side: rebuilds the design, reusing the resources it already holds. */
export function createReceiver(template: Omit<Design, 'name' | 'resources' | 'layout'>) {
  let held = new Map<string, Resource>();
  return (request: ValidationRequest): Design => {
    for (const resource of request.changed) held.set(resource.id, resource);
    const resources = request.ids.map((id) => held.get(id)).filter((r): r is Resource => r !== undefined);
    held = new Map(resources.map((r) => [r.id, r]));
    return { ...template, name: request.name, resources, layout: NO_LAYOUT };
  };
}
