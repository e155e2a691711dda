import { describe, expect, it } from 'vitest';
import { design } from '../testing/builder.ts';
import { findingsOf } from './service-testing.ts';

/** Three transit gateways, seoul peered with tokyo and tokyo with osaka; `tokyoRoutes` in the tokyo table seoul's traffic arrives in. */
function peered(options: { propagations?: string[]; tokyoRoutes?: object[] } = {}) {
  return design('peering')
    .account('net')
    .add('transit-gateway', 'seoul', { parent: 'net', region: 'ap-northeast-2', routeTables: [{ id: 'rt-seoul', name: 'seoul', routes: [] }] })
    .add('transit-gateway', 'tokyo', { parent: 'net', region: 'ap-northeast-1', routeTables: [{ id: 'rt-tokyo', name: 'tokyo', routes: options.tokyoRoutes ?? [] }, { id: 'rt-tokyo-osaka', name: 'from osaka', routes: [] }] })
    .add('transit-gateway', 'osaka', { parent: 'net', region: 'ap-northeast-3', routeTables: [{ id: 'rt-osaka', name: 'osaka', routes: [] }] })
    .add('tgw-peering', 'p1', { requester: 'seoul', accepter: 'tokyo', requesterRouteTable: 'rt-seoul', accepterRouteTable: 'rt-tokyo', propagations: options.propagations ?? [] })
    .add('tgw-peering', 'p2', { requester: 'tokyo', accepter: 'osaka', requesterRouteTable: 'rt-tokyo-osaka', accepterRouteTable: 'rt-osaka' })
    .build();
}

describe('TGW-PEERING-STATIC', () => {
  it('stays quiet for a peering with static routes only', () => {
    expect(findingsOf(peered({ tokyoRoutes: [{ destination: '10.10.0.0/16', attachment: 'p1' }] }), 'TGW-PEERING-STATIC')).toEqual([]);
  });

  it('refuses a table set to learn routes by propagation over a peering', () => {
    const [found] = findingsOf(peered({ propagations: ['rt-tokyo'] }), 'TGW-PEERING-STATIC');
    expect(found).toMatchObject({ severity: 'error', resourceIds: ['p1'] });
    expect(found?.message).toContain('`tokyo`');
  });
});

describe('TGW-PEERING-TRANSIT', () => {
  it('stays quiet when the table traffic arrives in sends only to its own peering and attachments', () => {
    expect(findingsOf(peered({ tokyoRoutes: [{ destination: '10.10.0.0/16', attachment: 'p1' }] }), 'TGW-PEERING-TRANSIT')).toEqual([]);
  });

  it('warns about a route through two peerings', () => {
    const found = findingsOf(peered({ tokyoRoutes: [{ destination: '10.30.0.0/16', attachment: 'p2' }] }), 'TGW-PEERING-TRANSIT');
    expect(found.map((f) => f.resourceIds)).toEqual([['tokyo', 'p1', 'p2']]);
  });
});
