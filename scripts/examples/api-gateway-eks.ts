/** Seed scenario 5: REST API Gateway → VPC link → internal NLB → NodePort services on EKS nodes. */
import { design } from '../../src/engine/testing/builder.ts';
import { AZ_A, AZ_C, finish, REGION, twoTierVpc, type Example } from './common.ts';

const VPC_CIDR = '10.30.0.0/16';
/** One NLB listener per Kubernetes Service, forwarding to the Service's NodePort on every node. */
const SERVICES = [
  { id: 'orders', listener: 8080, nodePort: 30080 },
  { id: 'users', listener: 8081, nodePort: 30081 },
  { id: 'catalog', listener: 8082, nodePort: 30082 },
];

export function apiGatewayEks(): Example {
  const b = design('API Gateway, VPC link, NLB and Kubernetes').account('api', {
    accountId: '777777777777',
  });
  twoTierVpc(b, {
    vpc: 'api-vpc',
    account: 'api',
    cidr: VPC_CIDR,
    name: 'api',
    publicSubnets: [
      { id: 'public-a', cidr: '10.30.0.0/24', az: AZ_A },
      { id: 'public-c', cidr: '10.30.1.0/24', az: AZ_C },
    ],
    privateSubnets: [
      { id: 'private-a', cidr: '10.30.10.0/24', az: AZ_A },
      { id: 'private-c', cidr: '10.30.11.0/24', az: AZ_C },
    ],
    nat: 'nat',
  });

  b.add('security-group', 'nodes-sg', {
    name: 'eks nodes',
    parent: 'api-vpc',
    // The NLB has no security group and keeps the client address: allow the VPC on the NodePort range.
    ingress: [
      {
        protocol: 'tcp',
        fromPort: 30000,
        toPort: 32767,
        peer: { kind: 'cidr', cidr: VPC_CIDR },
        description: 'NodePorts from the NLB',
      },
    ],
    egress: [
      { protocol: 'all', fromPort: 0, toPort: 65535, peer: { kind: 'cidr', cidr: '0.0.0.0/0' } },
    ],
  }).add('eks-cluster', 'eks', {
    name: 'api eks',
    parent: 'private-a',
    subnets: ['private-c'],
    compute: 'managed-nodes',
    nodeInstanceType: 'm6i.large',
    nodeSecurityGroups: ['nodes-sg'],
  });
  for (const service of SERVICES) {
    b.add('k8s-service', `${service.id}-svc`, {
      name: service.id,
      parent: 'eks',
      serviceType: 'NodePort',
      port: 80,
      targetPort: 8080,
      nodePort: service.nodePort,
    })
      // Target type instance; the target is the cluster, standing for its worker nodes.
      .add('target-group', `${service.id}-tg`, {
        name: `${service.id} nodeport`,
        parent: 'api-vpc',
        targetType: 'instance',
        protocol: 'TCP',
        port: service.nodePort,
        targets: [{ target: 'eks', port: service.nodePort }],
      });
  }
  b.add('nlb', 'api-nlb', {
    name: 'api internal nlb',
    parent: 'private-a',
    scheme: 'internal',
    subnets: ['private-c'],
    listeners: SERVICES.map((s) => ({
      protocol: 'TCP',
      port: s.listener,
      targetGroup: `${s.id}-tg`,
    })),
  })
    .add('vpc-link', 'api-link', {
      name: 'api vpc link',
      parent: 'api',
      version: 'v1',
      targets: ['api-nlb'],
    })
    .add('api-gateway', 'rest-api', {
      name: 'public api',
      parent: 'api',
      apiType: 'rest',
      endpointType: 'regional',
      region: REGION,
      integrations: SERVICES.map((s) => ({
        path: `/${s.id}/{proxy+}`,
        method: 'ANY',
        vpcLink: 'api-link',
        target: 'api-nlb',
        port: s.listener,
      })),
    })
    .add('external', 'client', {
      name: 'Internet client',
      endpointType: 'internet',
      connectsTo: ['rest-api'],
    });
  return {
    id: 'api-gateway-eks',
    title: 'API Gateway, VPC link, NLB and Kubernetes',
    summary:
      'A REST API Gateway reaches three Kubernetes NodePort Services (30080–30082) through a v1 VPC link and an internal NLB with one TCP listener per Service (8080–8082); the nodes’ security group allows the VPC on 30000–32767.',
    file: 'api-gateway-eks.json',
    design: finish(
      b,
      'Seed scenario 5: REST API → VPC link v1 → internal NLB → NodePort on the EKS worker nodes.',
    ),
  };
}
