/**
 * Service rule families: security groups and NACLs, load balancers, API Gateway, Amazon MQ,
 * EKS/ECS, static IPs. docs/rules-services.md lists every id, its checks and tests, and the
 * catalogue rows the model cannot express (SG-MODEL, NACL-MODEL, STATIC-GA, parts of others).
 * The catalogue's SHR-SVC rabbitmq check is reported as MQ-SHARED.
 */
import { apiGatewayRules } from './api-gateway.ts';
import { containerRules } from './containers.ts';
import { loadBalancerRules } from './load-balancers.ts';
import { mqRules } from './mq.ts';
import { securityRules } from './security.ts';
import { staticIpRules } from './static-ip.ts';
import type { Rule } from './types.ts';

export const serviceRules: readonly Rule[] = [...mqRules, ...containerRules, ...apiGatewayRules, ...loadBalancerRules, ...securityRules, ...staticIpRules];
