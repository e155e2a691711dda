/**
 * What the gallery's CDK apps need to work once deployed, read from the generated stacks:
 * nodes that receive their NodePorts, an API with an invoke URL, services found through
 * Cloud Map, and nothing created twice that Elastic Beanstalk creates itself.
 */
import { describe, expect, it } from 'vitest';
import type { Design } from '../../model/design.ts';
import { generateCdk, type CdkOptions } from './index.ts';
import { COMMENTS } from './writer.ts';
import { seedExamples } from './testing/cases.ts';

function designOf(name: string): Design {
  const example = seedExamples().find((candidate) => candidate.name === name);
  if (!example) throw new Error(`no seed example ${name}`);
  return example.design;
}

function stacksOf(name: string, design = designOf(name), options?: CdkOptions): string {
  return generateCdk(design, options)
    .filter((file) => file.path.startsWith('lib/'))
    .map((file) => file.contents)
    .join('\n');
}

/** The `new <className>(this, ...)` statements of a source, each up to its closing `});`. */
function constructs(source: string, className: string): string[] {
  const out: string[] = [];
  for (let at = source.indexOf(`new ${className}(this, `); at >= 0; at = source.indexOf(`new ${className}(this, `, at + 1)) {
    const end = source.indexOf('\n    });', at);
    out.push(source.slice(at, end < 0 ? undefined : end));
  }
  return out;
}

describe('API Gateway to EKS through an NLB (api-gateway-eks)', () => {
  const source = stacksOf('api-gateway-eks');

  it('puts the NodePort security group on the nodes, beside the cluster security group, and not on the control plane', () => {
    const [cluster] = constructs(source, 'eks.CfnCluster');
    expect(cluster).not.toContain('securityGroupIds');
    const [template] = constructs(source, 'ec2.CfnLaunchTemplate');
    expect(template).toMatch(/securityGroupIds: \[eksClusterApiEks\.attrClusterSecurityGroupId, sgEksNodes\.attrGroupId\]/);
    const [nodes] = constructs(source, 'eks.CfnNodegroup');
    expect(nodes).toMatch(/launchTemplate: \{\s+id: eksClusterApiEksNodesLaunchTemplate\.ref,/);
  });

  it("registers the nodes in the NLB's three NodePort target groups through the node group's Auto Scaling group, and detaches them on delete", () => {
    const [lookup, attachment] = constructs(source, 'cr.AwsCustomResource');
    expect(lookup).toMatch(/action: "describeNodegroup",\s+parameters: \{\s+clusterName: eksClusterApiEks\.ref,\s+nodegroupName: eksClusterApiEksNodes\.attrNodegroupName,/);
    expect(lookup).toContain('outputPaths: ["nodegroup.resources.autoScalingGroups.0.name"]');
    expect(attachment).toContain('action: "attachLoadBalancerTargetGroups"');
    expect(attachment).toContain('action: "detachLoadBalancerTargetGroups"');
    const groups = /TargetGroupARNs: \[([^\]]*)\]/.exec(attachment!)![1]!.split(',').map((text) => text.trim()).filter(Boolean);
    expect(groups).toEqual(['targetGroupOrdersNodeport.ref', 'targetGroupUsersNodeport.ref', 'targetGroupCatalogNodeport.ref']);
    expect(attachment).toMatch(/AutoScalingGroupName: eksClusterApiEksNodesAutoScalingGroup\.getResponseField\("nodegroup\.resources\.autoScalingGroups\.0\.name"\)/);
  });

  it('deploys the REST API to a stage and outputs its invoke URL', () => {
    expect(constructs(source, 'apigateway.CfnDeployment')).toHaveLength(1);
    const [stage] = constructs(source, 'apigateway.CfnStage');
    expect(stage).toContain('deploymentId: apiPublicApiDeployment.ref');
    expect(source).toMatch(/new CfnOutput\(this, "ApiPublicApiInvokeUrl", \{\s+value: Fn\.join\("", \["https:\/\/", apiPublicApi\.ref, "\.execute-api\.", Aws\.REGION, "\.", Aws\.URL_SUFFIX, "\/", apiPublicApiStage\.ref, "\/"\]\)/);
  });

  it('passes a greedy path on as {proxy}, declared on the method and mapped into the integration', () => {
    const methods = constructs(source, 'apigateway.CfnMethod');
    expect(methods).toHaveLength(3);
    for (const method of methods) {
      const uri = /uri: (.*)/.exec(method)![1]!;
      expect(uri).toMatch(/\/\{proxy\}"\]\)/);
      expect(uri).not.toContain('{proxy+}');
      expect(method).toContain('"method.request.path.proxy": true');
      expect(method).toContain('"integration.request.path.proxy": "method.request.path.proxy"');
    }
  });
});

describe('ECS on Fargate (ecs-fargate)', () => {
  const source = stacksOf('ecs-fargate');

  it('registers every service in the one Cloud Map namespace of the VPC', () => {
    const namespaces = constructs(source, 'servicediscovery.CfnPrivateDnsNamespace');
    expect(namespaces).toHaveLength(1);
    expect(namespaces[0]).toContain('name: "opsnow.local"');
    const discovery = constructs(source, 'servicediscovery.CfnService');
    const services = constructs(source, 'ecs.CfnService');
    expect(services).toHaveLength(3);
    expect(discovery).toHaveLength(services.length);
    for (const entry of discovery) expect(entry).toContain(`namespaceId: cloudMapNamespace.attrId`);
    for (const service of services) expect(service).toMatch(/serviceRegistries: \[\s+\{\s+registryArn: \w+Discovery\.attrArn,\s+\},\s+\]/);
  });

  it('runs tasks with an execution role and container logs', () => {
    for (const task of constructs(source, 'ecs.CfnTaskDefinition')) {
      expect(task).toMatch(/executionRoleArn: \w+ExecutionRole\.attrArn/);
      expect(task).toContain('logDriver: "awslogs"');
    }
  });
});

describe('static IPs for a partner (static-ips-partner)', () => {
  const source = stacksOf('static-ips-partner');

  it("leaves Elastic Beanstalk's instances and its load balancer's target group to Elastic Beanstalk", () => {
    const names = [...source.matchAll(/Tags\.of\((\w+)\)\.add\("Name", "([^"]+)"\)/g)].map((match) => match[2]);
    expect(names).toEqual(expect.arrayContaining(['nginx-1', 'nginx-2', 'nginx-3', 'nginx-4', 'proxies']));
    expect(names).not.toContain('api-prod-1');
    expect(names).not.toContain('api-prod-2');
    expect(names).not.toContain('api-prod instances');
    expect(constructs(source, 'ec2.CfnInstance')).toHaveLength(4);
  });

  it("keeps the partner's allow-listed addresses: the NLB maps each subnet to the existing allocation, passed in, and allocates none", () => {
    const names = [...source.matchAll(/new ec2\.CfnEIP\(this, "(\w+)"/g)].map((match) => match[1]);
    expect(names).toEqual(['EipNatAAddress', 'EipNatCAddress']);
    for (const [id, address] of [['EipPartnerEntryAAllocationId', '198.51.100.10'], ['EipPartnerEntryCAllocationId', '198.51.100.20']] as const) {
      const parameter = new RegExp(`const (\\w+) = new CfnParameter\\(this, "${id}", \\{([^}]*)\\}\\);`).exec(source);
      expect(parameter, id).not.toBeNull();
      expect(parameter![2]).toContain(`Elastic IP ${address}`);
      expect(parameter![2]).toContain('allowedPattern: "^eipalloc-[0-9a-f]+\\u0024"');
      expect(parameter![2]).not.toContain('default');
      expect(constructs(source, 'elbv2.CfnLoadBalancer')[0]).toContain(`allocationId: ${parameter![1]}.valueAsString`);
    }
  });

  it('gives a NAT gateway whose Elastic IP the design fixes the existing allocation, not a new address', () => {
    const design = designOf('static-ips-partner');
    const fixed: Design = {
      ...design,
      resources: design.resources.map((r) => (r.id === 'nat-a-eip' && r.kind === 'elastic-ip' ? { ...r, address: '198.51.100.30' } : r)),
    };
    const nat = constructs(stacksOf('static-ips-partner', fixed), 'ec2.CfnNatGateway').find((text) => text.includes('"NatNatA"'))!;
    expect(nat).toMatch(/allocationId: paramEipNatAAddressAllocationId\.valueAsString/);
    expect(stacksOf('static-ips-partner', fixed)).not.toContain('new ec2.CfnEIP(this, "EipNatAAddress"');
  });
});

describe('an export forced past errors', () => {
  const notes = new Map([['partner-nlb', ['ELB-TG-VPC: the listener names a target group of "prod */ </script>\nnext"']]]);
  const source = stacksOf('static-ips-partner', designOf('static-ips-partner'), { notes });

  it('marks the construct AWS will refuse with a comment above it and says why in a synth warning', () => {
    expect(source).toContain(`${COMMENTS.refused}\n    const nlbPartnerNlb = new elbv2.CfnLoadBalancer(this, "NlbPartnerNlb", {`);
    expect(source).toContain(
      'Annotations.of(nlbPartnerNlb).addWarningV2("landing-zone:refused", "AWS will refuse this: ELB-TG-VPC: the listener names a target group of \\"prod */ \\u003c/script\\u003e\\nnext\\"");',
    );
    expect(source.split(COMMENTS.refused)).toHaveLength(2);
  });

  it('writes no such comment or warning when nothing was forced', () => {
    expect(stacksOf('static-ips-partner')).not.toContain('landing-zone:refused');
  });
});

describe('account numbers and regions', () => {
  for (const { name, design } of seedExamples()) {
    it(`${name}: come from the app's context, which cdk.json sets to the design's values`, () => {
      const files = generateCdk(design);
      const context = JSON.parse(files.find((file) => file.path === 'cdk.json')!.contents).context as Record<string, unknown>;
      for (const account of design.resources) {
        if (account.kind !== 'account' || !account.accountId) continue;
        expect(context[`landing-zone:account:${account.id}`]).toBe(account.accountId);
        // Container images are the design's own text (a registry address may name the account).
        for (const file of files.filter((candidate) => candidate.path.endsWith('.ts'))) {
          expect(file.contents.replace(/image: "[^"\n]*"/g, ''), file.path).not.toContain(account.accountId);
        }
      }
      for (const vpc of design.resources) {
        if (vpc.kind !== 'vpc') continue;
        expect(context[`landing-zone:region:${vpc.region}`]).toBe(vpc.region);
        // A region is named only to look it up (regionOf), in availability zones and in descriptions.
        for (const file of files.filter((candidate) => candidate.path.endsWith('.ts'))) {
          const bare = file.contents.replace(new RegExp(`regionOf\\((this|app), "${vpc.region}"\\)|"${vpc.region}[a-z]"|description: "[^"\\n]*"`, 'g'), '');
          expect(bare, file.path).not.toContain(`"${vpc.region}"`);
        }
      }
    });
  }
});

describe('what a team needs to deploy the app', () => {
  for (const { name, design } of seedExamples()) {
    it(`${name}: the README says what to create first and the order npm run deploy follows; the CDK CLI is a devDependency`, () => {
      const files = generateCdk(design);
      const text = (path: string) => files.find((file) => file.path === path)!.contents;
      const readme = text('README.md');
      const pkg = JSON.parse(text('package.json')) as { scripts: Record<string, string>; devDependencies: Record<string, string> };
      expect(pkg.devDependencies['aws-cdk']).toMatch(/^\^2\./);
      expect(pkg.scripts.deploy).toBe('cdk deploy --all');
      const stackIds = [...text('bin/app.ts').matchAll(/new \w+\(app, "([^"]+)"/g)].map((match) => match[1]!);
      const [before, order] = readme.split('## Deployment order');
      expect(before).toContain('## Before the first deployment');
      for (const account of design.resources) {
        if (account.kind === 'account' && account.accountId && stackIds.length > 0) expect(before).toMatch(new RegExp(`npx cdk bootstrap aws://${account.accountId}/`));
      }
      expect(order).toContain('`npm run deploy`');
      // Every stack is listed, in the order bin/app.ts declares them (wave by wave).
      const listed = [...order!.matchAll(/^- `([^`]+)`: account/gm)].map((match) => match[1]!);
      expect(listed).toEqual(stackIds);
      if (design.resources.filter((resource) => resource.kind === 'account').length > 1) expect(readme).toContain('## Values that cross accounts and regions');
    });
  }
});
