/**
 * Intents in the Trace panel: "Pin as intent" keeps the traced flow with its verdict; the
 * list shows each pinned flow, whether it still holds (the INTENT findings say), and opens it
 * in the form. Pinning and removing are design edits, one undo step each.
 */
import { useMemo } from 'react';
import { indexDesign, intentFlowText, intentFor, pinIntent, removeIntent, type Intent } from '../../engine/model/index.ts';
import { namer } from '../../engine/sim/reasons.ts';
import type { TraceResult } from '../../engine/sim/index.ts';
import { useDesign } from '../../state/designStore.ts';
import { useFindingsStore } from '../../state/findings.ts';
import { setTraceFlow } from '../../state/trace.ts';
import { useStudio } from '../../state/useStudio.ts';

export function PinIntentButton({ result }: { readonly result: TraceResult }) {
  const studio = useStudio();
  const design = useDesign();
  const expect = result.verdict.reachable ? 'reachable' : 'blocked';
  const pinned = intentFor(design, result.flow);
  const same = pinned?.expect === expect;
  return (
    <button
      type="button"
      className="link-button intent-pin"
      disabled={same}
      title={same ? 'This flow is pinned with this verdict' : `Keep this flow ${expect}: an edit that changes its verdict is reported as an error`}
      onClick={() => studio.apply((d) => pinIntent(d, result.flow, expect))}
    >
      {same ? 'Pinned as intent ✓' : pinned ? `Pin as intent (now ${expect})` : 'Pin as intent'}
    </button>
  );
}

export function IntentsSection() {
  const studio = useStudio();
  const design = useDesign();
  const findings = useFindingsStore((s) => s.findings);
  const nameOf = useMemo(() => namer(indexDesign(design)), [design]);
  const broken = useMemo(() => new Map(findings.filter((f) => f.ruleId.startsWith('INTENT:')).map((f) => [f.ruleId.slice('INTENT:'.length), f.message])), [findings]);
  const intents = design.intents ?? [];
  if (intents.length === 0) return null;
  const open = (intent: Intent) =>
    setTraceFlow(studio, { from: intent.from, to: intent.to, protocol: intent.protocol, port: intent.port, fromSubnet: intent.fromSubnet ?? '', host: intent.host ?? '' });
  return (
    <section className="intents" aria-label="Intents">
      <h3>Intents ({intents.length})</h3>
      <ul className="intent-list">
        {intents.map((intent) => {
          const problem = broken.get(intent.id);
          return (
            <li key={intent.id} className={`intent ${problem ? 'is-broken' : 'holds'}`} data-intent={intent.id}>
              <button type="button" className="intent-open" onClick={() => open(intent)} title={problem ?? 'Holds. Open this flow in the form above.'}>
                <span className="intent-status" aria-label={problem ? 'broken' : 'holds'}>{problem ? '✗' : '✓'}</span>
                <span className="intent-flow">{intent.name || intentFlowText(intent, nameOf)}</span>
                <span className="intent-expect">expect {intent.expect}</span>
              </button>
              <button type="button" className="link-button" aria-label={`Remove intent ${intent.name || intent.id}`} onClick={() => studio.apply((d) => removeIntent(d, intent.id))}>
                ×
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
