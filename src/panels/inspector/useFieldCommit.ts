/**
 * Commits one field of a resource through updateResource. Typing in one field groups into
 * one undo step per pause; a value the model refuses is not committed and its reason shows.
 */
import { useCallback, useState } from 'react';
import { updateResource } from '../../engine/model/index.ts';
import { applyOperation } from '../../state/designStore.ts';

/** "cidr: host bits set" → "host bits set" when the path is the field itself. */
function reasonFor(key: string, reason: string): string {
  return reason.startsWith(`${key}: `) ? reason.slice(key.length + 2) : reason;
}

export function useFieldCommit(resourceId: string, key: string) {
  const [error, setError] = useState<string | undefined>();
  const commit = useCallback(
    (value: unknown): boolean => {
      const result = applyOperation((design) => updateResource(design, resourceId, { [key]: value }), {
        group: `${resourceId}.${key}`,
      });
      setError(result.ok ? undefined : reasonFor(key, result.reason));
      return result.ok;
    },
    [resourceId, key],
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
