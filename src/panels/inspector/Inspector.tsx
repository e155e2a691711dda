/** The inspector: edits every field of the selected resource, or the design when none is. */
import { indexDesign } from '../../engine/model/index.ts';
import { useDesignStore } from '../../state/designStore.ts';
import { useUiStore } from '../../state/uiStore.ts';
import type { ReactNode } from 'react';
import { DesignSummary } from './DesignSummary.tsx';
import { ResourceInspector } from './ResourceInspector.tsx';

/** A shared design on view: every field shows, none can be changed. */
function ReadOnlyFields({ children }: { children: ReactNode }) {
  const readOnly = useUiStore((s) => s.readOnly);
  return readOnly ? <fieldset className="read-only-fields" disabled>{children}</fieldset> : children;
}

export function Inspector() {
  const selection = useUiStore((s) => s.selection);
  const first = selection.length === 1 ? selection[0] : undefined;
  const resource = useDesignStore((s) => (first ? indexDesign(s.history.present).get(first) : undefined));
  if (selection.length > 1) {
    return (
      <div className="inspector">
        <p className="muted">{selection.length} resources selected. Delete removes them with everything inside; arrow keys move them.</p>
      </div>
    );
  }
  if (!resource) return <ReadOnlyFields><DesignSummary /></ReadOnlyFields>;
  // Keyed by id so drafts and errors never leak from one resource to the next.
  return <ReadOnlyFields><ResourceInspector key={resource.id} resource={resource} /></ReadOnlyFields>;
}
