/** Small helpers shared by the gallery examples: tiers, gateways, route tables, layout. */
import type { Design, Route } from '../../src/engine/model/index.ts';
import type { DesignBuilder } from '../../src/engine/testing/builder.ts';
import { autoLayout } from '../../src/engine/testing/layout.ts';

export const REGION = 'ap-northeast-2';
export const AZ_A = 'ap-northeast-2a';
export const AZ_C = 'ap-northeast-2c';

export interface Example {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly file: string;
  readonly design: Design;
}

export interface SubnetSpec {
  readonly id: string;
  readonly cidr: string;
  readonly az: string;
  readonly name?: string;
}

/** A route table of a VPC with the local route of each of its CIDRs first. */
export function routeTable(
  b: DesignBuilder,
  id: string,
  vpc: string,
  localCidrs: readonly string[],
  routes: Route[],
  name = id,
): DesignBuilder {
  return b.add('route-table', id, {
    name,
    parent: vpc,
    routes: [...localCidrs.map((destination) => ({ destination, target: 'local' })), ...routes],
  });
}

export function subnets(
  b: DesignBuilder,
  vpc: string,
  specs: readonly SubnetSpec[],
  fields: Record<string, unknown> = {},
): DesignBuilder {
  for (const spec of specs)
    b.subnet(spec.id, vpc, spec.cidr, spec.az, { name: spec.name ?? spec.id, ...fields });
  return b;
}

/**
 * Public subnets behind an internet gateway, and a zonal NAT gateway with an Elastic IP in
 * the first of them: what private subnets need to reach the internet.
 */
export function publicEdge(
  b: DesignBuilder,
  options: {
    vpc: string;
    account: string;
    cidrs: readonly string[];
    subnets: readonly SubnetSpec[];
    nat?: string;
  },
): DesignBuilder {
  const { vpc, account } = options;
  b.add('internet-gateway', `${vpc}-igw`, { name: `${vpc} internet gateway`, parent: vpc });
  routeTable(
    b,
    `${vpc}-rtb-public`,
    vpc,
    options.cidrs,
    [{ destination: '0.0.0.0/0', target: `${vpc}-igw` }],
    `${vpc} public`,
  );
  subnets(b, vpc, options.subnets, { routeTable: `${vpc}-rtb-public`, mapPublicIpOnLaunch: true });
  if (options.nat) {
    b.add('elastic-ip', `${options.nat}-eip`, {
      name: `${options.nat} address`,
      parent: account,
      region: REGION,
    });
    b.add('nat-gateway', options.nat, {
      parent: options.subnets[0]!.id,
      connectivity: 'public',
      elasticIps: [`${options.nat}-eip`],
    });
  }
  return b;
}

/** The checked design with a box for every drawn resource. */
export function finish(b: DesignBuilder, description: string): Design {
  const design = b.build();
  return { ...design, description, layout: autoLayout(design.resources) };
}

/**
 * A VPC with public subnets (internet gateway, NAT gateway in the first) and private subnets
 * on one table `<vpc>-rtb-private` that sends 0.0.0.0/0 to the NAT gateway, then `routes`.
 */
export function twoTierVpc(
  b: DesignBuilder,
  options: {
    vpc: string;
    account: string;
    cidr: string;
    name?: string;
    publicSubnets: readonly SubnetSpec[];
    privateSubnets: readonly SubnetSpec[];
    nat: string;
    routes?: Route[];
  },
): DesignBuilder {
  const { vpc, account, cidr, nat } = options;
  b.vpc(vpc, account, cidr, { name: options.name ?? vpc });
  publicEdge(b, { vpc, account, cidrs: [cidr], subnets: options.publicSubnets, nat });
  const privateTable = `${vpc}-rtb-private`;
  routeTable(
    b,
    privateTable,
    vpc,
    [cidr],
    [{ destination: '0.0.0.0/0', target: nat }, ...(options.routes ?? [])],
    `${options.name ?? vpc} private`,
  );
  return subnets(b, vpc, options.privateSubnets, { routeTable: privateTable });
}
