/** Per-node subscriptions: a node re-renders only when its own resource changes. */
import type { AwsIcon, Resource } from '../../engine/model/index.ts';
import { resourceIcon } from '../../engine/io/resourceIcon.ts';
import { indexDesign } from '../../engine/model/index.ts';
import { useDesignStore } from '../../state/designStore.ts';

export function useResource(id: string): Resource | undefined {
  return useDesignStore((s) => indexDesign(s.history.present).get(id));
}

/** The icon the box shows (a public subnet's differs from a private one's): a string, so a box redraws only when it changes. */
export function useIcon(id: string): AwsIcon | undefined {
  return useDesignStore((s) => {
    const index = indexDesign(s.history.present);
    const resource = index.get(id);
    return resource && resourceIcon(index, resource);
  });
}

/** Names of the route table and network ACL a subnet uses, shown as badges. */
export function useSubnetAssociations(id: string): string {
  return useDesignStore((s) => {
    const index = indexDesign(s.history.present);
    const table = index.routeTableOf(id);
    const acl = index.networkAclOf(id);
    return [table ? `RT ${table.name}` : '', acl ? `NACL ${acl.name}` : ''].filter(Boolean).join('|');
  });
}

/** Counts of the badge kinds (route tables, groups, NACLs, target groups) inside a VPC. */
export function useVpcBadgeCounts(id: string): string {
  return useDesignStore((s) => {
    const children = indexDesign(s.history.present).children.get(id) ?? [];
    const count = (kind: Resource['kind']) => children.filter((c) => c.kind === kind).length;
    return [`${count('route-table')} RT`, `${count('security-group')} SG`, `${count('network-acl')} NACL`, `${count('target-group')} TG`].join('|');
  });
}
