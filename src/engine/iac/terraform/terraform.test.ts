import { readFileSync } from 'node:fs';
import { format } from '@cdktn/hcl-tools';
import { describe, expect, it } from 'vitest';
import { RESOURCE_KINDS, type Design } from '../../model/index.ts';
import { design } from '../../testing/builder.ts';
import { syntheticLandingZone } from '../../testing/synthetic.ts';
import { generateTerraform, NOT_MAPPED } from './index.ts';
import { everyKindDesign, HOSTILE_NAMES, hubAndSpokeDesign } from './test-designs.ts';
import { verifyTerraform, type ProviderReference } from './verify.ts';

const reference = JSON.parse(
  readFileSync(new URL('../../../../test/data/aws-provider-arguments.json', import.meta.url), 'utf8'),
) as ProviderReference;

type JsonObject = Record<string, unknown>;

function resourcesOf(json: JsonObject, type: string): Record<string, JsonObject> {
  const byName = ((json.resource as JsonObject | undefined)?.[type] ?? {}) as Record<string, JsonObject[]>;
  return Object.fromEntries(Object.entries(byName).map(([name, bodies]) => [name, bodies[0]!]));
}

function fileOf(files: ReturnType<typeof generateTerraform>, path: string): string {
  const file = files.find((candidate) => candidate.path === path);
  if (!file) throw new Error(`no ${path} in ${files.map((f) => f.path).join(', ')}`);
  return file.contents;
}

async function expectValid(design: Design) {
  const files = generateTerraform(design);
  const verified = await verifyTerraform(files, reference);
  expect(verified.problems).toEqual([]);
  for (const file of files.filter((f) => f.path.endsWith('.tf'))) expect(await format(file.contents), `${file.path} is not in terraform fmt form`).toBe(file.contents);
  return { files, ...verified };
}

describe('terraform export of a design using every kind', () => {
  const everything = everyKindDesign();

  it('is valid HCL, in fmt form, and uses only provider types and arguments, with required ones present', async () => {
    const { files } = await expectValid(everything);
    expect(files.map((file) => file.path)).toEqual([
      'versions.tf', 'providers.tf', 'network.tf', 'security.tf', 'load_balancing.tf', 'messaging.tf', 'api.tf', 'compute.tf', 'variables.tf', 'outputs.tf',
      'terraform.tfvars.example', 'README.md',
    ]);
  });

  it('maps every kind the exporter claims to map', async () => {
    const { resourceTypes } = await expectValid(everything);
    const expected = [
      'aws_vpc', 'aws_vpc_ipv4_cidr_block_association', 'aws_subnet', 'aws_route_table', 'aws_default_route_table', 'aws_route',
      'aws_route_table_association', 'aws_internet_gateway', 'aws_egress_only_internet_gateway', 'aws_nat_gateway', 'aws_eip',
      'aws_vpc_peering_connection', 'aws_vpc_peering_connection_accepter', 'aws_ec2_transit_gateway', 'aws_ec2_transit_gateway_route_table',
      'aws_ec2_transit_gateway_vpc_attachment', 'aws_ec2_transit_gateway_vpc_attachment_accepter', 'aws_ec2_transit_gateway_route_table_association',
      'aws_ec2_transit_gateway_route_table_propagation', 'aws_ec2_transit_gateway_route', 'aws_customer_gateway', 'aws_vpn_gateway', 'aws_vpn_gateway_route_propagation', 'aws_vpn_connection', 'aws_vpn_connection_route', 'aws_dx_gateway', 'aws_dx_gateway_association', 'aws_ec2_transit_gateway_peering_attachment', 'aws_ec2_transit_gateway_peering_attachment_accepter', 'aws_vpc_endpoint', 'aws_vpc_endpoint_service', 'aws_networkfirewall_rule_group', 'aws_networkfirewall_firewall_policy', 'aws_networkfirewall_firewall', 'aws_security_group',
      'aws_default_security_group', 'aws_vpc_security_group_ingress_rule', 'aws_vpc_security_group_egress_rule', 'aws_network_acl',
      'aws_network_acl_rule', 'aws_network_acl_association', 'aws_default_network_acl', 'aws_ram_resource_share', 'aws_ram_resource_association',
      'aws_ram_principal_association', 'aws_lb', 'aws_lb_listener', 'aws_lb_target_group', 'aws_lb_target_group_attachment', 'aws_mq_broker',
      'aws_api_gateway_rest_api', 'aws_api_gateway_vpc_link', 'aws_apigatewayv2_api', 'aws_apigatewayv2_integration', 'aws_apigatewayv2_route',
      'aws_apigatewayv2_stage', 'aws_apigatewayv2_vpc_link', 'aws_ecs_cluster', 'aws_ecs_task_definition', 'aws_ecs_service', 'aws_eks_cluster',
      'aws_eks_node_group', 'aws_iam_role', 'aws_elastic_beanstalk_environment', 'aws_lambda_function', 'aws_instance', 'aws_eip_association',
      'aws_launch_template', 'aws_autoscaling_group', 'aws_ec2_managed_prefix_list', 'aws_service_discovery_private_dns_namespace',
      // What the design implies and AWS needs: a REST API's deployment and stage, Beanstalk's application and
      // instance profile, Fargate's execution role, log group and Cloud Map service.
      'aws_api_gateway_deployment', 'aws_api_gateway_stage', 'aws_elastic_beanstalk_application', 'aws_iam_instance_profile',
      'aws_iam_role_policy_attachment', 'aws_cloudwatch_log_group', 'aws_service_discovery_service',
    ];
    expect([...resourceTypes].sort()).toEqual([...expected].sort());
    const used = new Set(everything.resources.map((resource) => resource.kind));
    expect(RESOURCE_KINDS.filter((kind) => !used.has(kind))).toEqual([]);
    expect(Object.keys(NOT_MAPPED).sort()).toEqual(['account', 'external', 'k8s-ingress', 'k8s-service']);
  });

  it('writes one provider alias per account and region, assuming a role into the account', async () => {
    const { json } = await expectValid(everything);
    const providers = (json.provider as { aws: JsonObject[] }).aws;
    expect(providers.map((provider) => provider.alias)).toEqual(['app_ap_northeast_1', 'app_ap_northeast_2', 'net_ap_northeast_2']);
    const roles = providers.map((provider) => (provider.assume_role as JsonObject[])[0]!.role_arn);
    // Account numbers and role names are variables, defaulting to what the design knows.
    expect(roles[2]).toBe('arn:aws:iam::${var.account_id_net}:role/${var.role_name_net}');
    expect(roles[0]).toBe('arn:aws:iam::${var.account_id_app}:role/${var.role_name_app}');
    const variables = json.variable as Record<string, JsonObject[]>;
    expect(variables.account_id_net![0]!.default).toBe('111111111111');
    expect(variables.role_name_net![0]!.default).toBe('LandingZoneAdmin');
    expect(variables.account_id_app![0]!.default).toBeUndefined();
    expect(providers.map((provider) => provider.region)).toEqual(['${var.region_app_ap_northeast_1}', '${var.region_app_ap_northeast_2}', '${var.region_net_ap_northeast_2}']);
    const subnets = resourcesOf(json, 'aws_subnet');
    expect(subnets.spoke_a!.provider).toBe('${aws.app_ap_northeast_2}');
    expect(subnets.dr_a!.provider).toBe('${aws.app_ap_northeast_1}');
  });

  it('peers across accounts and regions with an accepter in the peer account, routes on both sides', async () => {
    const { json } = await expectValid(everything);
    const peerings = resourcesOf(json, 'aws_vpc_peering_connection');
    expect(peerings.pcx_local).toMatchObject({ vpc_id: '${aws_vpc.hub.id}', peer_vpc_id: '${aws_vpc.spoke.id}', peer_owner_id: '${var.account_id_app}' });
    expect(peerings.pcx_local!.auto_accept).toBeUndefined();
    expect(peerings.pcx_dr).toMatchObject({ peer_region: 'ap-northeast-1', provider: '${aws.app_ap_northeast_2}' });
    const accepters = resourcesOf(json, 'aws_vpc_peering_connection_accepter');
    expect(accepters.pcx_local).toMatchObject({ provider: '${aws.app_ap_northeast_2}', auto_accept: true });
    expect(accepters.pcx_dr).toMatchObject({ provider: '${aws.app_ap_northeast_1}' });
    const routes = Object.values(resourcesOf(json, 'aws_route'));
    expect(routes).toContainEqual(expect.objectContaining({ destination_cidr_block: '10.20.0.0/16', vpc_peering_connection_id: '${aws_vpc_peering_connection_accepter.pcx_local.id}' }));
    expect(routes).toContainEqual(expect.objectContaining({ destination_cidr_block: '10.0.0.0/16', vpc_peering_connection_id: '${aws_vpc_peering_connection_accepter.pcx_local.id}' }));
    expect(routes).toContainEqual(expect.objectContaining({ destination_cidr_block: '10.20.0.0/16', vpc_peering_connection_id: '${aws_vpc_peering_connection_accepter.pcx_dr.id}' }));
    expect(routes.filter((route) => route.destination_cidr_block === '10.0.0.0/16' && route.gateway_id)).toEqual([]);
  });

  it('keeps secrets out of the files: broker passwords are sensitive variables', async () => {
    const { json, files } = await expectValid(everything);
    const brokers = resourcesOf(json, 'aws_mq_broker');
    for (const broker of Object.values(brokers)) {
      const user = (broker.user as JsonObject[])[0]!;
      expect(user.password).toMatch(/^\$\{var\.[a-z0-9_]+_password\}$/);
      const variable = String(user.password).slice(6, -1);
      const declared = (json.variable as Record<string, JsonObject[]>)[variable]![0]!;
      expect(declared.sensitive).toBe(true);
      expect(declared.default).toBeUndefined();
    }
    expect(fileOf(files, 'variables.tf')).toContain('sensitive   = true');
  });

  it('writes outputs for load balancer endpoints, NLB static IPs and NAT addresses', async () => {
    const { json } = await expectValid(everything);
    const outputs = json.output as Record<string, JsonObject[]>;
    expect(outputs.nlb_static_ips![0]!.value).toEqual(['${aws_eip.eip_nlb.public_ip}']);
    expect(outputs.nat_a_public_ip![0]!.value).toBe('${aws_nat_gateway.nat_a.public_ip}');
    expect(outputs.mq_endpoints![0]!.value).toBe('${aws_mq_broker.mq.instances[0].endpoints}');
    expect(outputs.api_http_endpoint![0]!.value).toBe('${aws_apigatewayv2_api.api_http.api_endpoint}');
    expect(outputs.api_rest_invoke_url![0]!.value).toBe('${aws_api_gateway_stage.api_rest.invoke_url}');
  });

  it('uses one rule resource per security group rule, and inline rules for the default group', async () => {
    const { json } = await expectValid(everything);
    const ingress = resourcesOf(json, 'aws_vpc_security_group_ingress_rule');
    expect(ingress.sg_web_ingress_1).toMatchObject({ security_group_id: '${aws_security_group.sg_web.id}', ip_protocol: 'tcp', from_port: 443, to_port: 443, cidr_ipv4: '0.0.0.0/0' });
    expect(ingress.sg_web_ingress_2).toMatchObject({ prefix_list_id: '${aws_ec2_managed_prefix_list.pl_partners.id}' });
    expect(ingress.sg_web_ingress_3).toMatchObject({ ip_protocol: 'icmpv6', cidr_ipv6: '::/0' });
    expect(ingress.sg_app_ingress_1).toMatchObject({ referenced_security_group_id: '${aws_security_group.sg_web.id}' });
    const defaults = resourcesOf(json, 'aws_default_security_group');
    expect(Object.values(defaults)[0]!.ingress).toEqual([expect.objectContaining({ self: true, protocol: '-1' })]);
  });

  it('leaves load balancers that Kubernetes controllers or Beanstalk create to them', async () => {
    const { json } = await expectValid(everything);
    // The Gateway Load Balancer is the export's own; nlb-k8s and alb-eb are left to their controllers.
    expect(Object.keys(resourcesOf(json, 'aws_lb')).sort()).toEqual(['alb', 'gwlb', 'nlb']);
    const environment = Object.values(resourcesOf(json, 'aws_elastic_beanstalk_environment'))[0]!;
    expect(environment.setting).toContainEqual(expect.objectContaining({ name: 'LoadBalancerType', value: 'application' }));
  });

  it('is deterministic', () => {
    expect(generateTerraform(everyKindDesign())).toEqual(generateTerraform(everyKindDesign()));
  });
});

describe('terraform names and strings', () => {
  it('makes resource names valid identifiers and unique, from ids that collide once made identifiers', async () => {
    // Addresses come from ids (which never change), not names: colliding names do not matter, colliding ids do.
    const built = design()
      .account('a', { name: '1st account' })
      .vpc('Main-VPC', 'a', '10.0.0.0/16', { name: 'main' })
      .vpc('main_vpc', 'a', '10.1.0.0/16', { name: 'main' })
      .vpc('v3', 'a', '10.2.0.0/16', { name: '메인' })
      .vpc('2nd.vpc', 'a', '10.3.0.0/16', { name: '2nd VPC' })
      .build();
    const { json } = await expectValid(built);
    expect(Object.keys(resourcesOf(json, 'aws_vpc')).sort()).toEqual(['main_vpc', 'main_vpc_2', 'r_2nd_vpc', 'v3']);
    expect(resourcesOf(json, 'aws_vpc').v3!.tags).toEqual({ Name: '메인' });
  });

  it('keeps hostile names inside strings: valid HCL, found verbatim as values, never as code', async () => {
    for (const hostile of HOSTILE_NAMES) {
      const built = everyKindDesign((label) => `${label} ${hostile}`);
      const { json, files } = await expectValid(built);
      const strings: string[] = [];
      const keys: string[] = [];
      const walk = (value: unknown) => {
        if (typeof value === 'string') strings.push(value);
        else if (Array.isArray(value)) value.forEach(walk);
        else if (value && typeof value === 'object') {
          for (const [key, inner] of Object.entries(value)) {
            keys.push(key);
            walk(inner);
          }
        }
      };
      walk(json);
      // Terraform JSON writes a literal `${` as `$${` and `%{` as `%%{`: undo that to read the value.
      const literal = (text: string) => text.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{');
      const expected = `hub ${hostile}`.replace(/[\ud800-\udfff]/g, '\ufffd');
      expect(strings.map(literal), JSON.stringify(hostile)).toContain(expected);
      for (const key of keys) expect(key.includes(hostile.trim()) && !key.startsWith('/'), `key ${JSON.stringify(key)}`).toBe(false);
      for (const value of strings) {
        const code = value.replace(/\$\$\{/g, '');
        expect(code.includes('${jndi'), value).toBe(false);
        expect(value.replace(/%%\{/g, '').includes('%{'), value).toBe(false);
      }
      for (const file of files) expect(file.contents.split('\n').filter((line) => line.startsWith('#') && line.includes('jndi'))).toEqual([]);
    }
  });

  it('escapes everything a string can hold', async () => {
    // Every character a tag value may hold: tab and line breaks, printable ASCII and beyond
    // (the schema refuses the other control characters and bidirectional overrides).
    const every = Array.from({ length: 0x80 }, (_, i) => String.fromCharCode(i)).filter((c) => c >= ' ' || '\t\n\r'.includes(c)).join('') + '\u2028\u00e9\ud83d\ude00${x}%{y}$';
    const built = design().account('a').vpc('v', 'a', '10.0.0.0/16', { tags: { Note: every } }).build();
    const { json } = await expectValid(built);
    const note = (Object.values(resourcesOf(json, 'aws_vpc'))[0]!.tags as JsonObject).Note as string;
    expect(note.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{')).toBe(every);
  });
});

describe('terraform export of a synthetic landing zone', () => {
  it('is valid for 300 resources across accounts, hubs, shares and peerings', async () => {
    const { resourceTypes } = await expectValid(syntheticLandingZone({ seed: 7, resources: 300 }));
    expect(resourceTypes.size).toBeGreaterThan(20);
  });
});

describe('terraform export of smaller designs', () => {
  it('exports an empty design as versions only', async () => {
    const { files } = await expectValid(design().build());
    expect(files.map((file) => file.path)).toEqual(['versions.tf']);
    expect(fileOf(files, 'versions.tf')).toContain('version = "~> 5.100"');
  });

  it('exports a hub and spoke with a cross-account transit gateway attachment accepted in the hub', async () => {
    const { json } = await expectValid(hubAndSpokeDesign());
    const accepters = resourcesOf(json, 'aws_ec2_transit_gateway_vpc_attachment_accepter');
    expect(accepters.att_app).toMatchObject({ provider: '${aws.network_ap_northeast_2}', transit_gateway_attachment_id: '${aws_ec2_transit_gateway_vpc_attachment.att_app.id}' });
    const attachments = resourcesOf(json, 'aws_ec2_transit_gateway_vpc_attachment');
    expect(attachments.att_app!.provider).toBe('${aws.workload_ap_northeast_2}');
    // The attachment waits for the share to reach the account and to hold the transit gateway.
    expect(attachments.att_app!.depends_on).toEqual(['${aws_ram_principal_association.share_tgw_workload}', '${aws_ram_resource_association.share_tgw_tgw}']);
    const routes = Object.values(resourcesOf(json, 'aws_route'));
    // The spoke's routes wait for the hub to accept, not only for the request.
    expect(routes).toContainEqual(expect.objectContaining({ transit_gateway_id: '${aws_ec2_transit_gateway.tgw.id}', depends_on: ['${aws_ec2_transit_gateway_vpc_attachment_accepter.att_app}'] }));
  });

  it('pins the provider to the tested major, or to the 6.x minor an argument needs', async () => {
    const versionOf = (built: Design) => /\sversion\s+= "~> ([\d.]+)"/.exec(fileOf(generateTerraform(built), 'versions.tf'))![1];
    const base = design().account('a').vpc('v', 'a', '10.0.0.0/16').subnet('s', 'v', '10.0.0.0/24', 'ap-northeast-2a');
    // Every 5.x argument (5.69's security group referencing, 5.53's bgp_asn_extended) is in the tested 5.100.
    expect(versionOf(base.build())).toBe('5.100');
    expect(versionOf(base.add('transit-gateway', 'tgw', { parent: 'a', securityGroupReferencing: true }).build())).toBe('5.100');
    const regional = base.add('nat-gateway', 'nat', { parent: 'v', availabilityMode: 'regional' }).build();
    expect(versionOf(regional)).toBe('6.24');
    const { json } = await expectValid(regional);
    expect(resourcesOf(json, 'aws_nat_gateway').nat).toMatchObject({ availability_mode: 'regional', vpc_id: '${aws_vpc.v.id}' });
    // A 4-byte ASN beyond bgp_asn's range goes in bgp_asn_extended.
    const office = (bgpAsn: number) => design().account('a').add('customer-gateway', 'cgw', { parent: 'a', bgpAsn }).build();
    expect(versionOf(office(4_200_000_000))).toBe('5.100');
    expect(fileOf(generateTerraform(office(4_200_000_000)), 'network.tf')).toContain('bgp_asn_extended');
  });

  it('leaves the load balancer, target group and instances of a Beanstalk environment to Beanstalk', async () => {
    const built = design()
      .account('a')
      .vpc('v', 'a', '10.0.0.0/16')
      .subnet('s', 'v', '10.0.0.0/24', 'ap-northeast-2a')
      .add('target-group', 'eb-tg', { parent: 'v', protocol: 'HTTP', port: 80, targets: [{ target: 'eb-1' }] })
      .add('alb', 'eb-alb', { parent: 's', listeners: [{ protocol: 'HTTP', port: 80, targetGroup: 'eb-tg' }] })
      .add('beanstalk-environment', 'eb', { parent: 's', name: 'api-prod', loadBalancer: 'eb-alb' })
      .add('instance', 'eb-1', { parent: 's', tags: { 'elasticbeanstalk:environment-name': 'api-prod' } })
      .add('instance', 'own', { parent: 's' })
      .build();
    const { json } = await expectValid(built);
    expect(Object.keys(resourcesOf(json, 'aws_instance'))).toEqual(['own']);
    expect(resourcesOf(json, 'aws_lb')).toEqual({});
    expect(resourcesOf(json, 'aws_lb_target_group')).toEqual({});
    expect(Object.keys(resourcesOf(json, 'aws_elastic_beanstalk_environment'))).toEqual(['eb']);
  });

  it('refers to a secondary CIDR block through its association so the subnet waits for it', async () => {
    const built = design().account('a').vpc('v', 'a', ['10.0.0.0/16', '10.1.0.0/16']).subnet('s', 'v', '10.1.0.0/24', 'ap-northeast-2a').build();
    const { json } = await expectValid(built);
    expect(resourcesOf(json, 'aws_subnet').s!.vpc_id).toBe('${aws_vpc_ipv4_cidr_block_association.v_10_1_0_0_16.vpc_id}');
  });

  it('leaves out routes whose target is gone instead of writing a dangling reference', async () => {
    const built = design().account('a').vpc('v', 'a', '10.0.0.0/16').routes('v-rtb-main', { destination: '0.0.0.0/0', target: 'igw-gone' }).build();
    const { json } = await expectValid(built);
    expect(resourcesOf(json, 'aws_route')).toEqual({});
  });
});
