import { describe, expect, it } from 'vitest';
import { design, from } from '../testing/builder.ts';
import { addResource, connect, freeAddress, freeTargetAddress, indexDesign, newFittedResource, type Design, type OpResult } from './index.ts';

const ok = (result: OpResult): Design => {
  if (!result.ok) throw new Error(result.reason);
  return result.design;
};

/** Adds `count` subnets to `vpc` the way the palette does, with no fields given. */
const addSubnets = (start: Design, vpc: string, count: number): Design => {
  let current = start;
  for (let i = 0; i < count; i++) current = ok(addResource(current, newFittedResource(current, 'subnet', { parent: vpc })));
  return current;
};
const subnetsOf = (d: Design, vpc: string) =>
  indexDesign(d).ofKind('subnet').filter((s) => s.parent === vpc).map((s) => `${s.cidr} ${s.availabilityZone}`);

describe('a new subnet', () => {
  it('takes the next free /24 of its VPC and alternates two AZs of the VPC Region', () => {
    const start = design().account('net').vpc('main', 'net', '10.20.0.0/16', { region: 'eu-west-1' }).build();
    expect(subnetsOf(addSubnets(start, 'main', 4), 'main')).toEqual([
      '10.20.0.0/24 eu-west-1a',
      '10.20.1.0/24 eu-west-1b',
      '10.20.2.0/24 eu-west-1a',
      '10.20.3.0/24 eu-west-1b',
    ]);
  });

  it('steps around blocks already taken and follows the AZs the VPC already uses', () => {
    const start = design()
      .account('net')
      .vpc('main', 'net', '10.20.0.0/16')
      .subnet('a', 'main', '10.20.0.0/24', 'ap-northeast-2a')
      .subnet('c', 'main', '10.20.2.0/23', 'ap-northeast-2c')
      .subnet('a2', 'main', '10.20.4.0/24', 'ap-northeast-2a')
      .build();
    expect(subnetsOf(addSubnets(start, 'main', 2), 'main').slice(3)).toEqual(['10.20.1.0/24 ap-northeast-2c', '10.20.5.0/24 ap-northeast-2a']);
  });

  it('is a quarter of a small VPC, then smaller blocks down to a /28 when that is all that is left', () => {
    const small = design().account('net').vpc('tiny', 'net', '10.9.0.0/24').build();
    expect(subnetsOf(addSubnets(small, 'tiny', 4), 'tiny').map((s) => s.split(' ')[0])).toEqual([
      '10.9.0.0/26',
      '10.9.0.64/26',
      '10.9.0.128/26',
      '10.9.0.192/26',
    ]);
    const nearlyFull = design()
      .account('net')
      .vpc('tiny', 'net', '10.9.0.0/24')
      .subnet('big', 'tiny', '10.9.0.0/25', 'ap-northeast-2a')
      .subnet('mid', 'tiny', '10.9.0.128/26', 'ap-northeast-2b')
      .subnet('low', 'tiny', '10.9.0.192/27', 'ap-northeast-2a')
      .build();
    expect(subnetsOf(addSubnets(nearlyFull, 'tiny', 1), 'tiny')[3]).toBe('10.9.0.224/27 ap-northeast-2b');
    const full = from(nearlyFull).subnet('tail', 'tiny', '10.9.0.224/28', 'ap-northeast-2b').build();
    expect(subnetsOf(addSubnets(full, 'tiny', 1), 'tiny')[4]).toBe('10.9.0.240/28 ap-northeast-2a');
  });

  it('uses the VPC second CIDR when the first is full', () => {
    const start = design()
      .account('net')
      .vpc('main', 'net', ['10.1.0.0/24', '10.2.0.0/24'])
      .subnet('all', 'main', '10.1.0.0/24', 'ap-northeast-2a')
      .build();
    expect(subnetsOf(addSubnets(start, 'main', 1), 'main')[1]).toBe('10.2.0.0/26 ap-northeast-2b');
  });
});

describe('a new VPC', () => {
  it('takes the next /16 no other VPC uses, in the Region of the account other VPCs are in', () => {
    const start = design().account('net').vpc('main', 'net', '10.0.0.0/16', { region: 'us-east-1' }).build();
    const vpc = newFittedResource(start, 'vpc', { parent: 'net' });
    expect(vpc).toMatchObject({ cidrs: ['10.1.0.0/16'], region: 'us-east-1' });
  });
});

describe('addresses offered', () => {
  const world = () =>
    design()
      .account('net')
      .vpc('main', 'net', '10.20.0.0/16')
      .subnet('a', 'main', '10.20.1.0/24', 'ap-northeast-2a')
      .subnet('b', 'main', '10.20.2.0/24', 'ap-northeast-2b')
      .add('nlb', 'nlb', { parent: 'b', listeners: [{ protocol: 'TCP', port: 443, targetGroup: 'tg' }] })
      .add('target-group', 'tg', { parent: 'main', targetType: 'ip', protocol: 'TCP', port: 443, targets: [{ target: '10.20.2.10' }] })
      .add('instance', 'web', { parent: 'b', privateIp: '10.20.2.11' });

  it('are inside the subnet and used by no interface, target or fixed address', () => {
    const d = world().build();
    expect(freeAddress(d, 'b')).toBe('10.20.2.12');
    expect(freeAddress(d, 'a')).toBe('10.20.1.10');
    expect(freeAddress(d, 'nowhere')).toBeUndefined();
  });

  it('for a target group, are in the subnet of the load balancer forwarding to it', () => {
    expect(freeTargetAddress(world().build(), 'tg')).toBe('10.20.2.12');
    const orphan = from(world().build()).add('target-group', 'tg2', { parent: 'main', targetType: 'ip', protocol: 'TCP', port: 80, targets: [] }).build();
    expect(freeTargetAddress(orphan, 'tg2')).toBe('10.20.1.10');
  });
});

describe('target groups by listener', () => {
  const world = () =>
    design()
      .account('net')
      .vpc('main', 'net', '10.20.0.0/16')
      .subnet('a', 'main', '10.20.0.0/24', 'ap-northeast-2a')
      .subnet('b', 'main', '10.20.1.0/24', 'ap-northeast-2b')
      .add('nlb', 'nlb', { parent: 'a', subnets: ['b'], scheme: 'internet-facing', listeners: [{ protocol: 'TCP', port: 443 }] })
      .add('alb', 'alb', { parent: 'a', subnets: ['b'], listeners: [{ protocol: 'HTTP', port: 8080 }] })
      .add('instance', 'proxy-1', { parent: 'a', role: 'proxy' })
      .add('instance', 'proxy-2', { parent: 'b', role: 'proxy' })
      .add('instance', 'app', { parent: 'b', port: 3000 })
      .build();

  it('a target group gets the listener port', () => {
    const index = indexDesign(ok(connect(world(), 'nlb', 'proxy-1')));
    expect(index.ofKind('target-group')).toEqual([expect.objectContaining({ protocol: 'TCP', port: 443, targets: [{ target: 'proxy-1' }] })]);
    expect(index.getOf('nlb', 'nlb')!.listeners).toEqual([{ protocol: 'TCP', port: 443, targetGroup: index.ofKind('target-group')[0]!.id }]);
  });

  it('a second target joins the listener group, and the edge to it is drawn', () => {
    const d = ok(connect(ok(connect(world(), 'nlb', 'proxy-1')), 'nlb', 'proxy-2'));
    const index = indexDesign(d);
    expect(index.ofKind('target-group')).toHaveLength(1);
    expect(index.ofKind('target-group')[0]!.targets).toEqual([{ target: 'proxy-1' }, { target: 'proxy-2' }]);
    const result = connect(d, 'nlb', 'proxy-2');
    expect(result.ok ? '' : result.reason).toContain('already a target');
  });

  it('a balancer with no listener gets one on the target port', () => {
    const start = from(world()).add('alb', 'alb2', { parent: 'a', subnets: ['b'], listeners: [] }).build();
    const index = indexDesign(ok(connect(start, 'alb2', 'app')));
    expect(index.getOf('alb2', 'alb')!.listeners).toEqual([expect.objectContaining({ protocol: 'HTTP', port: 3000 })]);
    expect(index.ofKind('target-group')[0]).toMatchObject({ protocol: 'HTTP', port: 3000 });
  });

  it('a target of another type gets its own group on a new listener at the target port', () => {
    const withProxies = ok(connect(world(), 'nlb', 'proxy-1'));
    const index = indexDesign(ok(connect(withProxies, 'nlb', 'alb')));
    const nlb = index.getOf('nlb', 'nlb')!;
    expect(nlb.listeners.map((l) => l.port)).toEqual([443, 8080]);
    expect(index.getOf(nlb.listeners[1]!.targetGroup, 'target-group')).toMatchObject({ targetType: 'alb', port: 8080 });
  });

  it('a proxy upstream to an ALB takes the ALB listener port', () => {
    expect(indexDesign(ok(connect(world(), 'proxy-1', 'alb'))).get('proxy-1')).toMatchObject({ upstream: { target: 'alb', port: 8080 } });
  });
});

describe('a new load balancer', () => {
  const world = () =>
    design()
      .account('net')
      .vpc('main', 'net', '10.20.0.0/16')
      .add('internet-gateway', 'igw', { parent: 'main' })
      .add('route-table', 'public', { parent: 'main', routes: [{ destination: '0.0.0.0/0', target: 'igw' }] })
      .subnet('pub-a', 'main', '10.20.0.0/24', 'ap-northeast-2a', { routeTable: 'public' })
      .subnet('pub-b', 'main', '10.20.1.0/24', 'ap-northeast-2b', { routeTable: 'public' })
      .subnet('priv-a', 'main', '10.20.2.0/24', 'ap-northeast-2a')
      .subnet('priv-b', 'main', '10.20.3.0/24', 'ap-northeast-2b')
      .build();

  it('in a public subnet faces the internet and spans the public subnet of the other AZ', () => {
    expect(newFittedResource(world(), 'nlb', { parent: 'pub-a' })).toMatchObject({ scheme: 'internet-facing', subnets: ['pub-b'] });
  });

  it('in a private subnet is internal and spans the private subnet of the other AZ', () => {
    expect(newFittedResource(world(), 'alb', { parent: 'priv-b' })).toMatchObject({ scheme: 'internal', subnets: ['priv-a'] });
  });
});
