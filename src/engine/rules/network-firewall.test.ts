import { describe, expect, it } from 'vitest';
import { AZ_A, AZ_C } from '../sim/testing.ts';
import { inspectedEgress, withRoute } from '../testing/inspection.ts';
import { design } from '../testing/builder.ts';
import { findingsOf } from './service-testing.ts';

describe('NFW-AZ', () => {
  it('stays quiet when every AZ with workloads has its endpoint', () => {
    expect(findingsOf(inspectedEgress(), 'NFW-AZ')).toEqual([]);
  });

  it('refuses a route to an endpoint the firewall does not have', () => {
    const findings = findingsOf(inspectedEgress({ mappings: ['fw-a'] }), 'NFW-AZ');
    expect(findings.map((f) => [f.ruleId, f.severity, ...f.resourceIds])).toEqual([
      ['NFW-AZ', 'error', 'rt-app-c', 'nfw'],
      ['NFW-AZ', 'error', 'rt-pub', 'nfw'],
    ]);
    expect(findings[0]?.message).toContain(`endpoint in ${AZ_C}`);
  });

  it('refuses a route without an endpoint AZ from workloads in an AZ without one', () => {
    const d = withRoute(inspectedEgress({ mappings: ['fw-a'] }), 'rt-app-c', '0.0.0.0/0', { endpointAz: undefined });
    const [error] = findingsOf(d, 'NFW-AZ');
    expect(error).toMatchObject({ ruleId: 'NFW-AZ', severity: 'error', resourceIds: ['nfw', 'c', 'app-c'] });
  });

  it('warns about workloads inspected by the endpoint of another AZ', () => {
    const d = withRoute(inspectedEgress({ mappings: ['fw-a'] }), 'rt-app-c', '0.0.0.0/0', { endpointAz: AZ_A });
    const [warning, ...rest] = findingsOf(d, 'NFW-AZ').filter((f) => f.resourceIds.includes('c'));
    expect(rest).toEqual([]);
    expect(warning).toMatchObject({ ruleId: 'NFW-AZ:cross-az', severity: 'warning', resourceIds: ['nfw', 'c', 'app-c'] });
  });
});

describe('NFW-ASYMMETRIC', () => {
  it('stays quiet when the NAT subnet sends each app subnet back through its endpoint', () => {
    expect(findingsOf(inspectedEgress(), 'NFW-ASYMMETRIC')).toEqual([]);
  });

  it('fires when the replies from the NAT gateway go straight back to the app subnets', () => {
    const findings = findingsOf(inspectedEgress({ returnRoutes: false }), 'NFW-ASYMMETRIC');
    expect(findings.map((f) => f.resourceIds)).toEqual([
      ['rt-pub', 'nfw', 'a'],
      ['rt-pub', 'nfw', 'c'],
    ]);
    expect(findings[0]?.message).toContain('NAT gateway `nat`');
  });

  it('fires when the reply is routed to the endpoint of another AZ', () => {
    const findings = findingsOf(withRoute(inspectedEgress(), 'rt-pub', '10.0.1.0/24', { endpointAz: AZ_C }), 'NFW-ASYMMETRIC');
    expect(findings.map((f) => f.resourceIds)).toEqual([['rt-pub', 'nfw', 'a']]);
    expect(findings[0]?.message).toContain(`endpoint in ${AZ_A}`);
  });
});

describe('TGW-APPLIANCE with a Network Firewall', () => {
  const inspection = (applianceMode: boolean) =>
    design('inspection')
      .account('net')
      .vpc('insp', 'net', '10.9.0.0/16')
      .subnet('tgw-a', 'insp', '10.9.0.0/28', AZ_A)
      .subnet('fw-a', 'insp', '10.9.1.0/28', AZ_A)
      .add('network-firewall', 'nfw', { parent: 'fw-a', subnetMappings: [{ subnet: 'fw-a' }] })
      .add('transit-gateway', 'tgw', { parent: 'net', routeTables: [{ id: 'tgw-rt', name: 'inspection', routes: [] }] })
      .add('tgw-attachment', 'att-insp', { transitGateway: 'tgw', vpc: 'insp', subnets: ['tgw-a'], routeTable: 'tgw-rt', applianceMode })
      .build();

  it('fires for the inspection VPC attachment without appliance mode, and not with it', () => {
    expect(findingsOf(inspection(false), 'TGW-APPLIANCE').map((f) => f.resourceIds)).toEqual([['att-insp', 'nfw']]);
    expect(findingsOf(inspection(true), 'TGW-APPLIANCE')).toEqual([]);
  });
});
