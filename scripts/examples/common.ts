/** Small helpers shared by the gallery examples: tiers, gateways, route tables, layout. */
import type { Design, Route } from '../../src/engine/model/index.ts';
import type { DesignBuilder } from '../../src/engine/testing/builder.ts';
import { gridLayout } from '../../src/engine/testing/layout.ts';

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

/** AZ IDs as the owner account sees them, recorded so participants of shared subnets can match zones. */
const AZ_IDS: Record<string, string> = { [AZ_A]: 'apne2-az1', [AZ_C]: 'apne2-az3' };

export function subnets(
  b: DesignBuilder,
  vpc: string,
  specs: readonly SubnetSpec[],
  fields: Record<string, unknown> = {},
): DesignBuilder {
  for (const spec of specs) {
    const zoneId = AZ_IDS[spec.az];
    b.subnet(spec.id, vpc, spec.cidr, spec.az, {
      name: spec.name ?? spec.id,
      ...(zoneId ? { availabilityZoneId: zoneId } : {}),
      ...fields,
    });
  }
  return b;
}

/** The letter that ends an AZ name: `a` for ap-northeast-2a. */
export const zoneLetter = (az: string) => az.at(-1)!;

/**
 * Public subnets behind an internet gateway, with a zonal NAT gateway and its Elastic IP in
 * each of them (`<nat>-<zone>`, `<nat>-<zone>-eip`): what private subnets need to reach the
 * internet without crossing AZs.
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
  const { vpc, account, nat } = options;
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
  for (const subnet of nat ? options.subnets : []) {
    const id = `${nat}-${zoneLetter(subnet.az)}`;
    b.add('elastic-ip', `${id}-eip`, { name: `${id} address`, parent: account, region: REGION });
    b.add('nat-gateway', id, {
      parent: subnet.id,
      connectivity: 'public',
      elasticIps: [`${id}-eip`],
    });
  }
  return b;
}

/** The canvas pane beside the palette and the side panel, in a 1400 × 900 window. */
const GALLERY_PANE = { w: 760, h: 830 };

/** The checked design with a box for every drawn resource, laid out to read at fit view. */
export function finish(b: DesignBuilder, description: string): Design {
  const design = b.build();
  return { ...design, description, layout: gridLayout(design.resources, undefined, { fit: GALLERY_PANE }) };
}

/**
 * A VPC with public subnets (internet gateway, a NAT gateway per AZ) and private subnets, each
 * on its AZ's table `<vpc>-rtb-private-<zone>` that sends 0.0.0.0/0 to that AZ's NAT gateway,
 * then `routes`.
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
  const name = options.name ?? vpc;
  b.vpc(vpc, account, cidr, { name });
  publicEdge(b, { vpc, account, cidrs: [cidr], subnets: options.publicSubnets, nat });
  for (const subnet of options.privateSubnets) {
    const zone = zoneLetter(subnet.az);
    const table = `${vpc}-rtb-private-${zone}`;
    const routes = [
      { destination: '0.0.0.0/0', target: `${nat}-${zone}` },
      ...(options.routes ?? []),
    ];
    routeTable(b, table, vpc, [cidr], routes, `${name} private ${zone}`);
    subnets(b, vpc, [subnet], { routeTable: table });
  }
  return b;
}
