import { describe, expect, it } from 'vitest';
import { foldTarget, KEEP_RECENT, retainVersions, VERSION_FOLD_MS } from './retention.ts';

const HOUR = 3_600_000;
const now = Date.UTC(2026, 10, 24, 18, 0, 0);

describe('version retention', () => {
  it('keeps the last 20 saves', () => {
    const saves = Array.from({ length: 50 }, (_, i) => ({ savedAt: now - i * 1000, n: i }));
    const kept = retainVersions(saves, now);
    expect(kept.slice(0, KEEP_RECENT).map((v) => v.n)).toEqual(Array.from({ length: 20 }, (_, i) => i));
    // All 50 fall in one hour: the hourly rule adds nothing beyond the newest.
    expect(kept).toHaveLength(KEEP_RECENT);
  });

  it('keeps the newest save of every hour of the past day, and nothing older', () => {
    // A save every 10 minutes for two days.
    const saves = Array.from({ length: 6 * 48 }, (_, i) => ({ savedAt: now - i * 10 * 60_000 }));
    const kept = retainVersions(saves, now);
    const older = kept.slice(KEEP_RECENT);
    const hours = new Set(kept.map((v) => Math.floor(v.savedAt / HOUR)));
    expect(hours.size).toBeGreaterThanOrEqual(24);
    expect(older.every((v) => now - v.savedAt <= 24 * HOUR)).toBe(true);
    expect(kept.length).toBeLessThan(KEEP_RECENT + 25);
    // Newest first.
    expect([...kept].sort((a, b) => b.savedAt - a.savedAt)).toEqual(kept);
  });
});

describe('folding saves into versions', () => {
  const versions = [
    { version: 3, writer: 'tab-a', savedAt: now - 60_000 },
    { version: 4, writer: 'tab-a', savedAt: now - 1000, startedAt: now - 3000 },
  ];

  it('folds a save into the newest version while it is within five seconds of that version’s first save', () => {
    expect(foldTarget(versions, now, 'tab-a')?.version).toBe(4);
    expect(foldTarget(versions, now - 3000 + VERSION_FOLD_MS - 1, 'tab-a')?.version).toBe(4);
    // Counted from the first save folded in, not the last: a long burst still splits.
    expect(foldTarget(versions, now - 3000 + VERSION_FOLD_MS, 'tab-a')).toBeUndefined();
  });

  it('never folds into another tab’s version or an older one, and starts the first one fresh', () => {
    expect(foldTarget(versions, now, 'tab-b')).toBeUndefined();
    const older = [
      { version: 3, writer: 'tab-a', savedAt: now - 1000 },
      { version: 4, writer: 'tab-a', savedAt: now - 60_000 },
    ];
    expect(foldTarget(older, now, 'tab-a')).toBeUndefined();
    expect(foldTarget([], now, 'tab-a')).toBeUndefined();
  });
});
