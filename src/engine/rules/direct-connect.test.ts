import { describe, expect, it } from 'vitest';
import { design } from '../testing/builder.ts';
import { findingsOf } from './service-testing.ts';

/** A transit gateway with one attached VPC (10.0.0.0/16), and a Direct Connect gateway associated with it. */
function dx(association: Record<string, unknown> = {}) {
  return design('dx')
    .account('net')
    .vpc('main', 'net', '10.0.0.0/16')
    .subnet('a', 'main', '10.0.1.0/24', 'ap-northeast-2a')
    .add('transit-gateway', 'tgw', { parent: 'net', routeTables: [{ id: 'rt', name: 'shared', routes: [] }] })
    .add('tgw-attachment', 'att', { transitGateway: 'tgw', vpc: 'main', subnets: ['a'], routeTable: 'rt', propagations: ['rt'] })
    .add('dx-gateway', 'dxgw', { parent: 'net', amazonSideAsn: 65200, associations: [{ gateway: 'tgw', allowedPrefixes: ['10.0.0.0/16'], routeTable: 'rt', ...association }] })
    .build();
}

describe('DX-PREFIXES', () => {
  it('stays quiet when the allowed prefixes cover the attached VPCs, within the quota', () => {
    expect(findingsOf(dx(), 'DX-PREFIXES')).toEqual([]);
    expect(findingsOf(dx({ allowedPrefixes: ['10.0.0.0/8'] }), 'DX-PREFIXES')).toEqual([]);
  });

  it('refuses more than 200 allowed prefixes on a transit gateway association, citing the quota page', () => {
    const allowedPrefixes = Array.from({ length: 201 }, (_, i) => `10.${i}.0.0/16`);
    const [quota] = findingsOf(dx({ allowedPrefixes }), 'DX-PREFIXES');
    expect(quota).toMatchObject({ ruleId: 'DX-PREFIXES:quota', severity: 'error', resourceIds: ['dxgw', 'tgw'] });
    expect(quota?.docUrl).toBe('https://docs.aws.amazon.com/directconnect/latest/UserGuide/limits.html');
    expect(findingsOf(dx({ allowedPrefixes: allowedPrefixes.slice(0, 200) }), 'DX-PREFIXES')).toEqual([]);
  });

  it('warns about an attached VPC no allowed prefix covers, and about none at all', () => {
    const [uncovered] = findingsOf(dx({ allowedPrefixes: ['10.1.0.0/16'] }), 'DX-PREFIXES');
    expect(uncovered).toMatchObject({ ruleId: 'DX-PREFIXES:uncovered', severity: 'warning', resourceIds: ['dxgw', 'main'] });
    expect(findingsOf(dx({ allowedPrefixes: [] }), 'DX-PREFIXES')[0]?.message).toContain('allows no prefixes');
  });
});

describe('DX-ASSOCIATION', () => {
  it('refuses a Direct Connect gateway associated with a transit gateway and a virtual private gateway', () => {
    expect(findingsOf(dx(), 'DX-ASSOCIATION')).toEqual([]);
    const both = structuredClone(dx());
    const dxgw = both.resources.find((r) => r.id === 'dxgw') as { associations: object[] };
    both.resources.push({ id: 'vgw', kind: 'virtual-private-gateway', name: 'vgw', parent: 'main' });
    dxgw.associations.push({ gateway: 'vgw' });
    expect(findingsOf(both, 'DX-ASSOCIATION').map((f) => f.resourceIds)).toEqual([['dxgw']]);
  });
});
