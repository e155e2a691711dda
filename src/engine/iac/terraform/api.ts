/** API Gateway REST and HTTP APIs with their VPC links: api.tf. */
import { isBalancer, type ResourceOf } from '../../model/index.ts';
import type { TfContext } from './context.ts';
import { block, call, list, obj, raw, tpl, type Expr } from './hcl.ts';
import type { TerraformKinds } from './kind.ts';
import { listenerArn } from './load-balancing.ts';
import { clip } from './names.ts';

type Integration = ResourceOf<'api-gateway'>['integrations'][number];

/** The stage a REST API is deployed to. */
const REST_STAGE = 'prod';

const METHODS = new Set(['get', 'put', 'post', 'delete', 'patch', 'head', 'options']);

function normalPath(path: string): string {
  return path.startsWith('/') ? path : `/${path}`;
}

/** `http://<load balancer dns>:<port><path>` for an integration's backend, when it has one. */
function backendUri(ctx: TfContext, integration: Integration): Expr | undefined {
  const target = ctx.index.get(integration.target);
  if (!isBalancer(target)) return undefined;
  const dns = ctx.ref(target.id, 'dns_name');
  if (!dns) return undefined;
  const port = integration.port ?? target.listeners[0]?.port ?? 80;
  // A greedy `{proxy+}` in the route is passed on as `{proxy}` in the backend's URI.
  return tpl('http://', dns, `:${port}${normalPath(integration.path).replace(/\{([A-Za-z0-9_.-]+)\+\}/g, '{$1}')}`);
}

function restPolicy(): Expr {
  return call(
    'jsonencode',
    obj({
      Version: '2012-10-17',
      Statement: list([obj({ Effect: 'Allow', Principal: '*', Action: 'execute-api:Invoke', Resource: 'execute-api:/*' })]),
    }),
  );
}

/** The REST API's resources, methods and integrations as an OpenAPI body. */
function restBody(ctx: TfContext, api: ResourceOf<'api-gateway'>): Expr {
  const paths = new Map<string, Map<string, Expr>>();
  for (const integration of api.integrations) {
    const path = normalPath(integration.path);
    const method = METHODS.has(integration.method.toLowerCase()) ? integration.method.toLowerCase() : 'x-amazon-apigateway-any-method';
    const methods = paths.get(path) ?? new Map<string, Expr>();
    paths.set(path, methods);
    if (methods.has(method)) continue;
    const uri = backendUri(ctx, integration);
    const link = ctx.ref(integration.vpcLink);
    // Path parameters (`{id}`, `{proxy+}`) are declared on the method and passed to the backend.
    const names = [...path.matchAll(/\{([A-Za-z0-9_.-]+)\+?\}/g)].map((match) => match[1]!);
    const passed = Object.fromEntries(names.map((name) => [`integration.request.path.${name}`, `method.request.path.${name}`]));
    const spec = uri
      ? obj({
          type: 'http_proxy',
          httpMethod: method === 'x-amazon-apigateway-any-method' ? 'ANY' : method.toUpperCase(),
          uri,
          connectionType: link ? 'VPC_LINK' : 'INTERNET',
          connectionId: link,
          requestParameters: names.length > 0 ? obj(passed) : undefined,
        })
      : obj({ type: 'mock', requestTemplates: obj({ 'application/json': '{"statusCode": 200}' }) });
    methods.set(
      method,
      obj({
        parameters: names.length > 0 ? list(names.map((name) => obj({ name, in: 'path', required: true, schema: obj({ type: 'string' }) }))) : undefined,
        'x-amazon-apigateway-integration': spec,
      }),
    );
  }
  return call(
    'jsonencode',
    obj({
      openapi: '3.0.1',
      info: obj({ title: api.name || api.id, version: '1.0' }),
      paths: { t: 'obj', entries: [...paths].map(([path, methods]) => [path, { t: 'obj', entries: [...methods] }] as const) },
    }),
  );
}

export function mapApiGateway(ctx: TfContext, api: ResourceOf<'api-gateway'>): void {
  if (api.apiType === 'rest') {
    const address = ctx.emitPrimary(
      'api',
      api,
      {
        name: api.name || api.id,
        description: api.description,
        body: restBody(ctx, api),
        policy: api.endpointType === 'private' ? restPolicy() : undefined,
      },
      [block('endpoint_configuration', [], { types: [api.endpointType.toUpperCase()] })],
    );
    if (!address) return;
    // Without a deployment and a stage a REST API has no invoke URL; a changed body redeploys.
    const deployment = ctx.emit(
      'api',
      'aws_api_gateway_deployment',
      ctx.derived('aws_api_gateway_deployment', api.id, 'deployment', ''),
      { rest_api_id: raw(`${address}.id`), triggers: obj({ redeployment: call('sha1', raw(`${address}.body`)) }) },
      [block('lifecycle', [], { create_before_destroy: true })],
      { from: api },
    );
    const stage = ctx.emit(
      'api',
      'aws_api_gateway_stage',
      ctx.derived('aws_api_gateway_stage', api.id, 'stage', ''),
      { rest_api_id: raw(`${address}.id`), deployment_id: raw(`${deployment}.id`), stage_name: REST_STAGE },
      [],
      { from: api },
    );
    ctx.output(`${ctx.nameOf(api.id)}_invoke_url`, 'Invoke URL of a REST API stage', raw(`${stage}.invoke_url`));
    return;
  }
  const address = ctx.emitPrimary('api', api, { name: clip(api.name || api.id, 128), protocol_type: 'HTTP', description: api.description });
  if (!address) return;
  const apiId = raw(`${address}.id`);
  const seenRoutes = new Set<string>();
  api.integrations.forEach((integration, i) => {
    const method = integration.method.toUpperCase() || 'ANY';
    const routeKey = `${method} ${normalPath(integration.path)}`;
    if (seenRoutes.has(routeKey)) return;
    const link = ctx.ref(integration.vpcLink);
    const uri = link ? listenerArn(ctx, integration.target, integration.port) : backendUri(ctx, integration);
    if (!uri) return;
    seenRoutes.add(routeKey);
    const integrationName = ctx.derived('aws_apigatewayv2_integration', api.id, `integration:${i}`, `integration_${i + 1}`);
    ctx.emit(
      'api',
      'aws_apigatewayv2_integration',
      integrationName,
      {
        api_id: apiId,
        integration_type: 'HTTP_PROXY',
        integration_method: method,
        integration_uri: uri,
        connection_type: link ? 'VPC_LINK' : 'INTERNET',
        connection_id: link,
        payload_format_version: '1.0',
      },
      [],
      { from: api },
    );
    ctx.emit(
      'api',
      'aws_apigatewayv2_route',
      ctx.derived('aws_apigatewayv2_route', api.id, `route:${i}`, `route_${i + 1}`),
      { api_id: apiId, route_key: routeKey, target: tpl('integrations/', raw(`aws_apigatewayv2_integration.${integrationName}.id`)) },
      [],
      { from: api },
    );
  });
  ctx.emit('api', 'aws_apigatewayv2_stage', ctx.derived('aws_apigatewayv2_stage', api.id, 'default'), { api_id: apiId, name: '$default', auto_deploy: true }, [], {
    from: api,
  });
  ctx.output(`${ctx.nameOf(api.id)}_endpoint`, 'Invoke URL of an HTTP API', raw(`${address}.api_endpoint`));
}

export function mapVpcLink(ctx: TfContext, link: ResourceOf<'vpc-link'>): void {
  if (link.version === 'v1') {
    const targets = ctx.refs(link.targets, 'arn');
    if (targets.length === 0) return;
    ctx.emitPrimary('api', link, { name: link.name || link.id, description: link.description, target_arns: targets });
    return;
  }
  const subnets = ctx.refs(link.subnets ?? []);
  if (subnets.length === 0) return;
  ctx.emitPrimary('api', link, {
    name: clip(link.name || link.id, 128),
    subnet_ids: subnets,
    security_group_ids: ctx.securityGroupIds(link.securityGroups),
  });
}

export const API_TERRAFORM = {
  'vpc-link': { type: (link) => (link.version === 'v1' ? 'aws_api_gateway_vpc_link' : 'aws_apigatewayv2_vpc_link'), emit: mapVpcLink },
  'api-gateway': { type: (api) => (api.apiType === 'rest' ? 'aws_api_gateway_rest_api' : 'aws_apigatewayv2_api'), emit: mapApiGateway },
} satisfies TerraformKinds;
