/** The answer in one line: reachable, or blocked with the reason in words and who dropped it. */
import type { TraceResult } from '../../engine/sim/index.ts';
import { reasonText } from '../../state/traceReasons.ts';

interface Props {
  readonly result: TraceResult;
  readonly nameOf: (id: string) => string;
  readonly onFocus: () => void;
}

export function Verdict({ result, nameOf, onFocus }: Props) {
  const { verdict, flow } = result;
  const what = `${flow.protocol}/${flow.port} from ${nameOf(flow.from)} to ${nameOf(flow.to)}`;
  if (verdict.reachable) {
    return (
      <div className="verdict is-reachable" data-testid="trace-verdict" data-verdict="reachable" role="status">
        <strong>✓ Reachable</strong>
        <span>{what}: the request arrives and the reply gets back.</span>
      </div>
    );
  }
  const inReply = result.reply.some((h) => h.decision === 'drop');
  return (
    <div className="verdict is-blocked" data-testid="trace-verdict" data-verdict="blocked" data-reason={verdict.reason} data-at={verdict.at} role="status">
      <strong>✗ Blocked{inReply ? ' on the way back' : ''}</strong>
      <span>
        {what}: {verdict.reason ? reasonText(verdict.reason) : 'dropped'} <code>{verdict.reason}</code>
      </span>
      {verdict.at && (
        <button type="button" className="link-button verdict-at" onClick={onFocus}>
          Dropped by {nameOf(verdict.at)}
        </button>
      )}
    </div>
  );
}
