/**
 * Commits one field of a resource through updateResource. Typing in one field groups into
 * one undo step per pause; a value the model refuses is not committed and its reason shows.
 */
import { useCallback, useState } from 'react';
import { updateResource } from '../../engine/model/index.ts';
import { parseCidr } from '../../engine/net/cidr.ts';
import type { Studio } from '../../state/studio.ts';
import { useStudio } from '../../state/useStudio.ts';

/** "cidr: host bits set" → "host bits set"; "routes.0.destination: …" → "Row 1, destination: …". */
export function reasonFor(key: string, reason: string): string {
  if (reason.startsWith(`${key}: `)) return reason.slice(key.length + 2);
  const row = new RegExp(`^${key}\\.(\\d+)\\.?([\\w.]*): `).exec(reason);
  if (!row) return reason;
  const where = `Row ${Number(row[1]) + 1}${row[2] ? `, ${row[2].replaceAll('.', ' ')}` : ''}`;
  return `${where}: ${reason.slice(row[0].length)}`;
}

/** Commits one field; the reason it was refused, or undefined when it applied. */
export function commitField(studio: Studio, resourceId: string, key: string, value: unknown): string | undefined {
  const result = studio.apply((design) => updateResource(design, resourceId, { [key]: value }), {
    group: `${resourceId}.${key}`,
  });
  return result.ok ? undefined : reasonFor(key, result.reason);
}

/** A comma- or space-separated list of CIDR blocks as typed, or the first entry's reason. */
export function cidrListValue(text: string, optional: boolean): { ok: true; value: string[] | undefined } | { ok: false; reason: string } {
  const cidrs = text.split(/[\s,]+/).filter(Boolean);
  for (const cidr of cidrs) {
    const parsed = parseCidr(cidr);
    if (!parsed.ok) return parsed;
  }
  return { ok: true, value: cidrs.length === 0 && optional ? undefined : cidrs };
}

export function useFieldCommit(resourceId: string, key: string) {
  const [error, setError] = useState<string | undefined>();
  const studio = useStudio();
  const commit = useCallback(
    (value: unknown): boolean => {
      const reason = commitField(studio, resourceId, key, value);
      setError(reason);
      return reason === undefined;
    },
    [resourceId, key, studio],
  );
  return { error, setError, commit };
}

/** A text draft that follows the committed value unless the user holds an uncommitted edit. */
export function useDraft(committed: string): [string, (value: string) => void] {
  const [draft, setDraft] = useState(committed);
  const [seen, setSeen] = useState(committed);
  if (seen !== committed) {
    setSeen(committed);
    setDraft(committed);
  }
  return [draft, setDraft];
}
