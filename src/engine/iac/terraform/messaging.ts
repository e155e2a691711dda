/** Amazon MQ brokers: messaging.tf. The broker password is always a sensitive variable. */
import type { ResourceOf } from '../../model/index.ts';
import type { TfContext } from './context.ts';
import { block, raw } from './hcl.ts';
import type { TerraformKinds } from './kind.ts';
import { awsName } from './names.ts';

const DEFAULT_VERSION = { rabbitmq: '3.13', activemq: '5.18' } as const;

export function mapMqBroker(ctx: TfContext, broker: ResourceOf<'mq-broker'>): void {
  const subnets = ctx.subnetIds(broker);
  const wanted = { SINGLE_INSTANCE: 1, ACTIVE_STANDBY_MULTI_AZ: 2, CLUSTER_MULTI_AZ: subnets.length }[broker.deploymentMode];
  const base = ctx.nameOf(broker.id) ?? 'broker';
  const rabbit = broker.engine === 'rabbitmq';
  // A public RabbitMQ broker takes no security groups; AWS refuses them.
  const groups = rabbit && broker.publiclyAccessible ? [] : ctx.securityGroupIds(broker.securityGroups);
  const address = ctx.emitPrimary(
    'messaging',
    broker,
    {
      broker_name: ctx.awsNames.unique('mq', awsName(broker.name, broker.id, 50, '_'), 50),
      engine_type: rabbit ? 'RabbitMQ' : 'ActiveMQ',
      engine_version: broker.engineVersion ?? DEFAULT_VERSION[broker.engine],
      host_instance_type: broker.instanceType ?? 'mq.m5.large',
      deployment_mode: broker.deploymentMode,
      publicly_accessible: broker.publiclyAccessible,
      auto_minor_version_upgrade: true,
      subnet_ids: subnets.length > 0 ? subnets.slice(0, wanted) : undefined,
      security_groups: groups.length > 0 ? groups : undefined,
    },
    [
      block('user', [], {
        username: ctx.variable(`${base}_username`, { description: 'Administrator user name of an Amazon MQ broker', type: 'string', default: 'admin' }),
        password: ctx.variable(`${base}_password`, {
          description: 'Administrator password of an Amazon MQ broker (12 to 250 characters, no commas, colons or equals signs)',
          type: 'string',
          sensitive: true,
          // Amazon MQ's own rule, checked at plan time rather than minutes into the broker's creation.
          validation: (ref) => ({
            condition: `length(${ref}) >= 12 && length(${ref}) <= 250 && !can(regex("[,:=]", ${ref}))`,
            message: `The value of ${ref.slice(4)} must be 12 to 250 characters with no comma, colon or equals sign.`,
          }),
        }),
      }),
    ],
  );
  if (address) {
    ctx.output(`${base}_endpoints`, 'Endpoints of an Amazon MQ broker', raw(`${address}.instances[0].endpoints`));
  }
}

export const MESSAGING_TERRAFORM = {
  'mq-broker': { type: () => 'aws_mq_broker', emit: mapMqBroker },
} satisfies TerraformKinds;
