import { describe, expect, it } from 'vitest';
import { design, from } from '../testing/builder.ts';
import {
  addResource,
  connect,
  connectionMeaning,
  indexDesign,
  moveResource,
  newResource,
  removeResources,
  updateResource,
  type Design,
  type OpResult,
} from './index.ts';

const ok = (result: OpResult): Design => {
  if (!result.ok) throw new Error(result.reason);
  return result.design;
};
const reason = (result: OpResult | { ok: boolean; reason?: string }): string => {
  if (result.ok) throw new Error('expected a refusal');
  return (result as { reason: string }).reason;
};

/** Two accounts, a VPC with two subnets in two AZs and one in another VPC. */
const base = () =>
  design()
    .account('net')
    .account('app')
    .vpc('main', 'net', '10.0.0.0/16')
    .subnet('a', 'main', '10.0.1.0/24', 'ap-northeast-2a')
    .subnet('c', 'main', '10.0.2.0/24', 'ap-northeast-2c')
    .subnet('a2', 'main', '10.0.3.0/24', 'ap-northeast-2a')
    .vpc('other', 'app', '10.1.0.0/16')
    .subnet('b', 'other', '10.1.1.0/24', 'ap-northeast-2a');

describe('addResource', () => {
  it('gives a new VPC a main route table with its local routes, an allow-all default NACL and a default security group', () => {
    const start = design().account('net').build();
    const vpc = newResource(start, 'vpc', {
      id: 'v',
      parent: 'net',
      name: 'prod',
      cidrs: ['10.0.0.0/16', '100.64.0.0/24'],
    });
    const result = addResource(start, vpc, { x: 10, y: 20, w: 400, h: 300 });
    const d = ok(result);
    expect(result.ok && result.ids).toEqual(['v', 'v-rtb-main', 'v-acl-default', 'v-sg-default']);
    const index = indexDesign(d);
    expect(index.mainRouteTable('v')).toMatchObject({
      main: true,
      routes: [
        { destination: '10.0.0.0/16', target: 'local' },
        { destination: '100.64.0.0/24', target: 'local' },
      ],
    });
    const allowAll = [
      {
        ruleNumber: 100,
        protocol: 'all',
        fromPort: 0,
        toPort: 65535,
        cidr: '0.0.0.0/0',
        action: 'allow',
      },
    ];
    expect(index.defaultNetworkAcl('v')).toMatchObject({
      default: true,
      inbound: allowAll,
      outbound: allowAll,
    });
    expect(index.defaultSecurityGroup('v')).toMatchObject({
      default: true,
      ingress: [
        { protocol: 'all', peer: { kind: 'security-group', securityGroup: 'v-sg-default' } },
      ],
      egress: [{ protocol: 'all', peer: { kind: 'cidr', cidr: '0.0.0.0/0' } }],
    });
    expect(d.layout.v).toEqual({ x: 10, y: 20, w: 400, h: 300 });
    expect(start.resources).toHaveLength(1);
  });

  it('picks fresh ids for the defaults when the usual ones are taken', () => {
    const start = design()
      .account('net')
      .add('prefix-list', 'v-rtb-main', { parent: 'net', cidrs: [] })
      .build();
    const d = ok(addResource(start, newResource(start, 'vpc', { id: 'v', parent: 'net' })));
    expect(indexDesign(d).mainRouteTable('v')?.id).toBe('rtb-1');
  });

  it('refuses a resource where it cannot live, saying where it may go', () => {
    const d = base().build();
    expect(reason(addResource(d, newResource(d, 'subnet', { id: 's' })))).toBe(
      'Subnet cannot go on the canvas itself: it may go inside a vpc.',
    );
    expect(reason(addResource(d, newResource(d, 'vpc', { id: 'v2', parent: 'a' })))).toBe(
      'VPC cannot go in subnet "a": it may go inside an account.',
    );
    expect(reason(addResource(d, newResource(d, 'nlb', { id: 'n', parent: 'main' })))).toBe(
      'Network Load Balancer cannot go in vpc "main": it may go inside a subnet.',
    );
    expect(reason(addResource(d, newResource(d, 'instance', { id: 'i', parent: 'nowhere' })))).toBe(
      'There is no container "nowhere".',
    );
  });

  it('refuses a taken id and an invalid field', () => {
    const d = base().build();
    expect(reason(addResource(d, newResource(d, 'account', { id: 'net' })))).toBe(
      'The id "net" is already used.',
    );
    expect(
      reason(
        addResource(d, newResource(d, 'subnet', { id: 's', parent: 'main', cidr: '10.0.5.1/24' })),
      ),
    ).toContain('has host bits set: a /24 block starts at 10.0.5.0, so write 10.0.5.0/24');
  });
});

describe('moveResource', () => {
  it('moves a subnet to another VPC with its contents', () => {
    const d = base().add('instance', 'web', { parent: 'a' }).build();
    const moved = ok(moveResource(d, 'a', 'other', { x: 5, y: 5 }));
    const index = indexDesign(moved);
    expect(index.get('a')?.parent).toBe('other');
    expect(index.get('web')?.parent).toBe('a');
    expect(index.vpcOf('web')?.id).toBe('other');
    expect(index.ownerOf('web')).toBe('app');
    expect(moved.layout.a).toEqual({ x: 5, y: 5 });
  });

  it('moves a VPC to another account: everything inside changes owner', () => {
    const d = base().add('instance', 'web', { parent: 'a' }).build();
    const index = indexDesign(ok(moveResource(d, 'main', 'app')));
    expect(index.ownerOf('a')).toBe('app');
    expect(index.ownerOf('web')).toBe('app');
    expect(index.ownerOf('main-rtb-main')).toBe('app');
  });

  it('swaps the subnet of a multi-subnet resource drawn in the one it leaves', () => {
    const d = base()
      .add('alb', 'lb', { parent: 'a', subnets: ['c'] })
      .build();
    expect(indexDesign(ok(moveResource(d, 'lb', 'a2'))).get('lb')).toMatchObject({
      parent: 'a2',
      subnets: ['c'],
    });
  });

  it('refuses a move into itself or into a container of the wrong kind', () => {
    const d = base().add('instance', 'web', { parent: 'a' }).build();
    expect(moveResource(d, 'a', 'a').ok).toBe(false);
    expect(reason(moveResource(d, 'a', 'a'))).toContain('it may go inside a vpc');
    expect(reason(moveResource(d, 'web', 'main'))).toBe(
      'EC2 instance cannot go in vpc "main": it may go inside a subnet.',
    );
    expect(reason(moveResource(d, 'main', undefined))).toBe(
      'VPC cannot go on the canvas itself: it may go inside an account.',
    );
    expect(reason(moveResource(d, 'ghost', 'a'))).toBe('There is no resource "ghost".');
  });
});

describe('updateResource', () => {
  it('keeps every route table’s local routes in step with the VPC’s CIDRs', () => {
    const d = base()
      .add('route-table', 'private', {
        parent: 'main',
        routes: [
          { destination: '10.0.0.0/16', target: 'local' },
          { destination: '0.0.0.0/0', target: 'nat' },
        ],
      })
      .build();
    const widened = ok(updateResource(d, 'main', { cidrs: ['10.0.0.0/16', '100.64.0.0/24'] }));
    const index = indexDesign(widened);
    for (const table of ['main-rtb-main', 'private']) {
      const locals = index
        .getOf(table, 'route-table')!
        .routes.filter((r) => r.target === 'local')
        .map((r) => r.destination);
      expect(locals.sort()).toEqual(['10.0.0.0/16', '100.64.0.0/24']);
    }
    const moved = indexDesign(ok(updateResource(widened, 'main', { cidrs: ['10.8.0.0/16'] })));
    expect(moved.getOf('private', 'route-table')!.routes).toEqual([
      { destination: '10.8.0.0/16', target: 'local' },
      { destination: '0.0.0.0/0', target: 'nat' },
    ]);
    // Other VPCs' tables are untouched.
    expect(moved.mainRouteTable('other')!.routes).toEqual([
      { destination: '10.1.0.0/16', target: 'local' },
    ]);
  });

  it('refuses an invalid value and leaves id, kind and parent alone', () => {
    const d = base().build();
    expect(reason(updateResource(d, 'main', { cidrs: ['10.0.0.1/16'] }))).toContain(
      'has host bits set',
    );
    expect(reason(updateResource(d, 'main', { cidrs: [] }))).toContain(
      'a VPC needs at least one IPv4 CIDR block',
    );
    const same = indexDesign(
      ok(updateResource(d, 'a', { id: 'z', kind: 'vpc', parent: 'other', name: 'renamed' })),
    ).get('a');
    expect(same).toMatchObject({ id: 'a', kind: 'subnet', parent: 'main', name: 'renamed' });
    expect(reason(updateResource(d, 'ghost', { name: 'x' }))).toBe('There is no resource "ghost".');
  });

  it('drops a field set to undefined', () => {
    const d = base().update('a', { mapPublicIpOnLaunch: true }).build();
    expect(
      indexDesign(ok(updateResource(d, 'a', { mapPublicIpOnLaunch: undefined }))).get('a'),
    ).not.toHaveProperty('mapPublicIpOnLaunch');
  });
});

describe('connect', () => {
  const world = () =>
    base()
      .add('transit-gateway', 'tgw', {
        parent: 'net',
        routeTables: [{ id: 'tgw-rt', name: 'main', routes: [] }],
      })
      .add('nlb', 'nlb', { parent: 'a', listeners: [{ protocol: 'TCP', port: 443 }] })
      .add('alb', 'alb', {
        parent: 'a',
        subnets: ['c'],
        listeners: [{ protocol: 'HTTP', port: 8080 }],
      })
      .add('instance', 'web', { parent: 'a' })
      .add('ecs-service', 'ecs', { parent: 'c' })
      .add('api-gateway', 'api', { parent: 'net' })
      .add('external', 'partner', { endpointType: 'partner', cidr: '203.0.113.0/24' })
      .build();

  it('VPC to VPC is a peering, once per pair', () => {
    const d = ok(connect(world(), 'main', 'other'));
    const [peering] = indexDesign(d).ofKind('vpc-peering');
    expect(peering).toMatchObject({ requesterVpc: 'main', accepterVpc: 'other', status: 'active' });
    expect(reason(connect(d, 'other', 'main'))).toContain('already peered');
  });

  it('VPC to transit gateway is an attachment with one subnet per AZ, once per pair', () => {
    const d = ok(connect(world(), 'main', 'tgw'));
    expect(indexDesign(d).ofKind('tgw-attachment')[0]).toMatchObject({
      vpc: 'main',
      transitGateway: 'tgw',
      subnets: ['a', 'c'],
      routeTable: 'tgw-rt',
      propagations: ['tgw-rt'],
    });
    expect(reason(connect(d, 'tgw', 'main'))).toContain('already attached');
  });

  const hybrid = () =>
    base()
      .add('transit-gateway', 'tgw', { parent: 'net', routeTables: [{ id: 'tgw-rt', name: 'main', routes: [] }] })
      .add('transit-gateway', 'tgw-dr', { parent: 'net', region: 'ap-northeast-1', routeTables: [{ id: 'dr-rt', name: 'dr', routes: [] }] })
      .add('virtual-private-gateway', 'vgw', { parent: 'main', routePropagation: [] })
      .add('customer-gateway', 'cgw', { parent: 'net', bgpAsn: 65010, ipAddress: '198.51.100.20' })
      .build();

  it('transit gateway to transit gateway is a peering by static routes only, once per pair', () => {
    const d = ok(connect(hybrid(), 'tgw', 'tgw-dr'));
    expect(indexDesign(d).ofKind('tgw-peering')).toEqual([
      expect.objectContaining({ requester: 'tgw', accepter: 'tgw-dr', requesterRouteTable: 'tgw-rt', accepterRouteTable: 'dr-rt', propagations: [] }),
    ]);
    expect(reason(connect(d, 'tgw-dr', 'tgw'))).toContain('already peered');
  });

  it('transit gateway or virtual private gateway to a customer gateway is a Site-to-Site VPN with two tunnels, either way round', () => {
    const onTgw = ok(connect(hybrid(), 'cgw', 'tgw'));
    expect(indexDesign(onTgw).ofKind('vpn-connection')).toEqual([
      expect.objectContaining({ customerGateway: 'cgw', gateway: 'tgw', staticRoutesOnly: false, tunnels: [{ status: 'up' }, { status: 'up' }], routeTable: 'tgw-rt', propagations: ['tgw-rt'] }),
    ]);
    expect(reason(connect(onTgw, 'tgw', 'cgw'))).toContain('already has a VPN');
    const onVgw = ok(connect(hybrid(), 'vgw', 'cgw'));
    const [vpn] = indexDesign(onVgw).ofKind('vpn-connection');
    expect(vpn).toMatchObject({ customerGateway: 'cgw', gateway: 'vgw' });
    expect(vpn).not.toHaveProperty('routeTable');
  });

  it('subnet to account is a RAM share; a second subnet joins the same share', () => {
    const once = ok(connect(world(), 'a', 'app'));
    const twice = ok(connect(once, 'app', 'c'));
    expect(indexDesign(twice).ofKind('ram-share')).toEqual([
      expect.objectContaining({ resources: ['a', 'c'], principals: ['app'] }),
    ]);
    expect(reason(connect(twice, 'a', 'app'))).toContain('already shared');
    expect(reason(connect(twice, 'a', 'net'))).toContain('already owns');
  });

  it('load balancer to a target registers it in a new target group behind the first listener', () => {
    const d = ok(connect(world(), 'nlb', 'web'));
    const index = indexDesign(d);
    const nlb = index.getOf('nlb', 'nlb')!;
    const group = index.getOf(nlb.listeners[0]!.targetGroup, 'target-group')!;
    expect(group).toMatchObject({
      parent: 'main',
      targetType: 'instance',
      protocol: 'TCP',
      targets: [{ target: 'web' }],
    });
    const ip = indexDesign(ok(connect(world(), 'alb', 'ecs')));
    expect(ip.ofKind('target-group')[0]).toMatchObject({ targetType: 'ip', protocol: 'HTTP' });
    const chained = indexDesign(ok(connect(world(), 'nlb', 'alb')));
    expect(chained.ofKind('target-group')[0]).toMatchObject({
      targetType: 'alb',
      port: 8080,
      targets: [{ target: 'alb' }],
    });
  });

  it('an NLB registers an Amazon MQ broker by its IP addresses; an ALB cannot have a broker or an NLB a Lambda function', () => {
    const d = from(world())
      .add('mq-broker', 'mq', { parent: 'a', engine: 'rabbitmq', deploymentMode: 'SINGLE_INSTANCE' })
      .add('lambda', 'fn', { parent: 'a' })
      .build();
    const group = indexDesign(ok(connect(d, 'nlb', 'mq'))).ofKind('target-group')[0];
    expect(group).toMatchObject({ targetType: 'ip', protocol: 'TCP', targets: [{ target: 'mq' }] });
    expect(reason(connect(d, 'alb', 'mq'))).toBe('An Application Load Balancer cannot register an amazon mq broker as a target.');
    expect(reason(connect(d, 'nlb', 'fn'))).toBe('A Network Load Balancer cannot register a lambda function as a target.');
    expect(indexDesign(ok(connect(d, 'alb', 'fn'))).ofKind('target-group')[0]).toMatchObject({ targetType: 'lambda' });
  });

  it('API gateway to a load balancer is a VPC link: v1 to an NLB, v2 to an ALB', () => {
    const v1 = indexDesign(ok(connect(world(), 'api', 'nlb')));
    const link = v1.ofKind('vpc-link')[0]!;
    expect(link).toMatchObject({ version: 'v1', targets: ['nlb'], parent: 'net' });
    expect(v1.getOf('api', 'api-gateway')!.integrations).toEqual([
      { path: '/{proxy+}', method: 'ANY', vpcLink: link.id, target: 'nlb', port: 443 },
    ]);
    expect(indexDesign(ok(connect(world(), 'api', 'alb'))).ofKind('vpc-link')[0]).toMatchObject({
      version: 'v2',
      subnets: ['a', 'c'],
    });
  });

  it('an instance or an external network to something is its upstream', () => {
    const proxied = indexDesign(ok(connect(world(), 'web', 'alb')));
    expect(proxied.get('web')).toMatchObject({
      upstream: { target: 'alb', protocol: 'tcp', port: 8080 },
    });
    const partner = indexDesign(ok(connect(world(), 'partner', 'nlb')));
    expect(partner.get('partner')).toMatchObject({ connectsTo: ['nlb'] });
  });

  it('refuses what AWS cannot have, with the reason', () => {
    const d = world();
    expect(reason(connect(d, 'main', 'main'))).toBe('A resource cannot connect to itself.');
    expect(reason(connect(d, 'main', 'ghost'))).toBe('Both ends must exist.');
    expect(reason(connect(d, 'nlb', 'a'))).toBe(
      'A Network Load Balancer cannot register a subnet as a target.',
    );
    expect(reason(connect(d, 'alb', 'alb-other'))).toBe('Both ends must exist.');
    expect(reason(connect(d, 'ecs', 'main'))).toMatch(
      /^AWS has no connection from an ecs service to a vpc\. Edges mean: /,
    );
    expect(reason(connect(d, 'web', 'net'))).toMatch(
      /AWS has no connection from an ec2 instance to an account/,
    );
    expect(connectionMeaning(d, 'alb', 'nlb')).toEqual({
      ok: false,
      reason: 'An Application Load Balancer cannot register a network load balancer as a target.',
    });
  });
});

describe('removeResources', () => {
  it('deletes a VPC with everything inside it and what cannot live without it', () => {
    const d = from(base().add('instance', 'web', { parent: 'a' }).build())
      .add('vpc-peering', 'pcx', { requesterVpc: 'main', accepterVpc: 'other' })
      .add('transit-gateway', 'tgw', { parent: 'net' })
      .add('tgw-attachment', 'att', { transitGateway: 'tgw', vpc: 'main', subnets: ['a'] })
      .build();
    const withLayout = {
      ...d,
      layout: { main: { x: 0, y: 0 }, a: { x: 1, y: 1 }, b: { x: 2, y: 2 } },
    };
    const result = removeResources(withLayout, ['main']);
    const after = ok(result);
    const ids = after.resources.map((r) => r.id);
    for (const gone of ['main', 'a', 'c', 'web', 'main-rtb-main', 'main-sg-default', 'pcx', 'att'])
      expect(ids).not.toContain(gone);
    expect(ids).toEqual(expect.arrayContaining(['other', 'b', 'tgw', 'net']));
    expect(after.layout).toEqual({ b: { x: 2, y: 2 } });
  });

  it('strips references to what is deleted: list entries, fields, security group rules, empty shares', () => {
    const d = base()
      .add('security-group', 'sg-lb', { parent: 'main', ingress: [], egress: [] })
      .add('security-group', 'sg-app', {
        parent: 'main',
        ingress: [
          {
            protocol: 'tcp',
            fromPort: 80,
            toPort: 80,
            peer: { kind: 'security-group', securityGroup: 'sg-lb' },
          },
          { protocol: 'tcp', fromPort: 22, toPort: 22, peer: { kind: 'cidr', cidr: '10.0.0.0/8' } },
        ],
        egress: [],
      })
      .add('instance', 'web', { parent: 'a', securityGroups: ['sg-lb', 'sg-app'] })
      .add('alb', 'alb', { parent: 'a', subnets: ['c'], securityGroups: ['sg-lb'] })
      .add('ram-share', 'share', { resources: ['c'], principals: ['app'] })
      .update('a', { routeTable: 'main-rtb-main' })
      .build();
    const index = indexDesign(ok(removeResources(d, ['sg-lb', 'c'])));
    expect(index.get('web')).toMatchObject({ securityGroups: ['sg-app'] });
    expect(index.getOf('sg-app', 'security-group')!.ingress).toEqual([
      { protocol: 'tcp', fromPort: 22, toPort: 22, peer: { kind: 'cidr', cidr: '10.0.0.0/8' } },
    ]);
    expect(index.get('alb')).toMatchObject({ securityGroups: [], subnets: [] });
    expect(index.get('share')).toBeUndefined();
    const gone = indexDesign(ok(removeResources(d, ['main-rtb-main']))).get('a');
    expect(gone).not.toHaveProperty('routeTable');
  });

  it('keeps a route whose target is deleted, as a blackhole for the rules to report', () => {
    const d = base()
      .add('internet-gateway', 'igw', { parent: 'main' })
      .routes('main-rtb-main', { destination: '0.0.0.0/0', target: 'igw' })
      .build();
    expect(
      indexDesign(ok(removeResources(d, ['igw']))).mainRouteTable('main')!.routes,
    ).toContainEqual({ destination: '0.0.0.0/0', target: 'igw' });
  });

  it('says when there is nothing to delete', () => {
    expect(reason(removeResources(base().build(), ['ghost']))).toBe('Nothing to delete.');
  });
});
