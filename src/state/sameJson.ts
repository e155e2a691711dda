/**
 * Whether two JSON-like values would serialise the same, compared a slice at a time with
 * a yield to the page between slices: the read-back check of a large design stringified
 * whole is one long task, and an autosave follows every edit.
 */

/** Array items (or object keys) serialised per slice. */
const SLICE = 400;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function sameJson(a: unknown, b: unknown): Promise<boolean> {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) {
    return JSON.stringify(a) === JSON.stringify(b);
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    for (let start = 0; start < a.length; start += SLICE) {
      if (start > 0) await nextTask();
      if (JSON.stringify(a.slice(start, start + SLICE)) !== JSON.stringify(b.slice(start, start + SLICE))) return false;
    }
    return true;
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  // Key order counts, as it does for JSON.stringify.
  const keys = Object.keys(left);
  if (JSON.stringify(keys) !== JSON.stringify(Object.keys(right))) return false;
  for (let start = 0; start < keys.length; start += SLICE) {
    if (start > 0) await nextTask();
    for (const key of keys.slice(start, start + SLICE)) {
      const [x, y] = [left[key], right[key]];
      // Large members (the resource list, the layout) are sliced in turn; small ones go whole.
      const large = (Array.isArray(x) && x.length > SLICE) || (typeof x === 'object' && x !== null && !Array.isArray(x) && Object.keys(x).length > SLICE);
      if (large ? !(await sameJson(x, y)) : JSON.stringify(x) !== JSON.stringify(y)) return false;
    }
  }
  return true;
}
