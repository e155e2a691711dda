/** API Gateway and VPC links (catalogue section 8). */
import { BALANCER_KINDS, isBalancer, updateResource, type DesignIndex, type Resource, type ResourceOf } from '../model/index.ts';
import { patchFix } from './fixes/chain.ts';
import { accountName, DOCS, list } from './service-helpers.ts';
import { finding, named, type Finding, type QuickFix, type Rule } from './types.ts';

type VpcLink = ResourceOf<'vpc-link'>;

const API_KINDS = ['api-gateway', 'vpc-link', BALANCER_KINDS, 'subnet'];

/** Turns a v1 link into a v2 link whose interfaces sit in the subnets of the load balancers it reaches. */
function toV2(index: DesignIndex, link: VpcLink): QuickFix {
  const subnets = [...new Set(link.targets.flatMap((id) => {
    const target = index.get(id);
    return target ? index.subnetsOf(target).map((s) => s.id) : [];
  }))];
  return {
    id: 'use-vpc-link-v2',
    title: 'Use a VPC link v2',
    description: "A v2 link places its interfaces in the load balancer's subnets and reaches an ALB directly. Its subnets and security groups cannot be changed after creation.",
    apply: (design) => updateResource(design, link.id, { version: 'v2', subnets, securityGroups: link.securityGroups ?? [] }),
  };
}

/** API → links it integrates through, and link → APIs that use it, once per design. */
const apisCache = new WeakMap<DesignIndex, Map<string, ResourceOf<'api-gateway'>[]>>();
function apisByLink(index: DesignIndex): Map<string, ResourceOf<'api-gateway'>[]> {
  let map = apisCache.get(index);
  if (map) return map;
  map = new Map();
  for (const api of index.ofKind('api-gateway')) {
    for (const integration of api.integrations) {
      if (!integration.vpcLink) continue;
      const list = map.get(integration.vpcLink) ?? [];
      if (!list.includes(api)) list.push(api);
      map.set(integration.vpcLink, list);
    }
  }
  apisCache.set(index, map);
  return map;
}

/** Every (API, integration, link) triple that goes through a VPC link. */
function linkedIntegrations(index: DesignIndex) {
  const result: { api: ResourceOf<'api-gateway'>; link: VpcLink; target: Resource | undefined }[] = [];
  for (const api of index.ofKind('api-gateway')) {
    for (const integration of api.integrations) {
      const link = index.getOf(integration.vpcLink, 'vpc-link');
      if (!link) continue;
      result.push({ api, link, target: index.get(integration.target ?? link.targets[0]) });
    }
  }
  return result;
}

export const apiGatewayRest: Rule = {
  id: 'APIGW-REST',
  severity: 'error',
  summary: 'A VPC link v1 reaches NLBs only; a REST API reaches an ALB through a VPC link v2.',
  docUrl: DOCS.APIGW_PI,
  dependsOn: API_KINDS,
  check({ index }) {
    const findings: Finding[] = [];
    for (const link of index.ofKind('vpc-link')) {
      if (link.version !== 'v1') continue;
      const albs = link.targets.map((id) => index.getOf(id, 'alb')).filter((alb) => alb !== undefined);
      if (albs.length === 0) continue;
      const apis = apisByLink(index).get(link.id) ?? [];
      findings.push(
        finding(this, 'error', [link.id, ...albs.map((a) => a.id), ...apis.map((a) => a.id)], `VPC link ${named(link)} is a v1 link pointed at ALB ${list(albs.map(named))}. A v1 VPC link only reaches Network Load Balancers: use a VPC link v2 (REST APIs reach an ALB directly over v2) or put an NLB in front of the ALB.`, {
          docUrl: DOCS.APIGW_V1,
          fixes: [toV2(index, link)],
        }),
      );
    }
    return findings;
  },
};

export const apiGatewayHttp: Rule = {
  id: 'APIGW-HTTP',
  severity: 'error',
  summary: 'An HTTP API private integration goes through a VPC link v2 to an ALB or NLB.',
  docUrl: DOCS.APIGW_HTTP,
  dependsOn: API_KINDS,
  check({ index }) {
    const findings: Finding[] = [];
    for (const { api, link, target } of linkedIntegrations(index)) {
      if (api.apiType !== 'http') continue;
      if (link.version === 'v1') {
        findings.push(finding(this, 'error', [api.id, link.id], `HTTP API ${named(api)} uses VPC link ${named(link)}, a v1 link. HTTP APIs only use VPC links v2.`, { suffix: 'link-version', fixes: [toV2(index, link)] }));
      } else if (target && !isBalancer(target)) {
        findings.push(finding(this, 'error', [api.id, link.id, target.id], `HTTP API ${named(api)} sends through VPC link ${named(link)} to ${named(target)}, which is not a load balancer. A VPC link v2 reaches an ALB, an NLB or a Cloud Map service.`, { suffix: 'target' }));
      }
    }
    return findings;
  },
};

export const apiGatewayAccount: Rule = {
  id: 'APIGW-ACCT',
  severity: 'error',
  summary: 'The API, its VPC link and the load balancer are in the same account.',
  docUrl: DOCS.APIGW_PI,
  dependsOn: [...API_KINDS, 'account', 'subnet', 'vpc'],
  check({ index }) {
    const findings: Finding[] = [];
    const seen = new Set<string>();
    for (const { api, link, target } of linkedIntegrations(index)) {
      const key = `${api.id}|${link.id}|${target?.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const parts = [api, link, ...(target ? [target] : [])];
      const owners = parts.map((p) => index.ownerOf(p.id));
      if (new Set(owners).size <= 1) continue;
      const described = parts.map((p, i) => `${named(p)} (account ${accountName(index, owners[i])})`);
      findings.push(finding(this, 'error', parts.map((p) => p.id), `API ${described[0]}, VPC link ${described[1]}${target ? ` and load balancer ${described[2]}` : ''} are not in one account. A private integration needs the API, the VPC link and the load balancer in the same account.`));
    }
    return findings;
  },
};

export const apiGatewayV2: Rule = {
  id: 'APIGW-V2',
  severity: 'info',
  summary: 'A VPC link v2 needs its subnets at creation (they never change) and goes INACTIVE after 60 idle days.',
  docUrl: DOCS.APIGW_V2,
  dependsOn: ['vpc-link', 'api-gateway'],
  check({ index }) {
    const findings: Finding[] = [];
    for (const link of index.ofKind('vpc-link')) {
      if (link.version !== 'v2') continue;
      if ((link.subnets ?? []).length === 0) {
        findings.push(finding(this, 'info', [link.id], `VPC link ${named(link)} (v2) has no subnets. A v2 link places its network interfaces in subnets you choose at creation; its subnets and security groups cannot be changed later.`, { suffix: 'subnets' }));
      }
      if (!apisByLink(index).has(link.id)) {
        findings.push(finding(this, 'info', [link.id], `VPC link ${named(link)} (v2) is used by no API integration. A v2 link idle for 60 days becomes INACTIVE.`, { suffix: 'idle' }));
      }
    }
    return findings;
  },
};

const isExecuteApi = (endpoint: ResourceOf<'vpc-endpoint'>) => endpoint.endpointType === 'interface' && endpoint.service.endsWith('execute-api');

export const apiGatewayPrivate: Rule = {
  id: 'APIGW-PRIVATE',
  severity: 'error',
  summary: 'Private APIs are REST APIs with a resource policy, called through an execute-api interface endpoint.',
  docUrl: DOCS.APIGW_PRIV,
  dependsOn: ['api-gateway', 'vpc-endpoint'],
  check({ index }) {
    const findings: Finding[] = [];
    const apis = index.ofKind('api-gateway');
    const endpoints = index.ofKind('vpc-endpoint').filter(isExecuteApi);
    for (const api of apis) {
      if (api.endpointType !== 'private') continue;
      if (api.apiType === 'http') {
        findings.push(finding(this, 'error', [api.id], `HTTP API ${named(api)} has a private endpoint type. Only REST APIs can be private; HTTP APIs are regional.`, { suffix: 'http', fixes: [patchFix('make-rest', 'Make it a REST API', api.id, { apiType: 'rest' })] }));
        continue;
      }
      if (!api.resourcePolicy) {
        findings.push(finding(this, 'error', [api.id], `Private REST API ${named(api)} has no resource policy. Without one every call is refused: allow the execute-api endpoint or the VPC in a resource policy.`, { suffix: 'policy', fixes: [patchFix('add-policy', 'Add a resource policy', api.id, { resourcePolicy: true })] }));
      }
      if (endpoints.length === 0) {
        findings.push(finding(this, 'warning', [api.id], `Private REST API ${named(api)} can only be called through an interface endpoint for execute-api, and the design has none.`, { suffix: 'endpoint' }));
      }
    }
    if (apis.some((api) => api.endpointType !== 'private')) {
      const publicApis = apis.filter((api) => api.endpointType !== 'private');
      for (const endpoint of endpoints) {
        if (!endpoint.privateDns) continue;
        findings.push(finding(this, 'warning', [endpoint.id, ...publicApis.map((a) => a.id)], `Endpoint ${named(endpoint)} for execute-api has private DNS turned on: from its VPC, calls to the default hostname of public APIs such as ${named(publicApis[0])} resolve to the endpoint and fail. Call them through a custom domain name, or turn private DNS off.`, { suffix: 'private-dns' }));
      }
    }
    return findings;
  },
};

export const apiGatewayRules: readonly Rule[] = [apiGatewayRest, apiGatewayHttp, apiGatewayAccount, apiGatewayV2, apiGatewayPrivate];
