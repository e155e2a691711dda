import { describe, expect, it } from 'vitest';
import { AZ_A, allow, group, oneVpc, path, run, show } from './testing.ts';

const S3_RANGES = ['52.219.56.0/22', '52.219.60.0/23'];
const S3_ADDRESS = '52.219.58.10';

interface Options {
  service?: string;
  associated?: boolean;
  nacl?: boolean;
}

/** An app in private subnet `a` of `main`, with an S3 gateway endpoint associated with the main table. */
function privateS3({ service = 'com.amazonaws.ap-northeast-2.s3', associated = true, nacl = false }: Options = {}) {
  const b = oneVpc()
    .add('vpc-endpoint', 'vpce-s3', {
      parent: 'main',
      endpointType: 'gateway',
      service,
      subnets: [],
      routeTables: associated ? ['main-rtb-main'] : [],
      prefixListId: 'pl-78a54011',
      prefixListCidrs: S3_RANGES,
    })
    .add('instance', 'app', { parent: 'a', securityGroups: ['sg-app'] });
  if (nacl) {
    b.add('network-acl', 'acl-a', {
      parent: 'main',
      inbound: [{ ruleNumber: 100, protocol: 'tcp', fromPort: 443, toPort: 443, cidr: '10.0.0.0/16', action: 'allow' }],
      outbound: [{ ruleNumber: 100, protocol: 'all', fromPort: 0, toPort: 65535, cidr: '0.0.0.0/0', action: 'allow' }],
    }).update('a', { networkAcl: 'acl-a' });
  }
  return group(b, 'sg-app', 'main', []).build();
}

describe('gateway VPC endpoints', () => {
  it("routes a flow to S3 through the endpoint by its prefix list, and the reply back through it", () => {
    const result = run(privateS3(), 'app', S3_ADDRESS);
    expect(result.verdict, show(result)).toEqual({ reachable: true });
    const route = result.forward.find((h) => h.step === 'route');
    expect(route?.matched).toBe('pl-78a54011 (52.219.56.0/22) → vpce-s3');
    expect(route?.decided).toEqual({ kind: 'route', table: 'main-rtb-main', destination: 'pl-78a54011', target: 'vpce-s3' });
    expect(path(result)).toContain('endpoint vpce-s3 forward');
    expect(result.forward.at(-1)?.note).toContain('com.amazonaws.ap-northeast-2.s3');
    expect(path(result, 'reply')).toEqual(['reply-endpoint vpce-s3 forward', 'reply-nacl-in main-acl-default allow', 'reply-deliver app allow']);
  });

  it('sends nothing to S3 from a table the endpoint is not associated with', () => {
    const result = run(privateS3({ associated: false }), 'app', S3_ADDRESS);
    expect(result.verdict).toEqual({ reachable: false, reason: 'NO_ROUTE', at: 'main-rtb-main' });
  });

  it('drops the reply at a NACL that does not let the service answer to ephemeral ports', () => {
    const result = run(privateS3({ nacl: true }), 'app', S3_ADDRESS);
    expect(result.verdict, show(result)).toEqual({ reachable: false, reason: 'REPLY_NACL_DENY', at: 'acl-a' });
  });

  it("refuses an endpoint for another Region's service (GWE-REGION)", () => {
    const result = run(privateS3({ service: 'com.amazonaws.us-east-1.s3' }), 'app', S3_ADDRESS);
    expect(result.verdict).toEqual({ reachable: false, reason: 'GATEWAY_ENDPOINT_SCOPE', at: 'vpce-s3' });
    expect(result.forward.at(-1)?.note).toContain('us-east-1');
  });

  it('does not carry traffic that came into the VPC through a transit gateway', () => {
    const b = oneVpc()
      .vpc('spoke', 'net', '10.1.0.0/16')
      .subnet('s1', 'spoke', '10.1.1.0/24', AZ_A)
      .add('transit-gateway', 'tgw', { parent: 'net', routeTables: [{ id: 'tgw-rt', name: 'shared', routes: [{ destination: '52.219.56.0/22', attachment: 'att-main' }] }] })
      .add('tgw-attachment', 'att-main', { transitGateway: 'tgw', vpc: 'main', subnets: ['a'], routeTable: 'tgw-rt', propagations: ['tgw-rt'] })
      .add('tgw-attachment', 'att-spoke', { transitGateway: 'tgw', vpc: 'spoke', subnets: ['s1'], routeTable: 'tgw-rt', propagations: ['tgw-rt'] })
      .routes('spoke-rtb-main', { destination: '52.219.56.0/22', target: 'tgw' })
      .add('vpc-endpoint', 'vpce-s3', { parent: 'main', endpointType: 'gateway', service: 'com.amazonaws.ap-northeast-2.s3', subnets: [], routeTables: ['main-rtb-main'], prefixListId: 'pl-78a54011', prefixListCidrs: S3_RANGES })
      .add('instance', 'remote', { parent: 's1', securityGroups: ['sg-remote'] });
    const result = run(group(b, 'sg-remote', 'spoke', [allow('10.0.0.0/8', 443)]).build(), 'remote', S3_ADDRESS);
    expect(result.verdict, show(result)).toEqual({ reachable: false, reason: 'GATEWAY_ENDPOINT_SCOPE', at: 'vpce-s3' });
    expect(result.forward.at(-1)?.note).toContain('transit gateway');
  });
});
