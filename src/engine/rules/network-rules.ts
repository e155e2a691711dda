/** Network rule families: shared VPCs, peering, route tables, internet edge, transit gateway and its peerings, Site-to-Site VPN, Direct Connect, gateway endpoints, Network Firewall, Gateway Load Balancers, CIDRs, quotas. */
import { directConnectRules } from './direct-connect.ts';
import { gatewayLoadBalancerRules } from './gateway-load-balancer.ts';
import { internetEdgeRules } from './internet-edge.ts';
import { networkFirewallRules } from './network-firewall.ts';
import { peeringRules } from './peering.ts';
import { quotaRules } from './quotas.ts';
import { routeTableRules } from './route-tables.ts';
import { sharedVpcRules } from './shared-vpc.ts';
import { siteToSiteVpnRules } from './site-to-site-vpn.ts';
import { subnetCidrRules } from './subnets-cidrs.ts';
import { tgwPeeringRules } from './tgw-peering.ts';
import { transitGatewayRules } from './transit-gateway.ts';
import { vpcEndpointRules } from './vpc-endpoints.ts';
import type { Rule } from './types.ts';

export const networkRules: readonly Rule[] = [
  ...sharedVpcRules,
  ...peeringRules,
  ...routeTableRules,
  ...internetEdgeRules,
  ...transitGatewayRules,
  ...tgwPeeringRules,
  ...siteToSiteVpnRules,
  ...directConnectRules,
  ...vpcEndpointRules,
  ...networkFirewallRules,
  ...gatewayLoadBalancerRules,
  ...subnetCidrRules,
  ...quotaRules,
];
