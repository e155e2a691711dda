import { describe, expect, it } from 'vitest';
import { design } from '../testing/builder.ts';
import { findingsOf } from './service-testing.ts';

const S3 = (region: string) => `com.amazonaws.${region}.s3`;

/** VPC `main` (ap-northeast-2) with an S3 gateway endpoint; VPC `far` in `farRegion`, attached to a TGW. */
function endpoints({ service = S3('ap-northeast-2'), farRegion = 'us-east-1', farRoute = false } = {}) {
  const b = design('gateway endpoints')
    .account('net')
    .vpc('main', 'net', '10.0.0.0/16')
    .subnet('a', 'main', '10.0.1.0/24', 'ap-northeast-2a')
    .vpc('far', 'net', '10.1.0.0/16', { region: farRegion })
    .subnet('f', 'far', '10.1.1.0/24', `${farRegion}a`)
    .add('transit-gateway', 'tgw', { parent: 'net', routeTables: [] })
    .add('vpc-endpoint', 'vpce-s3', { parent: 'main', endpointType: 'gateway', service, subnets: [], routeTables: ['main-rtb-main'], prefixListId: 'pl-78a54011', prefixListCidrs: ['52.219.56.0/22'] });
  if (farRoute) b.routes('far-rtb-main', { destination: '52.219.56.0/22', target: 'tgw' });
  return b.build();
}

describe('GWE-REGION', () => {
  it("stays quiet for an endpoint of its own Region's service, used by its own VPC", () => {
    expect(findingsOf(endpoints(), 'GWE-REGION')).toEqual([]);
  });

  it("refuses an endpoint for another Region's service", () => {
    const [error, ...rest] = findingsOf(endpoints({ service: S3('us-east-1') }), 'GWE-REGION');
    expect(rest).toEqual([]);
    expect(error).toMatchObject({ ruleId: 'GWE-REGION', severity: 'error', resourceIds: ['vpce-s3', 'main'] });
    expect(error?.message).toContain('com.amazonaws.ap-northeast-2.s3');
  });

  it("warns about a VPC in another Region routing the endpoint's prefix-list addresses to a transit gateway", () => {
    const [warning, ...rest] = findingsOf(endpoints({ farRoute: true }), 'GWE-REGION');
    expect(rest).toEqual([]);
    expect(warning).toMatchObject({ ruleId: 'GWE-REGION:remote', severity: 'warning', resourceIds: ['far-rtb-main', 'vpce-s3'] });
    expect(warning?.message).toContain('in us-east-1 while the endpoint is in ap-northeast-2');
  });
});

describe('GWE-SERVICE', () => {
  it('stays quiet for S3 and DynamoDB and refuses any other service', () => {
    expect(findingsOf(endpoints(), 'GWE-SERVICE')).toEqual([]);
    expect(findingsOf(endpoints({ service: 'com.amazonaws.ap-northeast-2.dynamodb' }), 'GWE-SERVICE')).toEqual([]);
    const [error] = findingsOf(endpoints({ service: 'com.amazonaws.ap-northeast-2.sqs' }), 'GWE-SERVICE');
    expect(error).toMatchObject({ ruleId: 'GWE-SERVICE', severity: 'error', resourceIds: ['vpce-s3'] });
  });
});
