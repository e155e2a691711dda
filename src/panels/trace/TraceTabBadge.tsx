/** The verdict on the Trace tab, visible from every panel (it reads only the canvas marks). */
import { useTraceHighlight } from '../../state/traceHighlight.ts';
import './trace-tab.css';

export function TraceTabBadge() {
  const verdict = useTraceHighlight((s) => s.verdict);
  if (!verdict || verdict === 'invalid') return null;
  return (
    <span className={`trace-tab-badge is-${verdict}`} data-testid="trace-verdict-tab" title={verdict === 'reachable' ? 'The traced flow is reachable' : 'The traced flow is blocked'}>
      {verdict === 'reachable' ? '✓' : '✗'}
    </span>
  );
}
