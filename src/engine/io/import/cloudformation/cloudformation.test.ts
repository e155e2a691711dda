import { describe, expect, it } from 'vitest';
import { parseDesignValue, type Resource } from '../../../model/index.ts';
import { ImportError } from '../types.ts';
import { importCloudFormation } from './index.ts';

const template = {
  AWSTemplateFormatVersion: '2010-09-09',
  Parameters: {
    Env: { Type: 'String', Default: 'prod' },
    Cidr: { Type: 'String', Default: '10.8.0.0/16' },
    WithPeer: { Type: 'String', Default: 'no' },
  },
  Conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] }, Peer: { 'Fn::Equals': [{ Ref: 'WithPeer' }, 'yes'] } },
  Resources: {
    Vpc: { Type: 'AWS::EC2::VPC', Properties: { CidrBlock: { Ref: 'Cidr' }, Tags: [{ Key: 'Name', Value: { 'Fn::Sub': '${Env}-${AWS::Region}' } }] } },
    App: {
      Type: 'AWS::EC2::Subnet',
      Properties: {
        VpcId: { Ref: 'Vpc' },
        CidrBlock: { 'Fn::Select': [1, { 'Fn::Cidr': [{ 'Fn::GetAtt': ['Vpc', 'CidrBlock'] }, 4, 8] }] },
        AvailabilityZone: 'eu-west-1b',
      },
    },
    Db: {
      Type: 'AWS::EC2::Subnet',
      Properties: { VpcId: { Ref: 'Vpc' }, CidrBlock: { 'Fn::If': ['IsProd', '10.8.9.0/24', '10.8.10.0/24'] }, AvailabilityZone: { 'Fn::Select': ['2', { 'Fn::GetAZs': '' }] } },
    },
    Web: { Type: 'AWS::EC2::SecurityGroup', Properties: { VpcId: { Ref: 'Vpc' }, GroupDescription: 'web', SecurityGroupIngress: [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, CidrIp: '0.0.0.0/0' }] } },
    Locked: { Type: 'AWS::EC2::SecurityGroup', Properties: { VpcId: { Ref: 'Vpc' }, GroupDescription: 'no egress', SecurityGroupEgress: [{ IpProtocol: '-1', CidrIp: '127.0.0.1/32' }] } },
    FromWeb: { Type: 'AWS::EC2::SecurityGroupIngress', Properties: { GroupId: { 'Fn::GetAtt': ['Locked', 'GroupId'] }, IpProtocol: 'tcp', FromPort: 5432, ToPort: 5432, SourceSecurityGroupId: { Ref: 'Web' } } },
    Peering: { Type: 'AWS::EC2::VPCPeeringConnection', Condition: 'Peer', Properties: { VpcId: { Ref: 'Vpc' }, PeerVpcId: 'vpc-0123' } },
    Logs: { Type: 'AWS::EC2::FlowLog', Properties: { ResourceId: { Ref: 'Vpc' }, ResourceType: 'VPC', TrafficType: 'ALL' } },
    Tgw: { Type: 'AWS::EC2::TransitGateway', Properties: { AmazonSideAsn: 64512, DefaultRouteTablePropagation: 'disable' } },
    Attach: { Type: 'AWS::EC2::TransitGatewayAttachment', Properties: { TransitGatewayId: { Ref: 'Tgw' }, VpcId: { Ref: 'Vpc' }, SubnetIds: [{ Ref: 'App' }] } },
    Blackhole: { Type: 'AWS::EC2::TransitGatewayRoute', Properties: { TransitGatewayRouteTableId: { 'Fn::GetAtt': ['Tgw', 'AssociationDefaultRouteTableId'] }, DestinationCidrBlock: '10.99.0.0/16', Blackhole: true } },
    S3: { Type: 'AWS::EC2::VPCEndpoint', Properties: { VpcId: { Ref: 'Vpc' }, ServiceName: { 'Fn::Join': ['', ['com.amazonaws.', { Ref: 'AWS::Region' }, '.s3']] } } },
  },
};

const run = (value: unknown, name = 'stack.json') => importCloudFormation({ file: { name, text: JSON.stringify(value) } });
const byId = (resources: readonly Resource[], id: string) => resources.find((r) => r.id === id);

describe('the CloudFormation importer', () => {
  const { design, notes } = run(template);

  it('evaluates parameters, Sub, GetAtt, Cidr, Select, If and conditions with the defaults, in the Region a literal AZ names', () => {
    expect(parseDesignValue(design).ok).toBe(true);
    expect(byId(design.resources, 'Vpc')).toMatchObject({ name: 'prod-eu-west-1', region: 'eu-west-1', cidrs: ['10.8.0.0/16'] });
    expect(byId(design.resources, 'App')).toMatchObject({ cidr: '10.8.1.0/24', availabilityZone: 'eu-west-1b' });
    expect(byId(design.resources, 'Db')).toMatchObject({ cidr: '10.8.9.0/24', availabilityZone: 'eu-west-1c' });
    expect(byId(design.resources, 'S3')).toMatchObject({ endpointType: 'gateway', service: 'com.amazonaws.eu-west-1.s3' });
  });

  it('keeps EC2 allow-all egress on a group without SecurityGroupEgress, and adds standalone rules to their group', () => {
    expect(byId(design.resources, 'Web')).toMatchObject({ egress: [{ protocol: 'all', peer: { kind: 'cidr', cidr: '0.0.0.0/0' } }] });
    expect(byId(design.resources, 'Locked')).toMatchObject({
      egress: [{ protocol: 'all', peer: { kind: 'cidr', cidr: '127.0.0.1/32' } }],
      ingress: [{ protocol: 'tcp', fromPort: 5432, toPort: 5432, peer: { kind: 'security-group', securityGroup: 'Web' } }],
    });
  });

  it("gives a transit gateway its default route table, which attachments associate with unless the template turns it off", () => {
    const tgw = byId(design.resources, 'Tgw');
    expect(tgw).toMatchObject({ amazonSideAsn: 64512, routeTables: [{ id: 'Tgw.default-rtb', routes: [{ destination: '10.99.0.0/16', blackhole: true }] }] });
    expect(byId(design.resources, 'Attach')).toMatchObject({ routeTable: 'Tgw.default-rtb', propagations: [] });
  });

  it('lists what it leaves out: resources behind a false condition and types the design does not model', () => {
    expect(notes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ address: 'Peering', level: 'skipped', message: expect.stringContaining('condition Peer is false') }),
        expect.objectContaining({ address: 'Logs', type: 'AWS::EC2::FlowLog', level: 'skipped' }),
      ]),
    );
    expect(byId(design.resources, 'Peering')).toBeUndefined();
  });

  it('reads the short-form YAML tags', () => {
    const yaml = [
      'Parameters:',
      '  Block: { Type: String, Default: 10.1.0.0/16 }',
      'Resources:',
      '  Net:',
      '    Type: AWS::EC2::VPC',
      '    Properties:',
      '      CidrBlock: !Ref Block',
      '  Igw: { Type: AWS::EC2::InternetGateway }',
      '  Attach: { Type: AWS::EC2::VPCGatewayAttachment, Properties: { VpcId: !Ref Net, InternetGatewayId: !Ref Igw } }',
      '  Public:',
      '    Type: AWS::EC2::RouteTable',
      '    Properties: { VpcId: !Ref Net }',
      '  Default:',
      '    Type: AWS::EC2::Route',
      '    Properties: { RouteTableId: !Ref Public, GatewayId: !Ref Igw, DestinationCidrBlock: !Select [0, !Split [",", "0.0.0.0/0,::/0"]] }',
      '  Sub:',
      '    Type: AWS::EC2::Subnet',
      '    Properties: { VpcId: !Ref Net, CidrBlock: !Sub "10.1.${Octet}.0/24", AvailabilityZone: !Select [1, !GetAZs ""] }',
    ].join('\n');
    expect(() => importCloudFormation({ file: { name: 't.yaml', text: yaml } })).toThrow('t.yaml: Resources.Sub.Properties.CidrBlock.Fn::Sub: ${Octet} names neither a parameter nor a resource');
    const fixed = importCloudFormation({ file: { name: 't.yaml', text: yaml.replace('${Octet}', '4') } });
    expect(byId(fixed.design.resources, 'Public')).toMatchObject({ routes: [{ destination: '10.1.0.0/16', target: 'local' }, { destination: '0.0.0.0/0', target: 'Igw' }] });
    expect(byId(fixed.design.resources, 'Sub')).toMatchObject({ cidr: '10.1.4.0/24', availabilityZone: 'us-east-1b' });
    expect(fixed.notes[0]).toMatchObject({ address: 'AWS::Region', level: 'inferred' });
  });

  it('refuses what is not a template, naming the file and the field', () => {
    expect(() => run({ Resources: [] }, 'bad.json')).toThrow(ImportError);
    expect(() => run({ Resources: [] }, 'bad.json')).toThrow('bad.json: Resources: a CloudFormation template needs a Resources mapping');
    expect(() => run({ Resources: { X: { Properties: {} } } }, 'bad.json')).toThrow('bad.json: Resources.X.Type: every resource has a Type');
    expect(() => importCloudFormation({ file: { name: 'x.yaml', text: 'Resources: [\n' } })).toThrow(/^x\.yaml: not readable as YAML/);
  });
});
