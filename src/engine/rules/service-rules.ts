/** Service rule families: security groups and NACLs, load balancers, API Gateway, Amazon MQ, EKS/ECS, static IPs. */
import { containerRules } from './containers.ts';
import { mqRules } from './mq.ts';
import type { Rule } from './types.ts';

export const serviceRules: readonly Rule[] = [...mqRules, ...containerRules];
