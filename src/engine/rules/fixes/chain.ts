/** Quick fixes as chains of model operations, returned as one design: one undo step. */
import { uniqueId, updateResource, type Design, type OpResult } from '../../model/index.ts';
import type { QuickFix } from '../types.ts';

export type Step = (design: Design) => OpResult;

/** Runs operations one after the other; the first refusal stops the chain. */
export function chain(design: Design, steps: readonly Step[]): OpResult {
  let current = design;
  const ids: string[] = [];
  for (const step of steps) {
    const result = step(current);
    if (!result.ok) return result;
    current = result.design;
    ids.push(...result.ids);
  }
  return { ok: true, design: current, ids: [...new Set(ids)] };
}

/** A fix that sets fields of one resource. */
export function patchFix(id: string, title: string, resourceId: string, patch: Record<string, unknown>): QuickFix {
  return { id, title, apply: (design) => updateResource(design, resourceId, patch) };
}

/** `wanted` when free, else `wanted-1`, `wanted-2`...; the id is then taken. */
export function freshId(taken: Set<string>, wanted: string): string {
  const id = taken.has(wanted) ? uniqueId(taken, wanted) : wanted;
  taken.add(id);
  return id;
}
