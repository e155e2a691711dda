/**
 * What an empty reference field means in AWS, said in the picker instead of "—": a subnet
 * with no association uses the VPC's main route table; a resource with no `account` belongs
 * to the account it is drawn in.
 */
import type { DesignIndex, Resource } from '../../engine/model/index.ts';
import { effectiveNetworkAcl, effectiveRouteTable, owningAccount } from '../../engine/model/index.ts';

const named = (r: { name: string; id: string }) => `${r.name || r.id} (${r.id})`;

/** The label of the empty choice of `key` on `resource`, or undefined when empty means nothing in force. */
export function inheritedLabel(index: DesignIndex, resource: Resource, key: string): string | undefined {
  if (resource.kind === 'subnet' && key === 'routeTable') {
    const table = effectiveRouteTable(index, resource.id);
    return table && !table.explicit ? `Main: ${named(table.resource)}` : undefined;
  }
  if (resource.kind === 'subnet' && key === 'networkAcl') {
    const acl = effectiveNetworkAcl(index, resource.id);
    return acl && !acl.explicit ? `Default: ${named(acl.resource)}` : undefined;
  }
  if (key === 'account') {
    const owner = owningAccount(index, resource.id);
    return owner && !owner.explicit ? `Drawn in: ${named(owner.resource)}` : undefined;
  }
  return undefined;
}
