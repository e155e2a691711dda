import { describe, expect, it } from 'vitest';
import { indexDesign } from '../model/index.ts';
import { design } from '../testing/builder.ts';
import { applyFix, findingsOf } from './service-testing.ts';

/** Seed scenario 5: a REST API with a VPC link to an internal NLB, all in account `api`. */
function seed5() {
  return design('api gateway')
    .account('api')
    .vpc('v', 'api', '10.30.0.0/16')
    .subnet('p1', 'v', '10.30.1.0/24', 'ap-northeast-2a')
    .subnet('p2', 'v', '10.30.2.0/24', 'ap-northeast-2c')
    .add('nlb', 'nlb', { parent: 'p1', subnets: ['p1', 'p2'], listeners: [{ protocol: 'TCP', port: 8080 }] })
    .add('security-group', 'alb-sg', { parent: 'v', ingress: [{ protocol: 'tcp', fromPort: 80, toPort: 80, peer: { kind: 'cidr', cidr: '10.30.0.0/16' } }], egress: [{ protocol: 'all', fromPort: 0, toPort: 65535, peer: { kind: 'cidr', cidr: '0.0.0.0/0' } }] })
    .add('alb', 'alb', { parent: 'p1', subnets: ['p1', 'p2'], securityGroups: ['alb-sg'], listeners: [{ protocol: 'HTTP', port: 80 }] })
    .add('api-gateway', 'orders-api', { parent: 'api', apiType: 'rest' });
}

const v1ToAlb = () =>
  seed5()
    .add('vpc-link', 'link-v1', { parent: 'api', version: 'v1', targets: ['alb'] })
    .update('orders-api', { integrations: [{ path: '/{proxy+}', method: 'ANY', vpcLink: 'link-v1', target: 'alb' }] });

describe('APIGW-REST', () => {
  it('refuses a VPC link v1 pointed at an ALB; the fix makes it a v2 link in the ALB subnets', () => {
    const d = v1ToAlb().build();
    const [error, ...rest] = findingsOf(d, 'APIGW-REST');
    expect(rest).toEqual([]);
    expect(error).toMatchObject({ severity: 'error', resourceIds: ['link-v1', 'alb', 'orders-api'] });
    const fixed = applyFix(d, error!, 'use-vpc-link-v2');
    expect(fixed.remaining).toEqual([]);
    expect(fixed.newErrors).toEqual([]);
    expect(indexDesign(fixed.design).getOf('link-v1', 'vpc-link')).toMatchObject({ version: 'v2', subnets: ['p1', 'p2'] });
  });
  it('accepts the seed: v1 to the NLB, and v2 to the ALB', () => {
    expect(findingsOf(seed5().connect('orders-api', 'nlb').build(), 'APIGW-REST')).toEqual([]);
    const v2 = seed5().connect('orders-api', 'alb').build();
    expect(indexDesign(v2).ofKind('vpc-link')[0]!.version).toBe('v2');
    expect(findingsOf(v2, 'APIGW-REST')).toEqual([]);
  });
});

describe('APIGW-HTTP', () => {
  it('refuses an HTTP API on a v1 link and a v2 link to a non-load-balancer', () => {
    const v1 = seed5()
      .update('orders-api', { apiType: 'http' })
      .add('vpc-link', 'link-v1', { parent: 'api', version: 'v1', targets: ['nlb'] })
      .update('orders-api', { integrations: [{ path: '/', method: 'ANY', vpcLink: 'link-v1', target: 'nlb' }] })
      .build();
    const [error] = findingsOf(v1, 'APIGW-HTTP');
    expect(error?.ruleId).toBe('APIGW-HTTP:link-version');
    const fixed = applyFix(v1, error!, 'use-vpc-link-v2');
    expect(fixed.remaining).toEqual([]);
    expect(fixed.newErrors).toEqual([]);
    const toInstance = seed5()
      .update('orders-api', { apiType: 'http' })
      .add('instance', 'box', { parent: 'p1' })
      .add('vpc-link', 'link', { parent: 'api', version: 'v2', targets: ['nlb'], subnets: ['p1'] })
      .update('orders-api', { integrations: [{ path: '/', method: 'ANY', vpcLink: 'link', target: 'box' }] })
      .build();
    expect(findingsOf(toInstance, 'APIGW-HTTP').map((f) => f.ruleId)).toEqual(['APIGW-HTTP:target']);
  });
  it('is quiet for an HTTP API on a v2 link to an ALB or an NLB', () => {
    const d = seed5().update('orders-api', { apiType: 'http' }).connect('orders-api', 'nlb').connect('orders-api', 'alb').build();
    expect(findingsOf(d, 'APIGW-HTTP')).toEqual([]);
  });
});

describe('APIGW-ACCT', () => {
  it('refuses an API, VPC link and NLB in different accounts, naming the accounts', () => {
    const d = seed5()
      .account('edge')
      .add('api-gateway', 'edge-api', { parent: 'edge', apiType: 'rest' })
      .add('vpc-link', 'link', { parent: 'edge', version: 'v1', targets: ['nlb'] })
      .update('edge-api', { integrations: [{ path: '/', method: 'ANY', vpcLink: 'link', target: 'nlb' }] })
      .build();
    const [error, ...rest] = findingsOf(d, 'APIGW-ACCT');
    expect(rest).toEqual([]);
    expect(error?.resourceIds).toEqual(['edge-api', 'link', 'nlb']);
    expect(error?.message).toContain('(account api)');
    expect(error?.message).toContain('(account edge)');
  });
  it('is quiet when all three are in one account', () => {
    expect(findingsOf(seed5().connect('orders-api', 'nlb').build(), 'APIGW-ACCT')).toEqual([]);
  });
});

describe('APIGW-V2', () => {
  it('notes a v2 link without subnets and one that nothing uses', () => {
    const d = seed5().add('vpc-link', 'link', { parent: 'api', version: 'v2', targets: ['alb'] }).build();
    expect(findingsOf(d, 'APIGW-V2').map((f) => [f.ruleId, f.severity]).sort()).toEqual([
      ['APIGW-V2:idle', 'info'],
      ['APIGW-V2:subnets', 'info'],
    ]);
  });
  it('is quiet for a used v2 link with subnets', () => {
    expect(findingsOf(seed5().connect('orders-api', 'alb').build(), 'APIGW-V2')).toEqual([]);
  });
});

describe('APIGW-PRIVATE', () => {
  it('refuses a private HTTP API, and a private REST API without a resource policy or endpoint', () => {
    const http = seed5().update('orders-api', { apiType: 'http', endpointType: 'private' }).build();
    expect(findingsOf(http, 'APIGW-PRIVATE').map((f) => f.ruleId)).toEqual(['APIGW-PRIVATE:http']);
    const rest = seed5().update('orders-api', { endpointType: 'private' }).build();
    const found = findingsOf(rest, 'APIGW-PRIVATE');
    expect(found.map((f) => [f.ruleId, f.severity])).toEqual([
      ['APIGW-PRIVATE:policy', 'error'],
      ['APIGW-PRIVATE:endpoint', 'warning'],
    ]);
    const fixed = applyFix(rest, found[0]!, 'add-policy');
    expect(fixed.remaining.map((f) => f.ruleId)).toEqual(['APIGW-PRIVATE:endpoint']);
    expect(fixed.newErrors).toEqual([]);
  });
  it('warns that private DNS on the execute-api endpoint breaks calls to public APIs', () => {
    const d = seed5()
      .add('vpc-endpoint', 'vpce-api', { parent: 'v', endpointType: 'interface', service: 'com.amazonaws.ap-northeast-2.execute-api', subnets: ['p1'], privateDns: true })
      .build();
    expect(findingsOf(d, 'APIGW-PRIVATE').map((f) => f.ruleId)).toEqual(['APIGW-PRIVATE:private-dns']);
  });
  it('is quiet for a private REST API with a policy and an endpoint, and for public APIs', () => {
    const d = seed5()
      .update('orders-api', { endpointType: 'private', resourcePolicy: true })
      .add('vpc-endpoint', 'vpce-api', { parent: 'v', endpointType: 'interface', service: 'com.amazonaws.ap-northeast-2.execute-api', subnets: ['p1'], privateDns: true })
      .build();
    expect(findingsOf(d, 'APIGW-PRIVATE')).toEqual([]);
    expect(findingsOf(seed5().build(), 'APIGW-PRIVATE')).toEqual([]);
  });
});
