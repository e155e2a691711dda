/** Amazon MQ brokers, API Gateway REST and HTTP APIs, and their VPC links. */
import { isBalancer, kindInfo } from '../../model/kinds.ts';
import type { ResourceOf } from '../../model/resources.ts';
import type { ExportContext, Handle } from './context.ts';
import { securityGroupRefs, subnetRefs, tagResource } from './common.ts';
import { awsName, code, type Code, pascal, render, str, type Value } from './literal.ts';
import { once, type CdkKinds } from './kind.ts';
import { acceptFindings } from './nag.ts';
import { listenerRef } from './loadbalancing.ts';

const kindOf = (ctx: ExportContext, id: string) => {
  const resource = ctx.index.get(id);
  return resource ? kindInfo(resource.kind) : undefined;
};

const ENGINE_VERSION = { rabbitmq: '3.13', activemq: '5.18' } as const;

export function emitBroker(ctx: ExportContext, { resource, stack, varName, constructId }: Handle): void {
  const broker = resource as ResourceOf<'mq-broker'>;
  // Public RabbitMQ brokers take no security groups.
  const groups = broker.engine === 'rabbitmq' && broker.publiclyAccessible ? undefined : securityGroupRefs(ctx, stack, broker.securityGroups);
  stack.construct(varName, 'amazonmq.CfnBroker', constructId, {
    brokerName: awsName(broker.name, broker.id, 50),
    engineType: broker.engine.toUpperCase(),
    engineVersion: broker.engineVersion ?? ENGINE_VERSION[broker.engine],
    hostInstanceType: broker.instanceType ?? 'mq.m5.large',
    deploymentMode: broker.deploymentMode,
    publiclyAccessible: broker.publiclyAccessible,
    autoMinorVersionUpgrade: true,
    subnetIds: subnetRefs(ctx, stack, broker),
    securityGroups: groups,
    users: [
      {
        username: 'admin',
        // Never a literal: the password is asked for at deploy time and never echoed.
        password: stack.parameter(`broker-password\u0000${broker.id}`, `${constructId}AdminPassword`, {
          type: 'String',
          noEcho: true,
          minLength: 12,
          description: `Password of the admin user of broker ${broker.name || broker.id}`,
        }),
      },
    ],
  });
}

export function emitVpcLink(ctx: ExportContext, { resource, stack, varName, constructId }: Handle): void {
  const link = resource as ResourceOf<'vpc-link'>;
  const name = link.name || link.id;
  if (link.version === 'v1') {
    // A v1 VPC link targets Network Load Balancers only.
    const targets = link.targets.filter((id) => kindOf(ctx, id)?.balancer === 'network' && ctx.handle(id));
    stack.construct(varName, 'apigateway.CfnVpcLink', constructId, {
      name,
      targetArns: targets.map((id) => ctx.ref(stack, id, 'ref', `ARN of NLB ${ctx.index.get(id)?.name}`)),
    });
  } else {
    stack.construct(varName, 'apigatewayv2.CfnVpcLink', constructId, {
      name,
      subnetIds: subnetRefs(ctx, stack, link),
      securityGroupIds: securityGroupRefs(ctx, stack, link.securityGroups),
    });
  }
}

/** The stage a REST API is deployed to. */
const REST_STAGE = 'prod';

const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'ANY']);
const method = (text: string) => (METHODS.has(text.toUpperCase()) ? text.toUpperCase() : 'ANY');

export function emitApi(ctx: ExportContext, handle: Handle): void {
  const api = handle.resource as ResourceOf<'api-gateway'>;
  if (api.apiType === 'rest') emitRestApi(ctx, handle, api);
  else emitHttpApi(ctx, handle, api);
}

function loadBalancerDns(ctx: ExportContext, handle: Handle, target: string | undefined): Code | undefined {
  const lb = ctx.index.get(target);
  if (!isBalancer(lb) || !ctx.handle(lb.id)) return undefined;
  return ctx.ref(handle.stack, lb.id, 'attrDnsName', `DNS name of load balancer ${lb.name}`);
}

function emitRestApi(ctx: ExportContext, handle: Handle, api: ResourceOf<'api-gateway'>): void {
  const { stack, varName, constructId } = handle;
  const privateApi = api.endpointType === 'private';
  const endpoints = ctx.index.ofKind('vpc-endpoint').filter((endpoint) => endpoint.service.endsWith('.execute-api') && ctx.handle(endpoint.id));
  stack.construct(varName, 'apigateway.CfnRestApi', constructId, {
    name: api.name || api.id,
    endpointConfiguration: { types: [api.endpointType.toUpperCase()] },
    // Private APIs answer only through the VPC's execute-api endpoints (APIGW-PRIVATE).
    policy:
      privateApi && api.resourcePolicy
        ? {
            Version: '2012-10-17',
            Statement: [
              {
                Effect: 'Allow',
                Principal: '*',
                Action: 'execute-api:Invoke',
                Resource: 'execute-api:/*',
                ...(endpoints.length > 0
                  ? { Condition: { StringEquals: { 'aws:SourceVpce': endpoints.map((endpoint) => ctx.ref(stack, endpoint.id, 'ref', `VPC endpoint ${endpoint.name}`)) } } }
                  : {}),
              },
            ],
          }
        : undefined,
  });
  tagResource(stack, varName, api);
  acceptFindings(stack, varName, 'AwsSolutions-APIG2');
  const resources = new Map<string, Code>([['', code(`${varName}.attrRootResourceId`)]]);
  const resourceFor = (path: string): Code => {
    let parent = '';
    for (const part of path.split('/').filter(Boolean)) {
      const next = `${parent}/${part}`;
      if (!resources.has(next)) {
        const resourceVar = stack.vars.take(`${varName}Path${pascal(next) || 'Part'}`);
        stack.construct(resourceVar, 'apigateway.CfnResource', stack.ids.take(`${constructId}Path${pascal(next) || 'Part'}`), {
          restApiId: code(`${varName}.ref`),
          parentId: resources.get(parent)!,
          pathPart: part,
        });
        resources.set(next, code(`${resourceVar}.ref`));
      }
      parent = next;
    }
    return resources.get(parent)!;
  };
  const methods: string[] = [];
  const seen = new Set<string>();
  for (const integration of api.integrations) {
    const httpMethod = method(integration.method);
    const key = `${httpMethod} ${integration.path.split('/').filter(Boolean).join('/')}`;
    if (seen.has(key)) continue; // one method per path and verb
    seen.add(key);
    const dns = loadBalancerDns(ctx, handle, integration.target);
    const link = integration.vpcLink && ctx.handle(integration.vpcLink) ? integration.vpcLink : undefined;
    const port = integration.port ?? 80;
    // Path parameters (`{id}`, `{proxy+}`) are declared on the method and passed on to the backend,
    // whose URI names a greedy `{proxy+}` as `{proxy}`.
    const names = [...integration.path.matchAll(/\{([A-Za-z0-9_.-]+)\+?\}/g)].map((match) => match[1]!);
    const backendPath = integration.path.replace(/\{([A-Za-z0-9_.-]+)\+\}/g, '{$1}');
    const integrationProps: Value = dns
      ? {
          type: 'HTTP_PROXY',
          integrationHttpMethod: 'ANY',
          uri: code(`Fn.join("", ["http://", ${dns.text}, ${str(`:${port}`)}, ${render(backendPath)}])`),
          connectionType: link ? 'VPC_LINK' : 'INTERNET',
          connectionId: link ? ctx.ref(stack, link, 'ref', `VPC link ${ctx.index.get(link)?.name}`) : undefined,
          requestParameters: names.length > 0 ? Object.fromEntries(names.map((name) => [`integration.request.path.${name}`, `method.request.path.${name}`])) : undefined,
        }
      : { type: 'MOCK', requestTemplates: { 'application/json': '{"statusCode": 200}' } };
    stack.use('Fn');
    const methodVar = stack.vars.take(`${varName}Method`);
    stack.construct(methodVar, 'apigateway.CfnMethod', stack.ids.take(`${constructId}${httpMethod === 'ANY' ? 'Any' : pascal(httpMethod.toLowerCase())}${pascal(integration.path) || 'Root'}`), {
      restApiId: code(`${varName}.ref`),
      resourceId: resourceFor(integration.path),
      httpMethod,
      authorizationType: 'NONE',
      requestParameters: dns && names.length > 0 ? Object.fromEntries(names.map((name) => [`method.request.path.${name}`, true])) : undefined,
      integration: integrationProps,
    });
    acceptFindings(stack, methodVar, 'AwsSolutions-APIG4', 'AwsSolutions-COG4');
    methods.push(methodVar);
  }
  if (methods.length === 0) return; // a deployment needs at least one method
  const deployment = stack.vars.take(`${varName}Deployment`);
  stack.construct(deployment, 'apigateway.CfnDeployment', stack.ids.take(`${constructId}Deployment`), { restApiId: code(`${varName}.ref`) });
  for (const methodVar of methods) stack.statement(`${deployment}.node.addDependency(${methodVar});`);
  const stage = stack.vars.take(`${varName}Stage`);
  stack.construct(stage, 'apigateway.CfnStage', stack.ids.take(`${constructId}Stage`), {
    restApiId: code(`${varName}.ref`),
    deploymentId: code(`${deployment}.ref`),
    stageName: REST_STAGE,
  });
  acceptFindings(stack, stage, 'AwsSolutions-APIG1', 'AwsSolutions-APIG3', 'AwsSolutions-APIG6');
  stack.use('Aws');
  stack.output(
    `invoke-url\u0000${api.id}`,
    `${constructId}InvokeUrl`,
    code(`Fn.join("", ["https://", ${varName}.ref, ".execute-api.", Aws.REGION, ".", Aws.URL_SUFFIX, "/", ${stage}.ref, "/"])`),
    `Invoke URL of REST API ${api.name || api.id}`,
  );
}

function emitHttpApi(ctx: ExportContext, handle: Handle, api: ResourceOf<'api-gateway'>): void {
  const { stack, varName, constructId } = handle;
  stack.construct(varName, 'apigatewayv2.CfnApi', constructId, { name: api.name || api.id, protocolType: 'HTTP' });
  const seen = new Set<string>();
  for (const integration of api.integrations) {
    const lb = ctx.index.get(integration.target);
    const link = integration.vpcLink && ctx.index.getOf(integration.vpcLink, 'vpc-link')?.version === 'v2' && ctx.handle(integration.vpcLink) ? integration.vpcLink : undefined;
    const listener = isBalancer(lb) && link ? listenerRef(ctx, stack, lb.id, integration.port) : undefined;
    const routeKey = `${method(integration.method)} /${integration.path.split('/').filter(Boolean).join('/')}`;
    if (!listener || !link || seen.has(routeKey)) continue; // only private integrations are in the design
    seen.add(routeKey);
    const integrationVar = stack.vars.take(`${varName}Integration`);
    stack.construct(integrationVar, 'apigatewayv2.CfnIntegration', stack.ids.take(`${constructId}Integration${pascal(routeKey) || 'Root'}`), {
      apiId: code(`${varName}.ref`),
      integrationType: 'HTTP_PROXY',
      integrationMethod: 'ANY',
      integrationUri: listener,
      connectionType: 'VPC_LINK',
      connectionId: ctx.ref(stack, link, 'ref', `VPC link ${ctx.index.get(link)?.name}`),
      payloadFormatVersion: '1.0',
    });
    stack.use('Fn');
    const route = stack.vars.take(`${varName}Route`);
    stack.construct(route, 'apigatewayv2.CfnRoute', stack.ids.take(`${constructId}Route${pascal(routeKey) || 'Root'}`), {
      apiId: code(`${varName}.ref`),
      routeKey,
      target: code(`Fn.join("/", ["integrations", ${integrationVar}.ref])`),
    });
    acceptFindings(stack, route, 'AwsSolutions-APIG4');
  }
  const stage = stack.vars.take(`${varName}Stage`);
  stack.construct(stage, 'apigatewayv2.CfnStage', stack.ids.take(`${constructId}Stage`), { apiId: code(`${varName}.ref`), stageName: '$default', autoDeploy: true });
  acceptFindings(stack, stage, 'AwsSolutions-APIG1');
}

export const INTEGRATION_CDK = {
  'mq-broker': { prefix: 'broker', emits: once('services', emitBroker) },
  'vpc-link': { prefix: 'vpcLink', emits: once('services', emitVpcLink) },
  'api-gateway': { prefix: 'api', emits: once('services', emitApi), constructs: (api) => 4 + 3 * api.integrations.length },
} satisfies CdkKinds;
