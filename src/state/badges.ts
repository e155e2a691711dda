/**
 * Badges other panels put on canvas nodes (findings, trace hops). Each source owns its
 * badges and replaces them as a whole, so sources never step on each other.
 */
import { createStore, useStore, type StoreApi } from 'zustand';
import { useStudio } from './useStudio.ts';

export type BadgeTone = 'neutral' | 'info' | 'warning' | 'error' | 'success';

export interface NodeBadge {
  /** Short text on the node, e.g. "2" or "RT-BLACKHOLE". */
  readonly label: string;
  readonly tone: BadgeTone;
  /** Longer text for the tooltip. */
  readonly title?: string;
  /** How many things the badge stands for (findings of its tone): what exports read, never the label. */
  readonly count?: number;
}

export interface BadgeState {
  readonly bySource: Readonly<Record<string, Readonly<Record<string, readonly NodeBadge[]>>>>;
  /** Replaces every badge of one source: resource id -> badges. */
  setBadges(source: string, byResource: Readonly<Record<string, readonly NodeBadge[]>>): void;
  clearBadges(source: string): void;
}

export const createBadgeStore = (): StoreApi<BadgeState> =>
  createStore<BadgeState>()((set, get) => ({
    bySource: {},
    setBadges: (source, byResource) => set({ bySource: { ...get().bySource, [source]: byResource } }),
    clearBadges: (source) => {
      const { [source]: _gone, ...rest } = get().bySource;
      set({ bySource: rest });
    },
  }));

const NONE: readonly NodeBadge[] = [];
const cache = new WeakMap<object, Map<string, readonly NodeBadge[]>>();

/** Badges of one resource from every source; stable between renders while nothing changes. */
export function useNodeBadges(resourceId: string): readonly NodeBadge[] {
  return useStore(useStudio().badges, (s) => {
    let perState = cache.get(s.bySource);
    if (!perState) cache.set(s.bySource, (perState = new Map()));
    const hit = perState.get(resourceId);
    if (hit) return hit;
    const all = Object.values(s.bySource).flatMap((byResource) => byResource[resourceId] ?? NONE);
    const value = all.length === 0 ? NONE : all;
    perState.set(resourceId, value);
    return value;
  });
}
