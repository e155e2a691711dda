/** Service rule families: security groups and NACLs, load balancers, API Gateway, Amazon MQ, EKS/ECS, static IPs. */
import type { Rule } from './types.ts';

export const serviceRules: readonly Rule[] = [];
