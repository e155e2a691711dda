/**
 * Gateway Load Balancers and their endpoints (load_balancing.tf): the load balancer, its one
 * listener forwarding to the appliances' target group, its endpoint service, and each GWLB
 * endpoint connected to that service; routes name an endpoint by its id (network.ts).
 */
import type { ResourceOf } from '../../model/index.ts';
import type { TfContext } from './context.ts';
import { block, raw } from './hcl.ts';
import type { TerraformKinds } from './kind.ts';
import { awsName } from './names.ts';

type Gwlb = ResourceOf<'gateway-load-balancer'>;

const SERVICE = 'aws_vpc_endpoint_service';

/** The endpoint service that carries a Gateway Load Balancer to its endpoints. */
const serviceName = (ctx: TfContext, gwlb: Gwlb) => ctx.derived(SERVICE, gwlb.id, 'service');

export function mapGatewayLoadBalancer(ctx: TfContext, gwlb: Gwlb): void {
  const address = ctx.emitPrimary('load_balancing', gwlb, {
    name: ctx.awsNames.unique('lb', awsName(gwlb.name, gwlb.id, 32), 32),
    load_balancer_type: 'gateway',
    subnets: ctx.subnetIds(gwlb),
    enable_cross_zone_load_balancing: gwlb.crossZone,
  });
  if (!address) return;
  const targetGroup = ctx.ref(gwlb.targetGroup, 'arn');
  // A Gateway Load Balancer's listener has no port or protocol: it takes every packet.
  if (targetGroup) {
    ctx.emit(
      'load_balancing',
      'aws_lb_listener',
      ctx.derived('aws_lb_listener', gwlb.id, 'listener'),
      { load_balancer_arn: raw(`${address}.arn`) },
      [block('default_action', [], { type: 'forward', target_group_arn: targetGroup })],
      { from: gwlb },
    );
  }
  ctx.emit('load_balancing', SERVICE, serviceName(ctx, gwlb), { acceptance_required: false, gateway_load_balancer_arns: [raw(`${address}.arn`)] }, [], { from: gwlb });
}

export function mapGwlbEndpoint(ctx: TfContext, endpoint: ResourceOf<'gwlb-endpoint'>): void {
  const vpc = ctx.index.vpcOf(endpoint.id);
  const gwlb = ctx.index.getOf(endpoint.gatewayLoadBalancer, 'gateway-load-balancer');
  if (!vpc || !gwlb || !ctx.address(gwlb.id)) return;
  ctx.emitPrimary('load_balancing', endpoint, {
    vpc_id: ctx.ref(vpc.id),
    service_name: raw(`${SERVICE}.${serviceName(ctx, gwlb)}.service_name`),
    vpc_endpoint_type: 'GatewayLoadBalancer',
    subnet_ids: ctx.subnetIds(endpoint),
  });
}

export const GATEWAY_LOAD_BALANCER_TERRAFORM = {
  'gateway-load-balancer': { type: () => 'aws_lb', emit: mapGatewayLoadBalancer },
  'gwlb-endpoint': { type: () => 'aws_vpc_endpoint', emit: mapGwlbEndpoint },
} satisfies TerraformKinds;
