/** The answer in one line: reachable, or blocked with the reason in words and who dropped it. */
import type { TraceResult } from '../../engine/sim/index.ts';
import type { TracePath } from '../../engine/sim/path.ts';
import { verdictWords, type NameOf } from '../../engine/sim/reasons.ts';

interface Props {
  readonly result: TraceResult;
  readonly path: TracePath;
  readonly nameOf: NameOf;
  readonly onFocus: () => void;
}

export function Verdict({ result, path, nameOf, onFocus }: Props) {
  const { verdict } = result;
  const words = verdictWords(result, nameOf, path);
  if (words.reachable) {
    return (
      <div className="verdict is-reachable" data-testid="trace-verdict" data-verdict="reachable" role="status">
        <strong>{words.title}</strong>
        <span>{words.flow}: {words.detail}</span>
      </div>
    );
  }
  return (
    <div className="verdict is-blocked" data-testid="trace-verdict" data-verdict="blocked" data-reason={verdict.reason} data-at={verdict.at} data-box={path.dropEdge ?? path.dropNode} role="status">
      <strong>{words.title}</strong>
      <span>
        {words.flow}: {words.detail} {words.reason && <code>{words.reason}</code>}
      </span>
      {words.droppedBy && (
        <button type="button" className="link-button verdict-at" onClick={onFocus}>
          {words.droppedBy}
        </button>
      )}
    </div>
  );
}
