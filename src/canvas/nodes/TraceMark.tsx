/**
 * A traced path's mark on a node: an outline, the step numbers, and a drop marker. Only
 * this small part re-renders when the trace changes; the node itself does not.
 */
import { memo } from 'react';
import { useNodeTraceMark } from '../../state/traceHighlight.ts';
import './trace-mark.css';

export const TraceMark = memo(function TraceMark({ id }: { id: string }) {
  const mark = useNodeTraceMark(id);
  if (!mark) return null;
  return (
    <div
      className={`trace-mark${mark.drop ? ' is-drop' : ''}`}
      data-trace-order={mark.order.join(' ')}
      {...(mark.drop ? { 'data-trace-drop': mark.drop } : {})}
      title={mark.title}
    >
      {mark.order.length > 0 && <span className="trace-order">{mark.order.join('·')}</span>}
      {mark.drop && <span className="trace-drop">✖ dropped: {mark.drop}</span>}
    </div>
  );
});
