/** Badges on a node: facts from the design plus whatever other panels registered. */
import { memo } from 'react';
import { useNodeBadges } from '../../state/badges.ts';

export const Badges = memo(function Badges({ id, facts }: { id: string; facts?: string }) {
  const registered = useNodeBadges(id);
  const factList = facts ? facts.split('|').filter((f) => !/^0 /.test(f)) : [];
  if (registered.length === 0 && factList.length === 0) return null;
  return (
    <div className="node-badges">
      {factList.map((fact) => (
        <span key={fact} className="badge badge-neutral">{fact}</span>
      ))}
      {registered.map((badge, i) => (
        <span key={`${badge.label}-${i}`} className={`badge badge-${badge.tone}`} title={badge.title}>
          {badge.label}
        </span>
      ))}
    </div>
  );
});
