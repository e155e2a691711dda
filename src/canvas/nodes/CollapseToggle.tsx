/** Opens or closes an account or VPC; the flag is kept in the design's layout (one undo step). */
import { applyOperation } from '../../state/designStore.ts';
import { notify } from '../../state/uiStore.ts';
import { toggleCollapsed } from '../collapse.ts';

export function CollapseToggle({ id, collapsed, name }: { id: string; collapsed: boolean; name: string }) {
  const label = `${collapsed ? 'Expand' : 'Collapse'} ${name}`;
  return (
    <button
      type="button"
      className="collapse-toggle nodrag"
      aria-expanded={!collapsed}
      aria-label={label}
      title={label}
      data-testid={`collapse-${id}`}
      onClick={(event) => {
        event.stopPropagation();
        const result = applyOperation((design) => toggleCollapsed(design, id));
        if (!result.ok) notify(result.reason, 'error');
      }}
    >
      {collapsed ? '▸' : '▾'}
    </button>
  );
}
