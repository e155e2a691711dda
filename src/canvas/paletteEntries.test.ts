import { describe, expect, it } from 'vitest';
import { design } from '../engine/testing/builder.ts';
import { giveElasticIp, indexDesign, type Design, type OpResult } from '../engine/model/index.ts';
import { entryOperation, paletteEntry } from './paletteEntries.ts';

const ok = (result: OpResult): Design => {
  if (!result.ok) throw new Error(result.reason);
  return result.design;
};
const world = () =>
  design()
    .account('net')
    .vpc('main', 'net', '10.20.0.0/16', { region: 'eu-west-1' })
    .subnet('a', 'main', '10.20.0.0/24', 'eu-west-1a')
    .subnet('b', 'main', '10.20.1.0/24', 'eu-west-1b')
    .add('nat-gateway', 'nat', { parent: 'a', connectivity: 'public', elasticIps: [] })
    .add('nlb', 'nlb', { parent: 'a', subnets: ['b'], scheme: 'internet-facing', listeners: [] })
    .add('nat-gateway', 'private-nat', { parent: 'b', connectivity: 'private', elasticIps: [] })
    .add('instance', 'web', { parent: 'a', role: 'app', securityGroups: [] })
    .build();

describe('palette entries', () => {
  it('a Proxy is an EC2 instance in the proxy role, listening on 443', () => {
    const index = indexDesign(ok(entryOperation(paletteEntry('proxy')!, ['a'])(world())));
    expect(index.ofKind('instance').filter((i) => i.id !== 'web')).toEqual([expect.objectContaining({ parent: 'a', role: 'proxy', port: 443, name: 'proxy' })]);
  });

  it('a Partner network is an external network of the partner type, on the canvas', () => {
    const index = indexDesign(ok(entryOperation(paletteEntry('partner')!, ['a'])(world())));
    expect(index.ofKind('external')).toEqual([expect.objectContaining({ endpointType: 'partner', name: 'Partner network' })]);
    expect(index.ofKind('external')[0]).not.toHaveProperty('parent');
  });

  it('an Elastic IP goes to the selected NAT gateway, or one per subnet of the selected NLB', () => {
    const eip = paletteEntry('elastic-ip')!;
    const withNat = indexDesign(ok(entryOperation(eip, ['nat'])(world())));
    const nat = withNat.getOf('nat', 'nat-gateway')!;
    expect(nat.elasticIps).toHaveLength(1);
    expect(withNat.get(nat.elasticIps![0])).toMatchObject({ kind: 'elastic-ip', parent: 'net', region: 'eu-west-1' });
    const withNlb = indexDesign(ok(entryOperation(eip, ['nlb'])(world())));
    expect(withNlb.getOf('nlb', 'nlb')!.subnetMappings!.map((m) => [m.subnet, Boolean(m.elasticIp)])).toEqual([
      ['a', true],
      ['b', true],
    ]);
    const again = entryOperation(eip, ['nlb'])(ok(entryOperation(eip, ['nlb'])(world())));
    expect(again.ok ? '' : again.reason).toContain('already has an Elastic IP');
  });

  it('an instance takes one Elastic IP; a private NAT gateway and a subnet take none, and say why', () => {
    const eip = paletteEntry('elastic-ip')!;
    const withIp = ok(entryOperation(eip, ['web'])(world()));
    expect(indexDesign(withIp).getOf('web', 'instance')!.elasticIp).toMatch(/^eip/);
    const twice = entryOperation(eip, ['web'])(withIp);
    expect(twice.ok ? '' : twice.reason).toContain('already has an Elastic IP');
    const privateNat = entryOperation(eip, ['private-nat'])(world());
    expect(privateNat.ok ? '' : privateNat.reason).toContain('private NAT gateway: it takes no Elastic IP');
    const subnet = giveElasticIp(world(), 'a');
    expect(subnet.ok ? '' : subnet.reason).toBe('Select a NAT gateway, a Network Load Balancer or an EC2 instance to give an Elastic IP to.');
  });

  it('an Elastic IP with nothing to give it to says what to select', () => {
    const result = entryOperation(paletteEntry('elastic-ip')!, [])(world());
    expect(result.ok ? '' : result.reason).toContain('select one first');
  });
});
