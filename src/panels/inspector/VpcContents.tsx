/**
 * Route tables, security groups, network ACLs and target groups of a VPC: drawn as badges,
 * so they are listed, created and opened here.
 */
import { useShallow } from 'zustand/react/shallow';
import type { ResourceKind } from '../../engine/model/index.ts';
import { addResource, indexDesign, KINDS, newResource } from '../../engine/model/index.ts';
import { useDesignStore } from '../../state/designStore.ts';
import { useStudio } from '../../state/useStudio.ts';

const BADGE_KINDS: readonly ResourceKind[] = ['route-table', 'security-group', 'network-acl', 'target-group'];

export function VpcContents({ vpcId }: { vpcId: string }) {
  const studio = useStudio();
  const items = useDesignStore(
    useShallow((s) =>
      (indexDesign(s.history.present).children.get(vpcId) ?? [])
        .filter((r) => BADGE_KINDS.includes(r.kind))
        .map((r) => `${r.kind}\u0000${r.id}\u0000${r.name}`),
    ),
  ).map((line) => line.split('\u0000') as [ResourceKind, string, string]);

  const add = (kind: ResourceKind) => {
    const result = studio.apply((design) => addResource(design, newResource(design, kind, { parent: vpcId })));
    if (result.ok) studio.select([result.ids[0]!]);
    else studio.notify(result.reason, 'error');
  };

  return (
    <section className="vpc-contents">
      {BADGE_KINDS.map((kind) => (
        <div key={kind} className="vpc-contents-group">
          <div className="vpc-contents-title">
            <span>{KINDS[kind].label}s</span>
            <button type="button" className="link-button" onClick={() => add(kind)}>+ Add</button>
          </div>
          <ul>
            {items.filter(([k]) => k === kind).map(([, id, name]) => (
              <li key={id}>
                <button type="button" className="link-button" onClick={() => studio.select([id])}>{name || id}</button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
