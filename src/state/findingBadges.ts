/**
 * Node badges for findings: per drawn node, how many errors and warnings it carries, with
 * the messages as tooltip. A finding's badge goes on its first resource; resources that
 * are not boxes on the canvas (route tables, security groups, peerings) lend it to the
 * nearest drawn container, so no finding is invisible on the canvas.
 */
import type { Design, DesignIndex, Resource } from '../engine/model/index.ts';
import { indexDesign, KINDS, referencesOf } from '../engine/model/index.ts';
import type { Finding } from '../engine/rules/types.ts';
import type { NodeBadge } from './badges.ts';

export type BadgeMap = Readonly<Record<string, readonly NodeBadge[]>>;

/** The resource itself when it is a box on the canvas, else its nearest drawn container. */
export function drawnNodeOf(index: DesignIndex, id: string): string | undefined {
  let resource = index.get(id);
  for (let depth = 0; resource && depth < 64; depth++) {
    if (KINDS[resource.kind].drawnAs === 'node') return resource.id;
    resource = index.get(resource.parent);
  }
  return undefined;
}

/** Where a finding's badge goes: the box of the first of its resources that can be shown. */
export function badgeTarget(index: DesignIndex, resourceIds: readonly string[]): string | undefined {
  const edges: Resource[] = [];
  for (const id of resourceIds) {
    const resource = index.get(id);
    // An edge (peering, attachment) has no box; its endpoints usually come later in the list.
    if (resource && KINDS[resource.kind].drawnAs === 'edge') {
      edges.push(resource);
      continue;
    }
    const target = drawnNodeOf(index, id);
    if (target) return target;
  }
  // Only edges: the first box the edge joins (a peering's requester VPC), not its owner account.
  for (const edge of edges) {
    for (const reference of referencesOf(edge)) {
      if (reference.path === 'account') continue;
      const target = drawnNodeOf(index, reference.id);
      if (target) return target;
    }
  }
  return undefined;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function findingBadges(design: Design, findings: readonly Finding[]): BadgeMap {
  const index = indexDesign(design);
  const perNode = new Map<string, { errors: string[]; warnings: string[] }>();
  for (const finding of findings) {
    if (finding.severity === 'info') continue;
    const target = badgeTarget(index, finding.resourceIds);
    if (!target) continue;
    let entry = perNode.get(target);
    if (!entry) perNode.set(target, (entry = { errors: [], warnings: [] }));
    (finding.severity === 'error' ? entry.errors : entry.warnings).push(`${finding.ruleId}: ${finding.message}`);
  }
  const result: Record<string, NodeBadge[]> = {};
  for (const [id, { errors, warnings }] of perNode) {
    const badges: NodeBadge[] = [];
    if (errors.length > 0) badges.push({ label: `✖ ${errors.length}`, tone: 'error', count: errors.length, title: `${plural(errors.length, 'error')}\n${errors.join('\n')}` });
    if (warnings.length > 0) badges.push({ label: `▲ ${warnings.length}`, tone: 'warning', count: warnings.length, title: `${plural(warnings.length, 'warning')}\n${warnings.join('\n')}` });
    result[id] = badges;
  }
  return result;
}

export interface FindingCounts {
  readonly errors: number;
  readonly warnings: number;
}

/** Errors and warnings per box, from the badges' counts. */
export function findingCounts(badges: BadgeMap): Map<string, FindingCounts> {
  const counts = new Map<string, FindingCounts>();
  for (const [id, list] of Object.entries(badges)) {
    const sum = (tone: NodeBadge['tone']) => list.reduce((total, badge) => total + (badge.tone === tone ? (badge.count ?? 0) : 0), 0);
    counts.set(id, { errors: sum('error'), warnings: sum('warning') });
  }
  return counts;
}

/** True when two badge maps would draw the same thing, so an unchanged result causes no re-render. */
export function sameBadges(a: BadgeMap, b: BadgeMap): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => {
    const x = a[key]!;
    const y = b[key];
    return y !== undefined && x.length === y.length && x.every((badge, i) => badge.label === y[i]!.label && badge.title === y[i]!.title && badge.tone === y[i]!.tone && badge.count === y[i]!.count);
  });
}
