/**
 * Which saved versions of a design to keep: the last 20, and for the past day the newest
 * version of every hour, so an afternoon's work can be walked back hour by hour. And which
 * version a new save folds into: a burst of typing is one version rather than twenty.
 */
export const KEEP_RECENT = 20;

/** Saves this close to the start of the newest version fold into it. */
export const VERSION_FOLD_MS = 5000;

export interface FoldableVersion {
  readonly version: number;
  /** The tab that wrote it. */
  readonly writer: string;
  /** Milliseconds since the epoch. */
  readonly savedAt: number;
  /** When the first save folded into this version was made. */
  readonly startedAt?: number;
}

/**
 * The version a save by `writer` at `savedAt` replaces, if it folds into the newest one. Only
 * a tab's own version folds: another tab's work stays a version of its own.
 */
export function foldTarget<T extends FoldableVersion>(versions: readonly T[], savedAt: number, writer: string): T | undefined {
  const newest = versions.reduce<T | undefined>((a, b) => (a && a.version > b.version ? a : b), undefined);
  if (!newest || newest.writer !== writer) return undefined;
  return savedAt - (newest.startedAt ?? newest.savedAt) < VERSION_FOLD_MS ? newest : undefined;
}
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

export interface SavedVersionStamp {
  /** Milliseconds since the epoch. */
  readonly savedAt: number;
}

/** The versions to keep, newest first. `now` is passed in so the policy is testable. */
export function retainVersions<T extends SavedVersionStamp>(versions: readonly T[], now: number): T[] {
  const newestFirst = [...versions].sort((a, b) => b.savedAt - a.savedAt);
  const keep = new Set<T>(newestFirst.slice(0, KEEP_RECENT));
  const hours = new Set<number>();
  for (const version of newestFirst) {
    if (now - version.savedAt > DAY) break;
    const hour = Math.floor(version.savedAt / HOUR);
    if (hours.has(hour)) continue;
    hours.add(hour);
    keep.add(version);
  }
  return newestFirst.filter((version) => keep.has(version));
}
