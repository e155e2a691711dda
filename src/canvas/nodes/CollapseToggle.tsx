/** Opens or closes an account or VPC; the flag is kept in the design's layout (one undo step). */
import { useStudio } from '../../state/useStudio.ts';
import { toggleCollapsed } from '../collapse.ts';

export function CollapseToggle({ id, collapsed, name }: { id: string; collapsed: boolean; name: string }) {
  const studio = useStudio();
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
        const result = studio.apply((design) => toggleCollapsed(design, id));
        if (!result.ok) studio.notify(result.reason, 'error');
      }}
    >
      {collapsed ? '▸' : '▾'}
    </button>
  );
}
