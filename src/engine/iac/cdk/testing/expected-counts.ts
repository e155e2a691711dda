/**
 * What a synthesised app must contain, by CloudFormation type, read straight from the
 * design: one VPC per VPC, one route per exportable route, and so on. The synthesis test
 * compares the templates against it, so a resource the exporter drops or doubles fails.
 */
import type { Design } from '../../../model/design.ts';
import type { SecurityGroupRule } from '../../../model/fields.ts';
import { indexDesign } from '../../../model/indexes.ts';
import { ROUTE_TARGETS } from '../../../model/references.ts';
import type { ResourceKind, ResourceOf } from '../../../model/resources.ts';

const ROUTABLE = ROUTE_TARGETS;

const allToAnywhere = (rule: SecurityGroupRule) => rule.protocol === 'all' && rule.peer.kind === 'cidr' && rule.peer.cidr === '0.0.0.0/0';

function untouchedDefault(acl: ResourceOf<'network-acl'>): boolean {
  const allowAll = (list: typeof acl.inbound) =>
    list.length === 1 && list[0]!.ruleNumber === 100 && list[0]!.protocol === 'all' && list[0]!.cidr === '0.0.0.0/0' && list[0]!.action === 'allow';
  return Boolean(acl.default) && allowAll(acl.inbound) && allowAll(acl.outbound);
}

/** `inside`: for a snippet, only the selection's resources are written. */
export function expectedCounts(design: Design, inside?: ReadonlySet<string>): Record<string, number> {
  const index = indexDesign(design);
  const counts: Record<string, number> = {};
  const add = (type: string, n = 1) => {
    if (n > 0) counts[type] = (counts[type] ?? 0) + n;
  };
  const exists = (id: string | undefined, kind?: ResourceKind) => {
    const resource = index.get(id);
    return Boolean(resource && (!kind || resource.kind === kind));
  };
  const managed = new Set(
    design.resources.flatMap((r) =>
      (r.kind === 'beanstalk-environment' || r.kind === 'k8s-service' || r.kind === 'k8s-ingress') && r.loadBalancer ? [r.loadBalancer] : [],
    ),
  );
  // Elastic Beanstalk's instances, and the target groups behind the load balancers others make.
  for (const r of design.resources) {
    if (r.kind === 'instance' && r.tags?.['elasticbeanstalk:environment-name'] !== undefined) managed.add(r.id);
  }
  for (const r of design.resources) {
    if ((r.kind === 'alb' || r.kind === 'nlb') && managed.has(r.id)) for (const listener of r.listeners) if (listener.targetGroup) managed.add(listener.targetGroup);
  }
  const ecsStacks = new Set<string>();
  const namespaces = new Set<string>();
  /** Stacks with SDK calls (AwsCustomResource): each holds one provider function and its role. */
  const sdkCallStacks = new Set<string>();
  for (const r of design.resources) {
    if (inside && !inside.has(r.id)) continue;
    switch (r.kind) {
      case 'vpc':
        add('AWS::EC2::VPC');
        add('AWS::EC2::VPCCidrBlock', r.cidrs.length - 1 + ((r.ipv6Cidrs ?? []).length > 0 ? 1 : 0));
        if (r.blockPublicAccess && r.blockPublicAccess !== 'off') add('AWS::EC2::VPCBlockPublicAccessOptions');
        break;
      case 'subnet': {
        add('AWS::EC2::Subnet');
        if (index.routeTableOf(r.id)) add('AWS::EC2::SubnetRouteTableAssociation');
        const acl = index.networkAclOf(r.id);
        if (acl && !untouchedDefault(acl)) add('AWS::EC2::SubnetNetworkAclAssociation');
        break;
      }
      case 'route-table':
        add('AWS::EC2::RouteTable');
        for (const route of r.routes) {
          const target = index.get(route.target);
          if (route.target !== 'local' && route.origin !== 'propagated' && target && ROUTABLE.has(target.kind)) add('AWS::EC2::Route');
        }
        if (exists(r.edgeAssociation, 'internet-gateway')) add('AWS::EC2::GatewayRouteTableAssociation');
        break;
      case 'security-group': {
        if (!r.default) add('AWS::EC2::SecurityGroup');
        const peerExists = (rule: SecurityGroupRule) =>
          rule.peer.kind === 'cidr' ||
          (rule.peer.kind === 'security-group' ? exists(rule.peer.securityGroup, 'security-group') : exists(rule.peer.prefixList, 'prefix-list'));
        for (const rule of r.ingress) {
          const awsDefault = r.default && rule.protocol === 'all' && rule.peer.kind === 'security-group' && rule.peer.securityGroup === r.id;
          if (!awsDefault && peerExists(rule)) add('AWS::EC2::SecurityGroupIngress');
        }
        const keepsDefault = !r.default && r.egress.length === 1 && allToAnywhere(r.egress[0]!);
        for (const rule of r.egress) {
          if (keepsDefault || (r.default && allToAnywhere(rule))) continue;
          if (peerExists(rule)) add('AWS::EC2::SecurityGroupEgress');
        }
        break;
      }
      case 'network-acl':
        if (untouchedDefault(r)) break;
        add('AWS::EC2::NetworkAcl');
        add('AWS::EC2::NetworkAclEntry', r.inbound.length + r.outbound.length);
        break;
      case 'internet-gateway':
        add('AWS::EC2::InternetGateway');
        add('AWS::EC2::VPCGatewayAttachment');
        break;
      case 'egress-only-internet-gateway':
        add('AWS::EC2::EgressOnlyInternetGateway');
        break;
      case 'nat-gateway':
        add('AWS::EC2::NatGateway');
        if (r.connectivity === 'public' && r.availabilityMode !== 'regional' && !(r.elasticIps ?? []).some((id) => exists(id, 'elastic-ip'))) {
          add('AWS::EC2::EIP');
        }
        break;
      case 'elastic-ip':
        // A fixed address exists already: its allocation id is a parameter.
        if (!r.address) add('AWS::EC2::EIP');
        break;
      case 'vpc-peering':
        add('AWS::EC2::VPCPeeringConnection');
        // Across accounts, the accepter's role that accepts it.
        if ((index.ownerOf(r.requesterVpc) ?? '') !== (index.ownerOf(r.accepterVpc) ?? '')) add('AWS::IAM::Role');
        break;
      case 'transit-gateway':
        add('AWS::EC2::TransitGateway');
        add('AWS::EC2::TransitGatewayRouteTable', r.routeTables.length);
        for (const table of r.routeTables) {
          for (const route of table.routes) {
            const attachment = index.getOf(route.attachment, 'tgw-attachment');
            if (route.blackhole || attachment?.transitGateway === r.id) add('AWS::EC2::TransitGatewayRoute');
          }
        }
        break;
      case 'customer-gateway':
        add('AWS::EC2::CustomerGateway');
        break;
      case 'virtual-private-gateway':
        add('AWS::EC2::VPNGateway');
        add('AWS::EC2::VPCGatewayAttachment');
        if ((r.routePropagation ?? []).length > 0) add('AWS::EC2::VPNGatewayRoutePropagation');
        break;
      case 'dx-gateway':
        add('AWS::DirectConnect::DirectConnectGateway');
        add('AWS::DirectConnect::DirectConnectGatewayAssociation', r.associations.filter((a) => exists(a.gateway)).length);
        break;
      case 'tgw-peering':
        if (exists(r.requester, 'transit-gateway') && exists(r.accepter, 'transit-gateway')) add('AWS::EC2::TransitGatewayPeeringAttachment');
        break;
      case 'vpn-connection':
        add('AWS::EC2::VPNConnection');
        if (index.get(r.gateway)?.kind === 'virtual-private-gateway') add('AWS::EC2::VPNConnectionRoute', (r.staticRoutes ?? []).length);
        break;
      case 'tgw-attachment': {
        add('AWS::EC2::TransitGatewayVpcAttachment');
        const tgw = index.getOf(r.transitGateway, 'transit-gateway');
        const tables = new Set(tgw?.routeTables.map((table) => table.id));
        if (r.routeTable && tables.has(r.routeTable)) add('AWS::EC2::TransitGatewayRouteTableAssociation');
        add('AWS::EC2::TransitGatewayRouteTablePropagation', (r.propagations ?? []).filter((id) => tables.has(id)).length);
        break;
      }
      case 'vpc-endpoint':
        add('AWS::EC2::VPCEndpoint');
        break;
      case 'network-firewall': {
        add('AWS::NetworkFirewall::RuleGroup', r.firewallPolicy.statelessRuleGroups.length + r.firewallPolicy.statefulRuleGroups.length);
        add('AWS::NetworkFirewall::FirewallPolicy');
        add('AWS::NetworkFirewall::Firewall');
        // The lookup of each AZ's endpoint id: a DescribeFirewall custom resource and its policy.
        const azs = new Set(index.subnetsOf(r).map((s) => s.availabilityZone)).size;
        add('Custom::AWS', azs);
        add('AWS::IAM::Policy', azs);
        if (azs > 0) sdkCallStacks.add(`${index.ownerOf(r.id)}|${index.vpcOf(r.id)?.region}`);
        break;
      }
      case 'prefix-list':
        add('AWS::EC2::PrefixList');
        break;
      case 'ram-share':
        add('AWS::RAM::ResourceShare');
        break;
      case 'nlb':
      case 'alb':
        if (managed.has(r.id)) break;
        add('AWS::ElasticLoadBalancingV2::LoadBalancer');
        add(
          'AWS::ElasticLoadBalancingV2::Listener',
          r.listeners.filter((listener) => r.kind === 'alb' || exists(listener.targetGroup, 'target-group')).length,
        );
        break;
      case 'gateway-load-balancer':
        // The load balancer, its endpoint service, and a listener when it has its appliances' group.
        add('AWS::ElasticLoadBalancingV2::LoadBalancer');
        add('AWS::EC2::VPCEndpointService');
        if (exists(r.targetGroup, 'target-group')) add('AWS::ElasticLoadBalancingV2::Listener');
        break;
      case 'gwlb-endpoint':
        if (index.vpcOf(r.id) && exists(r.gatewayLoadBalancer, 'gateway-load-balancer')) add('AWS::EC2::VPCEndpoint');
        break;
      case 'target-group':
        if (managed.has(r.id)) break;
        add('AWS::ElasticLoadBalancingV2::TargetGroup');
        if (r.targetType === 'lambda') add('AWS::Lambda::Permission', r.targets.filter((target) => exists(target.target, 'lambda')).length);
        break;
      case 'instance':
        if (managed.has(r.id)) break;
        add('AWS::EC2::Instance');
        if (exists(r.elasticIp, 'elastic-ip')) add('AWS::EC2::EIPAssociation');
        break;
      case 'auto-scaling-group':
        add('AWS::EC2::LaunchTemplate');
        add('AWS::AutoScaling::AutoScalingGroup');
        break;
      case 'lambda':
        add('AWS::IAM::Role');
        add('AWS::Lambda::Function');
        break;
      case 'mq-broker':
        add('AWS::AmazonMQ::Broker');
        break;
      case 'ecs-service':
        ecsStacks.add(`${index.ownerOf(r.id)}|${index.vpcOf(r.id)?.region}`);
        add('AWS::ECS::TaskDefinition');
        add('AWS::ECS::Service');
        // The task execution role and the container's log group.
        add('AWS::IAM::Role');
        add('AWS::Logs::LogGroup');
        // Its Cloud Map service, in one namespace per VPC and name.
        if (r.serviceDiscoveryNamespace && index.vpcOf(r.id)) {
          add('AWS::ServiceDiscovery::Service');
          namespaces.add(`${index.vpcOf(r.id)!.id}|${r.serviceDiscoveryNamespace}`);
        }
        break;
      case 'eks-cluster':
        add('AWS::IAM::Role', r.compute === 'self-managed-nodes' ? 1 : 2);
        add('AWS::EKS::Cluster');
        if (r.compute === 'managed-nodes') add('AWS::EKS::Nodegroup');
        // The launch template that puts the design's node security groups on the nodes.
        if (r.compute === 'managed-nodes' && (r.nodeSecurityGroups ?? []).some((id) => exists(id, 'security-group'))) add('AWS::EC2::LaunchTemplate');
        // Target groups its nodes register in: two SDK calls, each with its policy, and the function CDK shares in the stack.
        if (
          r.compute === 'managed-nodes' &&
          design.resources.some((g) => g.kind === 'target-group' && !managed.has(g.id) && g.targets.some((target) => target.target === r.id))
        ) {
          add('Custom::AWS', 2);
          add('AWS::IAM::Policy', 2);
          sdkCallStacks.add(`${index.ownerOf(r.id)}|${index.vpcOf(r.id)?.region}`);
        }
        if (r.compute === 'fargate') add('AWS::EKS::FargateProfile');
        break;
      case 'beanstalk-environment':
        add('AWS::ElasticBeanstalk::Application');
        add('AWS::ElasticBeanstalk::Environment');
        // The instances' role and profile, and the service role managed updates need.
        add('AWS::IAM::Role', 2);
        add('AWS::IAM::InstanceProfile');
        break;
      case 'vpc-link':
        add(r.version === 'v1' ? 'AWS::ApiGateway::VpcLink' : 'AWS::ApiGatewayV2::VpcLink');
        break;
      case 'api-gateway':
        if (r.apiType === 'rest') {
          add('AWS::ApiGateway::RestApi');
          const paths = new Set<string>();
          const methods = new Set<string>();
          for (const integration of r.integrations) {
            const parts = integration.path.split('/').filter(Boolean);
            parts.forEach((_, n) => paths.add(parts.slice(0, n + 1).join('/')));
            methods.add(`${integration.method.toUpperCase()} ${parts.join('/')}`);
          }
          add('AWS::ApiGateway::Resource', paths.size);
          add('AWS::ApiGateway::Method', methods.size);
          if (methods.size > 0) {
            add('AWS::ApiGateway::Deployment');
            add('AWS::ApiGateway::Stage');
          }
        } else {
          add('AWS::ApiGatewayV2::Api');
          add('AWS::ApiGatewayV2::Stage');
          const routes = new Set<string>();
          for (const integration of r.integrations) {
            const lb = index.get(integration.target);
            const link = index.getOf(integration.vpcLink, 'vpc-link');
            if (lb && (lb.kind === 'alb' || lb.kind === 'nlb') && link?.version === 'v2') {
              routes.add(`${integration.method.toUpperCase()} /${integration.path.split('/').filter(Boolean).join('/')}`);
            }
          }
          add('AWS::ApiGatewayV2::Integration', routes.size);
          add('AWS::ApiGatewayV2::Route', routes.size);
        }
        break;
      default:
        break;
    }
  }
  add('AWS::ECS::Cluster', ecsStacks.size);
  add('AWS::ServiceDiscovery::PrivateDnsNamespace', namespaces.size);
  // The custom resources of a stack share one provider function and its role.
  add('AWS::Lambda::Function', sdkCallStacks.size);
  add('AWS::IAM::Role', sdkCallStacks.size);
  return counts;
}
