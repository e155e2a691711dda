/**
 * The count on the findings tab, coloured by the worst severity. Live validation runs in the
 * studio, so badges appear even while the panel is closed.
 */
import { useFindingsStore } from '../../state/findings.ts';
import './findings-count.css';

export function FindingsCount() {
  const counts = useFindingsStore((s) => s.counts);
  const total = counts.error + counts.warning + counts.info;
  if (total === 0) return null;
  const tone = counts.error > 0 ? 'error' : counts.warning > 0 ? 'warning' : 'info';
  return (
    <span className={`tab-count tab-count-${tone}`} data-testid="findings-count" title={`${counts.error} errors, ${counts.warning} warnings, ${counts.info} info`}>
      {total}
    </span>
  );
}
