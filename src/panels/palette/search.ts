/** Palette search: an entry matches when every word typed starts a word of its label, group or kind. */

export interface Searchable {
  readonly label: string;
  readonly group: string;
  readonly kind: string;
}

const words = (text: string) => text.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);

/** Whether `entry` matches `query`; an empty query matches everything. */
export function matchesQuery(entry: Searchable, query: string): boolean {
  const wanted = words(query);
  if (wanted.length === 0) return true;
  const have = [...words(entry.label), ...words(entry.group), ...words(entry.kind), ...initials(entry.label)];
  return wanted.every((w) => have.some((h) => h.startsWith(w)));
}

/** "Network Load Balancer" → "nlb", so the abbreviations architects type find their entry. */
function initials(label: string): string[] {
  const parts = words(label);
  return parts.length > 1 ? [parts.map((p) => p[0]).join('')] : [];
}
