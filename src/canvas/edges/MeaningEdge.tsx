/**
 * An edge that means something in AWS: peering, attachment, registration, VPC link, share.
 * Near, it follows its orthogonal route around the boxes (edges/routes.ts) with its label
 * where the router put it; while a box it joins is being dragged, a plain stepped line
 * follows the drag until the drop is written. Far out, a straight line.
 */
import { memo } from 'react';
import { BaseEdge, EdgeLabelRenderer, getSmoothStepPath, getStraightPath, useInternalNode, type EdgeProps, type EdgeTypes } from '@xyflow/react';
import { routePath, type EdgeRoute } from '../../engine/layout/routing.ts';
import { useEdgeTrace } from '../../state/traceHighlight.ts';
import type { MeaningEdge as MeaningEdgeType } from '../flowEdges.ts';
import { useFar } from '../levelOfDetail.ts';
import { useStudio } from '../../state/useStudio.ts';
import { EDGE_STYLE, labelText } from './edgeStyle.ts';
import { useRoutes } from './routes.ts';
import './edges.css';

/** A traced path's edges get a wide halo under their own stroke, so their meaning stays readable. */
const TRACE_PATH = '#0b7a75';
const TRACE_DROP = '#c62828';

/**
 * The route, while both boxes stand where the design (and so the router) has them. Far out
 * nothing is routed: edges are straight there, and a landing zone has thousands in view.
 */
function useRoute(id: string, source: string, target: string, far: boolean): EdgeRoute | undefined {
  const routes = useRoutes();
  const from = useInternalNode(source)?.internals.positionAbsolute;
  const to = useInternalNode(target)?.internals.positionAbsolute;
  const router = far ? undefined : routes?.();
  const route = router?.route(id);
  if (!router || !route || !from || !to) return undefined;
  const placed = (at: { x: number; y: number }, box: string) => {
    const rect = router.box(box);
    return rect !== undefined && Math.abs(rect.x - at.x) < 1 && Math.abs(rect.y - at.y) < 1;
  };
  return placed(from, source) && placed(to, target) ? route : undefined;
}

export const MeaningEdge = memo(function MeaningEdge(props: EdgeProps<MeaningEdgeType>) {
  const { id, source, target, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, selected, markerEnd } = props;
  const traced = useEdgeTrace(source, target, data?.resourceId);
  const studio = useStudio();
  const far = useFar();
  const route = useRoute(id, source, target, far);
  const style = EDGE_STYLE[data?.meaning ?? 'upstream'];
  // Far out: a straight solid line, no label; thousands of dashed routes and label boxes cost frames.
  if (far) {
    const [line] = getStraightPath({ sourceX, sourceY, targetX, targetY });
    return <BaseEdge id={id} path={line} style={{ stroke: traced === 'drop' ? TRACE_DROP : traced ? TRACE_PATH : style.color, strokeWidth: selected || traced ? 8 : 3 }} />;
  }
  const [stepped, stepX, stepY] = route ? ['', 0, 0] : getSmoothStepPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const path = route ? routePath(route.points) : stepped;
  const text = labelText(data);
  const label = route?.label;
  return (
    <>
      {traced && <BaseEdge path={path} className={`traced-edge is-${traced}`} style={{ stroke: traced === 'drop' ? TRACE_DROP : TRACE_PATH, strokeWidth: 7, strokeOpacity: 0.45 }} />}
      <BaseEdge id={id} path={path} markerEnd={markerEnd} style={{ stroke: style.color, strokeWidth: selected || traced ? 3 : 1.8, strokeDasharray: style.dash }} />
      {text !== undefined && <EdgeLabelRenderer>
        <div
          className={`edge-label nodrag nopan${selected ? ' is-selected' : ''}`}
          data-edge={id}
          title={text}
          onClick={() => data?.resourceId && studio.select([data.resourceId])}
          style={{
            transform: `translate(-50%, -50%) translate(${label?.center.x ?? stepX}px, ${label?.center.y ?? stepY}px)`,
            borderColor: style.color,
            // The router reserved this much room for the label: it takes exactly that.
            ...(label ? { width: label.size.w, height: label.size.h } : {}),
          }}
        >
          <span style={{ color: style.color }}>{style.title}</span>
          {data?.label ? ` ${data.label}` : ''}
        </div>
      </EdgeLabelRenderer>}
    </>
  );
});

export const edgeTypes: EdgeTypes = { meaning: MeaningEdge };
