/** Quick fixes as chains of model operations, returned as one design: one undo step. */
import type { Design, OpResult } from '../../model/index.ts';

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
