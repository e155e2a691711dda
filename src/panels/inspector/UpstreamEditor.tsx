/**
 * A proxy's upstream as three fields: the target (a resource of the design, or an address
 * outside it), the protocol and the port. The whole upstream commits once it is complete.
 */
import { useState } from 'react';
import type { Upstream } from '../../engine/model/index.ts';
import { indexDesign, kindsOf, Protocol, referenceMetaOf, Upstream as UpstreamSchema } from '../../engine/model/index.ts';
import { useDesignStore } from '../../state/designStore.ts';
import { ReferencePicker } from './ReferencePickers.tsx';
import { useFieldCommit } from './useFieldCommit.ts';

const TARGET_KINDS = kindsOf(referenceMetaOf(UpstreamSchema.shape.target)!);
/** The picker's choice that turns the target into a typed address. */
const ADDRESS = '\u0000address';

interface Draft {
  readonly target: string;
  readonly protocol: string;
  readonly port: string;
}

export function UpstreamEditor({ resourceId, value }: { resourceId: string; value: Upstream | undefined }) {
  const { error, setError, commit } = useFieldCommit(resourceId, 'upstream');
  const [draft, setDraft] = useState<Draft>({ target: value?.target ?? '', protocol: value?.protocol ?? 'tcp', port: value?.port === undefined ? '' : String(value.port) });
  const targetInDesign = useDesignStore((s) => draft.target !== '' && indexDesign(s.history.present).byId.has(draft.target));
  const [typing, setTyping] = useState(draft.target !== '' && !targetInDesign);

  const change = (patch: Partial<Draft>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    if (next.target === '' && next.port === '') return void commit(undefined);
    if (next.target === '') return setError('choose a target');
    if (next.port === '') return setError('give the port it connects to');
    commit({ target: next.target.trim(), protocol: next.protocol, port: Number(next.port) });
  };

  return (
    <div className="upstream-editor">
      <div className="field">
        <label htmlFor="upstream-target">Target</label>
        <ReferencePicker
          id="upstream-target"
          value={typing ? ADDRESS : draft.target}
          kinds={TARGET_KINDS}
          optional
          fixed={['', ADDRESS]}
          labels={{ [ADDRESS]: 'An address outside the design…' }}
          exclude={resourceId}
          onChange={(v) => {
            setTyping(v === ADDRESS);
            if (v !== ADDRESS) change({ target: v });
          }}
        />
        {typing && <input aria-label="Upstream address" type="text" placeholder="203.0.113.10" spellCheck={false} value={draft.target} onChange={(e) => change({ target: e.target.value })} />}
      </div>
      <div className="field">
        <label htmlFor="upstream-protocol">Protocol</label>
        <select id="upstream-protocol" value={draft.protocol} onChange={(e) => change({ protocol: e.target.value })}>
          {Protocol.options.map((p) => <option key={p} value={p}>{p}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor="upstream-port">Port</label>
        <input id="upstream-port" type="number" min={1} max={65535} value={draft.port} onChange={(e) => change({ port: e.target.value })} aria-invalid={error ? true : undefined} />
      </div>
      {error && <p className="field-error" role="alert">{error}</p>}
    </div>
  );
}
