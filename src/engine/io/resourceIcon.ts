/**
 * The icon a drawing shows for a resource: its kind's, except that a public subnet (one that
 * routes 0.0.0.0/0 to an internet gateway) shows AWS's public subnet group icon, so public
 * and private subnets tell apart at a glance. The canvas, the pictures and the build read this.
 */
import type { AwsIcon, DesignIndex, Resource } from '../model/index.ts';
import { KINDS } from '../model/index.ts';
import { isPublicSubnet } from '../rules/service-helpers.ts';

export const PUBLIC_SUBNET_ICON: AwsIcon = 'architecture-group/Publicsubnet';

export function resourceIcon(index: DesignIndex, resource: Resource): AwsIcon {
  return resource.kind === 'subnet' && isPublicSubnet(index, resource.id) ? PUBLIC_SUBNET_ICON : KINDS[resource.kind].icon;
}

/** Every icon a drawing may show: each kind's, and the public subnet's. */
export const DRAWN_ICONS: ReadonlySet<AwsIcon> = new Set([...Object.values(KINDS).map((info) => info.icon), PUBLIC_SUBNET_ICON]);
