/**
 * What a container holds, in one line ("3 VPCs · 12 subnets · 40 resources"): shown on
 * collapsed containers and on every container when zoomed far out. Counted once per
 * design version for all containers, so a thousand nodes do not each walk the tree.
 */
import type { Design } from '../../engine/model/index.ts';
import { indexDesign, KINDS } from '../../engine/model/index.ts';
import { useDesignStore } from '../../state/designStore.ts';

const cache = new WeakMap<Design, Map<string, string>>();
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function containerCounts(design: Design, id: string): string {
  let perDesign = cache.get(design);
  if (!perDesign) cache.set(design, (perDesign = new Map()));
  const hit = perDesign.get(id);
  if (hit !== undefined) return hit;
  let vpcs = 0;
  let subnets = 0;
  let others = 0;
  for (const inner of indexDesign(design).descendants(id)) {
    if (KINDS[inner.kind].drawnAs !== 'node') continue;
    if (inner.kind === 'vpc') vpcs++;
    else if (inner.kind === 'subnet') subnets++;
    else others++;
  }
  const parts = [vpcs > 0 ? plural(vpcs, 'VPC') : '', subnets > 0 ? plural(subnets, 'subnet') : '', plural(others, 'resource')];
  const text = parts.filter(Boolean).join(' · ');
  perDesign.set(id, text);
  return text;
}

/** The counts line of one container; only computed while `wanted` (collapsed or far). */
export function useContainerCounts(id: string, wanted: boolean): string {
  return useDesignStore((s) => (wanted ? containerCounts(s.history.present, id) : ''));
}
