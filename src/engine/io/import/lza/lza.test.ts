import { describe, expect, it } from 'vitest';
import { parseDesignValue, type Resource } from '../../../model/index.ts';
import { ImportError } from '../types.ts';
import { FactsChecker } from '../testing.ts';
import { importLza } from './index.ts';
import { azIdPrefix } from './builder.ts';

const CONFIG = `
homeRegion: &HOME eu-west-1
centralNetworkServices:
  delegatedAdminAccount: Network
  ipams:
    - name: ipam
      region: *HOME
      pools:
        - name: regional
          provisionedCidrs: [10.64.0.0/16]
transitGateways:
  - name: Hub
    account: Network
    region: *HOME
    asn: 64600
    defaultRouteTableAssociation: disable
    defaultRouteTablePropagation: disable
    shareTargets: { organizationalUnits: [Workloads] }
    routeTables:
      - name: Spokes
        routes:
          - destinationCidrBlock: 0.0.0.0/0
            attachment: { vpcName: App, account: Dev }
          - destinationCidrBlock: 192.168.0.0/16
            blackhole: true
vpcs:
  - name: App
    account: Dev
    region: *HOME
    ipamAllocations: [{ ipamPoolName: regional, netmaskLength: 20 }]
    internetGateway: true
    routeTables:
      - name: Public
        routes:
          - { name: Igw, destination: 0.0.0.0/0, type: internetGateway, target: IGW }
          - { name: S3, type: gatewayEndpoint, target: s3 }
          - { name: Lgw, destination: 10.99.0.0/16, type: localGateway, target: lgw-1 }
    subnets:
      - { name: Web-A, availabilityZone: a, routeTable: Public, ipamAllocation: { ipamPoolName: regional, netmaskLength: 24 } }
      - { name: Web-B, availabilityZone: 2, routeTable: Public, ipv4CidrBlock: 10.64.8.0/24 }
    gatewayEndpoints: { endpoints: [{ service: s3 }] }
    transitGatewayAttachments:
      - name: App
        transitGateway: { name: Hub, account: Network }
        subnets: [Web-A, Web-B]
        routeTableAssociations: [Spokes]
        routeTablePropagations: [Spokes]
`;
const ACCOUNTS = `
mandatoryAccounts:
  - { name: Management, organizationalUnit: Root }
workloadAccounts:
  - { name: Network, organizationalUnit: Infrastructure }
  - { name: Dev, organizationalUnit: Workloads/Dev }
`;

const get = (resources: readonly Resource[], id: string) => resources.find((r) => r.id === id);

describe('the Landing Zone Accelerator importer', () => {
  const { design, notes } = importLza({ file: { name: 'network-config.yaml', text: CONFIG }, accounts: { name: 'accounts-config.yaml', text: ACCOUNTS } });

  it('resolves anchors and names, and keys each resource by its LZA path', () => {
    expect(parseDesignValue(design).ok).toBe(true);
    expect(get(design.resources, 'tgw:Hub')).toMatchObject({ region: 'eu-west-1', amazonSideAsn: 64600, source: { address: 'transitGateways[0]' } });
    expect(get(design.resources, 'subnet:App:Web-B')).toMatchObject({ cidr: '10.64.8.0/24', source: { file: 'network-config.yaml', address: 'vpcs[0].subnets[1]' } });
    expect(get(design.resources, 'rt:App:Public')).toMatchObject({ routes: [{ target: 'local' }, { destination: '0.0.0.0/0', target: 'igw:App' }] });
    expect(get(design.resources, 'vpce:App:s3')).toMatchObject({ service: 'com.amazonaws.eu-west-1.s3', routeTables: ['rt:App:Public'] });
  });

  it('holds IPAM allocations as placeholders of the asked size, clear of literal blocks, and says so', () => {
    const vpc = get(design.resources, 'vpc:App');
    expect(vpc).toMatchObject({ cidrs: ['10.64.0.0/20'] });
    const webA = get(design.resources, 'subnet:App:Web-A');
    expect(webA).toMatchObject({ cidr: '10.64.0.0/24' });
    expect(notes).toEqual(expect.arrayContaining([expect.objectContaining({ address: 'vpcs[0].ipamAllocations[0]', level: 'partial', message: expect.stringContaining('placeholder 10.64.0.0/20') })]));
  });

  it('reads a numeric availabilityZone as an AZ ID index', () => {
    expect(azIdPrefix('us-east-1')).toBe('use1');
    expect(azIdPrefix('ap-northeast-2')).toBe('apne2');
    expect(get(design.resources, 'subnet:App:Web-B')).toMatchObject({ availabilityZoneId: 'euw1-az2', availabilityZone: 'eu-west-1b' });
    expect(notes).toEqual(expect.arrayContaining([expect.objectContaining({ address: 'vpcs[0].subnets[1]', level: 'inferred' })]));
  });

  it('builds transit gateway tables from attachments named by VPC, and shares through RAM with the accounts of an OU', () => {
    expect(get(design.resources, 'tgw:Hub')).toMatchObject({
      routeTables: [{ id: 'tgwrt:Hub:Spokes', routes: [{ destination: '0.0.0.0/0', attachment: 'tgwatt:App:App' }, { destination: '192.168.0.0/16', blackhole: true }] }],
    });
    expect(get(design.resources, 'tgwatt:App:App')).toMatchObject({ routeTable: 'tgwrt:Hub:Spokes', propagations: ['tgwrt:Hub:Spokes'], subnets: ['subnet:App:Web-A', 'subnet:App:Web-B'] });
    expect(design.resources.find((r) => r.kind === 'ram-share')).toMatchObject({ resources: ['tgw:Hub'], principals: ['account:Dev'] });
  });

  it('notes each route it cannot hold, by its path', () => {
    expect(notes).toEqual(expect.arrayContaining([expect.objectContaining({ address: 'vpcs[0].routeTables[0].routes[2]', level: 'skipped', message: 'routes to a localGateway are not part of what the design models' })]));
  });

  it('refuses what is not a network-config, naming the file and the field', () => {
    expect(() => importLza({ file: { name: 'n.yaml', text: 'vpcs: 3\nhomeRegion: x\n' } })).toThrow(new ImportError('n.yaml: vpcs: expected a list'));
    expect(() => importLza({ file: { name: 'n.yaml', text: '- 1\n' } })).toThrow(ImportError);
    expect(() => importLza({ file: { name: 'n.yaml', text: CONFIG }, accounts: { name: 'a.yaml', text: 'x: 1\n' } })).toThrow('a.yaml: mandatoryAccounts: an accounts-config.yaml lists mandatoryAccounts and workloadAccounts');
  });

  it('is held to its facts: a wrong association shows', () => {
    const broken = { ...design, resources: design.resources.map((r) => (r.kind === 'tgw-attachment' ? { ...r, routeTable: undefined } : r)) };
    const problems = new FactsChecker(broken, notes).all({
      fixture: 'inline',
      network_counts: {},
      vpcs: [],
      subnets: [],
      route_tables: [],
      tgw_vpc_attachments: [{ key: 'tgwatt:App/App', tgw: 'tgw:Hub', vpc: 'vpc:App', subnets: ['subnet:App/Web-A', 'subnet:App/Web-B'], association: 'tgwrt:Hub/Spokes', propagations: ['tgwrt:Hub/Spokes'], options: null }],
    });
    expect(problems).toEqual(['attachment tgwatt:App/App association: expected "tgwrt:Hub:Spokes", got undefined']);
  });
});
