/**
 * The trace panel: "can this reach that on this port?" Source and destination from lists
 * or by clicking nodes; the verdict, the request's hops and the reply's. The path is drawn
 * on the canvas and follows every edit of the design.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useReactFlow } from '@xyflow/react';
import { indexDesign, kindInfo, KINDS, type Design, type Protocol } from '../../engine/model/index.ts';
import { useDesign } from '../../state/designStore.ts';
import { canBe, clearTrace, setTraceFlow, startLiveTrace, startPicking, useTraceStore, type TraceField } from '../../state/trace.ts';
import { namer } from '../../engine/sim/reasons.ts';
import { useStudio } from '../../state/useStudio.ts';
import { flowCost } from '../../engine/cost/index.ts';
import { FlowCostSection, hopCostLabels } from './FlowCostSection.tsx';
import { HopList } from './HopList.tsx';
import { IntentsSection, PinIntentButton } from './IntentsSection.tsx';
import { PROTOCOLS } from './protocols.ts';
import { ResourceCombo, type ComboOption } from './ResourceCombo.tsx';
import { Verdict } from './Verdict.tsx';
import { useFocusHop } from './useFocusHop.ts';
import './trace.css';

export default function TracePanel() {
  const studio = useStudio();
  useEffect(() => startLiveTrace(studio), [studio]);
  const design = useDesign();
  const from = useTraceStore((s) => s.from);
  const to = useTraceStore((s) => s.to);
  const protocol = useTraceStore((s) => s.protocol);
  const port = useTraceStore((s) => s.port);
  const fromSubnet = useTraceStore((s) => s.fromSubnet);
  const host = useTraceStore((s) => s.host);
  const picking = useTraceStore((s) => s.picking);
  const result = useTraceStore((s) => s.result);
  const path = useTraceStore((s) => s.path);
  const error = useTraceStore((s) => s.error);
  const focus = useFocusHop();
  const flow = useReactFlow();
  const showPath = () => {
    const boxes = [...(path?.steps ?? []), ...(path?.dropNode ? [path.dropNode] : [])].filter((id) => flow.getNode(id));
    if (boxes.length > 0) void flow.fitView({ nodes: boxes.map((id) => ({ id })), padding: 0.2, maxZoom: 1.2, duration: 300 });
  };

  const options = useMemo(() => {
    const list = (field: TraceField): ComboOption[] =>
      design.resources.filter((r) => canBe(field, r.kind)).map((r) => ({ id: r.id, name: r.name, detail: KINDS[r.kind].label }));
    return { from: list('from'), to: list('to') };
  }, [design]);
  const nameOf = useMemo(() => namer(indexDesign(design)), [design]);
  const cost = useMemo(() => (result ? flowCost(design, result) : undefined), [design, result]);
  const subnets = useMemo(() => sourceSubnetsOf(design, from), [design, from]);

  const stepOf = useCallback((node: string) => path?.numbers.get(node)?.[0], [path]);

  useEffect(() => {
    if (!picking) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') startPicking(studio, undefined);
    };
    window.addEventListener('keydown', onKey);
    // The canvas shows a crosshair over nodes while a click picks one.
    document.body.dataset.tracePicking = picking;
    return () => {
      window.removeEventListener('keydown', onKey);
      delete document.body.dataset.tracePicking;
    };
  }, [picking, studio]);

  const pick = (field: TraceField) => (on: boolean) => startPicking(studio, on ? field : undefined);

  return (
    <section className="trace-panel" aria-label="Trace">
      <header className="trace-header">
        <h2>Trace a flow</h2>
        <p className="muted">Can this reach that? The packet's path hop by hop, and the reply's.</p>
      </header>
      <div className="trace-form">
        <ResourceCombo label="Source" value={from} options={options.from} onChange={(v) => setTraceFlow(studio, { from: v })} picking={picking === 'from'} onPick={pick('from')} />
        {subnets.length > 1 && (
          <label className="trace-field-row trace-subnet-row">
            Source subnet
            <select value={fromSubnet || subnets[0]!.id} onChange={(e) => setTraceFlow(studio, { fromSubnet: e.target.value })}>
              {subnets.map((subnet) => (
                <option key={subnet.id} value={subnet.id}>{`${nameOf(subnet.id)} · ${subnet.availabilityZone}`}</option>
              ))}
            </select>
          </label>
        )}
        <ResourceCombo label="Destination" value={to} options={options.to} onChange={(v) => setTraceFlow(studio, { to: v })} picking={picking === 'to'} onPick={pick('to')} allowAddress />
        <div className="trace-field-row trace-port-row">
          <label>
            Protocol
            <select value={protocol} onChange={(e) => setTraceFlow(studio, { protocol: e.target.value as Protocol })}>
              {PROTOCOLS.map((p) => <option key={p} value={p}>{p}</option>)}
            </select>
          </label>
          <PortField port={port} />
          <button type="button" className="link-button" onClick={() => setTraceFlow(studio, { from: to, to: from })} disabled={!from && !to} title="Trace the other way">⇄ Swap</button>
          <button type="button" className="link-button" onClick={() => clearTrace(studio)} disabled={!from && !to}>Clear</button>
        </div>
        <label className="trace-field-row trace-host-row" title="The server name the connection asks for: a Network Firewall's domain list checks its HTTP Host or TLS SNI">
          Host (HTTP Host / TLS SNI)
          <input type="text" value={host ?? ''} placeholder="none, e.g. api.example.com" spellCheck={false} autoComplete="off" onChange={(e) => setTraceFlow(studio, { host: e.target.value.trim() })} />
        </label>
      </div>
      {error && <p role="alert" className="trace-error">{error}</p>}
      {!error && !result && <p className="muted">Choose a source and a destination{picking ? '' : ', from the lists or by picking nodes on the canvas'}.</p>}
      {result && path && (
        <>
          <Verdict result={result} path={path} nameOf={nameOf} onFocus={() => result.verdict.at && focus(result.verdict.at, path.dropNode)} />
          <div className="trace-field-row">
            <button type="button" className="link-button trace-show" onClick={showPath} disabled={path.steps.length === 0}>Show the path on the canvas</button>
            <PinIntentButton result={result} />
          </div>
          <HopList title="Request" hops={result.forward} nodes={path.forwardNodes} stepOf={stepOf} nameOf={nameOf} onFocus={focus} empty="No hop." costs={cost && hopCostLabels(cost.request, result.forward.length)} />
          <HopList
            title="Reply"
            hops={result.reply}
            nodes={path.replyNodes}
            stepOf={stepOf}
            nameOf={nameOf}
            onFocus={focus}
            empty={result.verdict.reachable ? 'No hop.' : 'The request did not arrive, so there is no reply.'}
            costs={cost && hopCostLabels(cost.reply, result.reply.length)}
          />
          {cost && <FlowCostSection cost={cost} nameOf={nameOf} />}
        </>
      )}
      <IntentsSection />
      <footer className="trace-footer">
        <button type="button" className="link-button" onClick={() => studio.ui.getState().setPanel('matrix')}>Reachability matrix for many endpoints →</button>
      </footer>
    </section>
  );
}

/** The subnets the source has interfaces in, in the simulator's order (the first is its default). */
function sourceSubnetsOf(design: Design, from: string) {
  const index = indexDesign(design);
  const resource = index.get(from);
  // A subnet as the source sends from itself; there is no other subnet to choose.
  if (!resource || !canBe('from', resource.kind) || resource.kind === 'external' || resource.kind === 'subnet') return [];
  const subnets = index.subnetsOf(resource);
  return resource.kind !== 'k8s-service' && kindInfo(resource.kind).interfaces === 'one' ? subnets.slice(0, 1) : subnets;
}

/** The destination port; a half-typed value stays on screen and is traced once it is a port. */
function PortField({ port }: { port: number }) {
  const studio = useStudio();
  const [draft, setDraft] = useState(String(port));
  const [seen, setSeen] = useState(port);
  if (seen !== port) {
    setSeen(port);
    setDraft(String(port));
  }
  const value = Number(draft);
  const valid = draft.trim() !== '' && Number.isInteger(value) && value >= 0 && value <= 65535;
  return (
    <label>
      Port
      <input
        type="number"
        min={0}
        max={65535}
        value={draft}
        aria-invalid={!valid}
        onChange={(e) => {
          setDraft(e.target.value);
          const n = Number(e.target.value);
          if (e.target.value.trim() !== '' && Number.isInteger(n) && n >= 0 && n <= 65535) setTraceFlow(studio, { port: n });
        }}
      />
      {!valid && <span className="field-error" role="alert">A port is a whole number from 0 to 65535.</span>}
    </label>
  );
}
