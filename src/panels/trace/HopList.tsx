/** The hops of one direction, in order; each is a button that shows its resource. Text only. */
import { memo } from 'react';
import type { Hop } from '../../engine/sim/index.ts';
import { hopWords, type NameOf } from '../../engine/sim/reasons.ts';

interface Props {
  readonly title: string;
  readonly hops: readonly Hop[];
  /** The box each hop happened at, for centring the canvas. */
  readonly nodes: readonly (string | undefined)[];
  /** The number a box carries on the canvas, if it is on the drawn path. */
  readonly stepOf?: (node: string) => number | undefined;
  readonly nameOf: NameOf;
  readonly onFocus: (resourceId: string, node: string | undefined) => void;
  readonly empty: string;
  /** What each GB costs at a hop, when it charges ("$0.045/GB"). */
  readonly costs?: readonly (string | undefined)[];
}

export const HopList = memo(function HopList({ title, hops, nodes, stepOf, nameOf, onFocus, empty, costs }: Props) {
  return (
    <section className="hop-section" aria-label={title}>
      <h3>{title}</h3>
      {hops.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ol className="hop-list">
          {hops.map((hop, i) => {
            const words = hopWords(hop, nameOf);
            return (
              <li key={i} className={`hop hop-${hop.decision}`} data-step={hop.step} data-decision={hop.decision} data-resource={hop.resourceId} data-box={hop.box}>
                <button type="button" className="hop-button" onClick={() => onFocus(hop.resourceId, nodes[i])}>
                  <span className="hop-number">{i + 1}</span>
                  <span className="hop-head">
                    <span className="hop-step">{words.step}</span>
                    <span className={`hop-decision decision-${hop.decision}`}>{words.decision}</span>
                    <span className="hop-resource">{words.resource}</span>
                    {nodes[i] !== undefined && stepOf?.(nodes[i]) !== undefined && (
                      <span className="hop-box" title={`At box ${stepOf(nodes[i])} on the canvas (${nameOf(nodes[i])})`}>
                        ◉ {stepOf(nodes[i])}
                      </span>
                    )}
                    {costs?.[i] !== undefined && <span className="hop-cost">{costs[i]}</span>}
                  </span>
                  <span className="hop-matched">{words.matched}</span>
                  <span className="hop-note">{words.note}</span>
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
});
