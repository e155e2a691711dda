/** An edge that means something in AWS: peering, attachment, registration, VPC link, share. */
import { memo } from 'react';
import { BaseEdge, EdgeLabelRenderer, getBezierPath, getStraightPath, type EdgeProps, type EdgeTypes } from '@xyflow/react';
import type { ConnectionMeaning } from '../../engine/model/index.ts';
import { useEdgeTrace } from '../../state/traceHighlight.ts';
import type { MeaningEdge as MeaningEdgeType } from '../flowEdges.ts';
import { useFar } from '../levelOfDetail.ts';
import { useStudio } from '../../state/useStudio.ts';

// Colours are the theme's (styles.css, theme.css), so labels stay readable in dark mode too.
const STYLE: Readonly<Record<ConnectionMeaning, { color: string; dash?: string; title: string }>> = {
  'vpc-peering': { color: 'var(--edge-peering)', title: 'Peering' },
  'tgw-attachment': { color: 'var(--edge-peering)', dash: '6 4', title: 'TGW attachment' },
  'target-registration': { color: 'var(--edge-target)', title: 'Target' },
  'vpc-link': { color: 'var(--edge-link)', dash: '2 4', title: 'VPC link' },
  'ram-share': { color: 'var(--edge-link)', dash: '6 4', title: 'RAM share' },
  upstream: { color: 'var(--edge-upstream)', dash: '4 3', title: 'Upstream' },
};

/** A traced path's edges get a wide halo under their own stroke, so their meaning stays readable. */
const TRACE_PATH = '#0b7a75';
const TRACE_DROP = '#c62828';

export const MeaningEdge = memo(function MeaningEdge(props: EdgeProps<MeaningEdgeType>) {
  const { id, source, target, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, selected, markerEnd } = props;
  const traced = useEdgeTrace(source, target, data?.resourceId);
  const studio = useStudio();
  const far = useFar();
  const style = STYLE[data?.meaning ?? 'upstream'];
  // Far out: a straight solid line, no label; thousands of dashed curves and label boxes cost frames.
  if (far) {
    const [line] = getStraightPath({ sourceX, sourceY, targetX, targetY });
    return <BaseEdge id={id} path={line} style={{ stroke: traced === 'drop' ? TRACE_DROP : traced ? TRACE_PATH : style.color, strokeWidth: selected || traced ? 8 : 3 }} />;
  }
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  return (
    <>
      {traced && <BaseEdge path={path} className={`traced-edge is-${traced}`} style={{ stroke: traced === 'drop' ? TRACE_DROP : TRACE_PATH, strokeWidth: 7, strokeOpacity: 0.45 }} />}
      <BaseEdge id={id} path={path} markerEnd={markerEnd} style={{ stroke: style.color, strokeWidth: selected || traced ? 3 : 1.8, strokeDasharray: style.dash }} />
      {!data?.unlabelled && <EdgeLabelRenderer>
        <div
          className={`edge-label nodrag nopan${selected ? ' is-selected' : ''}`}
          onClick={() => data?.resourceId && studio.select([data.resourceId])}
          style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)`, borderColor: style.color }}
        >
          <span style={{ color: style.color }}>{style.title}</span>
          {data?.label ? ` ${data.label}` : ''}
        </div>
      </EdgeLabelRenderer>}
    </>
  );
});

export const edgeTypes: EdgeTypes = { meaning: MeaningEdge };
