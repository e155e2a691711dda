/**
 * Which saved versions of a design to keep: the last 20, and for the past day the newest
 * version of every hour, so an afternoon's work can be walked back hour by hour.
 */
export const KEEP_RECENT = 20;
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
