/** What a transit gateway route may send to: its VPC attachments and the VPNs that end on it. */
import type { Resource } from './resources.ts';

/** The transit gateways a resource is an attachment of (none for anything that is not one). */
export function transitGatewaysAttaching(resource: Resource | undefined): readonly string[] {
  switch (resource?.kind) {
    case 'tgw-attachment':
      return [resource.transitGateway];
    case 'vpn-connection':
      return [resource.gateway];
    default:
      return [];
  }
}
