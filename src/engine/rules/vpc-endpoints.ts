/** Gateway VPC endpoints: S3 and DynamoDB in the VPC's own Region, for the VPC's own traffic. */
import type { DesignIndex, ResourceOf } from '../model/index.ts';
import { cidrBlock, overlaps, type CidrBlock } from '../net/cidr.ts';
import { serviceRegion, serviceShortName } from '../net/service-name.ts';
import { finding, named, type Finding, type Rule } from './types.ts';

const GATEWAY_ENDPOINTS = 'https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-endpoints.html';

type Endpoint = ResourceOf<'vpc-endpoint'>;

const gatewayEndpoints = (index: DesignIndex): Endpoint[] => index.ofKind('vpc-endpoint').filter((e) => e.endpointType === 'gateway');

const serviceOf = (endpoint: Endpoint) => serviceShortName(endpoint.service);

export const gweService: Rule = {
  id: 'GWE-SERVICE',
  severity: 'error',
  summary: 'A gateway endpoint is for Amazon S3 or DynamoDB; every other service is reached through an interface endpoint.',
  docUrl: GATEWAY_ENDPOINTS,
  dependsOn: ['vpc-endpoint'],
  check({ index }) {
    return gatewayEndpoints(index)
      .filter((endpoint) => !['s3', 'dynamodb'].includes(serviceOf(endpoint)))
      .map((endpoint) =>
        finding(this, 'error', [endpoint.id], `Gateway endpoint ${named(endpoint)} is for ${endpoint.service}; AWS offers gateway endpoints for S3 and DynamoDB only. Make it an interface endpoint.`),
      );
  },
};

export const gweRegion: Rule = {
  id: 'GWE-REGION',
  severity: 'error',
  summary: "A gateway endpoint serves its own VPC, in its own Region: its service is that Region's, and other VPCs cannot route to it.",
  docUrl: GATEWAY_ENDPOINTS,
  dependsOn: ['vpc-endpoint', 'vpc', 'route-table'],
  check({ index }) {
    const findings: Finding[] = [];
    const located: { endpoint: Endpoint; home: ResourceOf<'vpc'> }[] = [];
    for (const endpoint of gatewayEndpoints(index)) {
      const vpc = index.vpcOf(endpoint.id);
      if (!vpc) continue;
      located.push({ endpoint, home: vpc });
      const region = serviceRegion(endpoint.service);
      if (region !== undefined && region !== vpc.region) {
        findings.push(
          finding(this, 'error', [endpoint.id, vpc.id], `Gateway endpoint ${named(endpoint)} is for ${endpoint.service}, a service of ${region}, but VPC ${named(vpc)} is in ${vpc.region}: gateway endpoints are supported within the same Region only. Use com.amazonaws.${vpc.region}.${serviceOf(endpoint)}; buckets or tables in ${region} are reached over the internet or an interface endpoint there.`),
        );
      }
    }
    findings.push(...remoteUse(this, index, located));
    return findings;
  },
};

/** Routes in other VPCs that send an endpoint's service addresses towards it, hoping to use it. */
function remoteUse(rule: Rule, index: DesignIndex, endpoints: readonly { endpoint: Endpoint; home: ResourceOf<'vpc'> }[]): Finding[] {
  // Endpoints of one service and Region hold the same prefix list: a route is compared with each list once, not with each endpoint.
  const lists = new Map<string, { blocks: CidrBlock[]; endpoints: { endpoint: Endpoint; home: ResourceOf<'vpc'> }[] }>();
  for (const located of endpoints) {
    const cidrs = located.endpoint.prefixListCidrs ?? [];
    if (cidrs.length === 0) continue;
    const key = cidrs.join(',');
    const list = lists.get(key);
    if (list) list.endpoints.push(located);
    else lists.set(key, { blocks: cidrs.map((c) => cidrBlock(c)).filter((b): b is CidrBlock => b !== undefined), endpoints: [located] });
  }
  if (lists.size === 0) return [];
  const findings: Finding[] = [];
  // One pass over the tables: only routes to a transit gateway or peering can carry another VPC's traffic here.
  for (const table of index.ofKind('route-table')) {
    let vpc: ResourceOf<'vpc'> | undefined;
    for (const route of table.routes) {
      const kind = index.get(route.target)?.kind;
      if (kind !== 'transit-gateway' && kind !== 'vpc-peering') continue;
      const destination = cidrBlock(route.destination);
      if (!destination || destination.prefix === 0) continue;
      for (const list of lists.values()) {
        if (!list.blocks.some((b) => overlaps(b, destination))) continue;
        vpc ??= index.vpcOf(table.id);
        if (!vpc) break;
        for (const { endpoint, home } of list.endpoints) {
          if (vpc.id === home.id) continue;
          const where = vpc.region === home.region ? '' : `, in ${vpc.region} while the endpoint is in ${home.region}`;
          findings.push(
            finding(rule, 'warning', [table.id, endpoint.id], `Route table ${named(table)} of VPC ${named(vpc)} sends ${route.destination} (${serviceOf(endpoint)} addresses of gateway endpoint ${named(endpoint)}'s prefix list) to ${named(index.get(route.target))}${where}. A gateway endpoint carries only its own VPC's traffic: connections from a transit gateway, peering or VPN cannot be extended through it. Give VPC ${named(vpc)} its own gateway endpoint in its Region, or use an interface endpoint.`, { suffix: 'remote' }),
          );
        }
      }
    }
  }
  return findings;
}

export const vpcEndpointRules: readonly Rule[] = [gweService, gweRegion];
