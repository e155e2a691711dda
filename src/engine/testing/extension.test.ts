import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { securityGroupRefs, subnetRefs } from '../iac/cdk/common.ts';
import { generateCdk } from '../iac/cdk/index.ts';
import { generateTerraform } from '../iac/terraform/index.ts';
import { canReceiveFlows, canSendFlows, idsOf, KINDS, parseDesign, Port, resourceSchema, serializeDesign, type Design, type KindInfo, type Resource } from '../model/index.ts';
import { createValidator, validate } from '../rules/index.ts';
import { trace } from '../sim/trace.ts';
import { design, from } from './builder.ts';
import { extendKinds } from './extension.ts';

/** A throwaway kind: a packet appliance with an interface in each subnet and security groups of its own. */
const KIND = 'test-appliance';
const Appliance = resourceSchema(KIND, {
  subnets: idsOf(['subnet']).optional(),
  securityGroups: idsOf(['security-group']).optional(),
  port: Port.optional(),
});

const info: KindInfo = {
  ...KINDS.instance,
  label: 'Test appliance',
  idPrefix: 'appl',
  defaults: { securityGroups: [] },
  interfaces: 'per-subnet',
  securityGroups: { field: 'securityGroups', vpcDefault: true },
  target: undefined,
  roles: [],
  connections: [],
  summary: () => 'appliance',
};

let remove: () => void;
beforeAll(() => {
  remove = extendKinds({
    kind: KIND,
    info,
    schema: Appliance,
    terraform: {
      type: () => 'aws_instance',
      emit: (ctx, resource) => {
        ctx.emitPrimary('compute', resource, {
          subnet_id: ctx.subnetIds(resource)[0],
          vpc_security_group_ids: ctx.securityGroupIds((resource as unknown as { securityGroups?: string[] }).securityGroups),
        });
      },
    },
    cdk: {
      prefix: 'appliance',
      emits: [
        {
          stage: 'services',
          emit: (ctx, { resource, stack, varName, constructId }) => {
            stack.construct(varName, 'ec2.CfnInstance', constructId, {
              subnetId: subnetRefs(ctx, stack, resource)[0],
              securityGroupIds: securityGroupRefs(ctx, stack, (resource as unknown as { securityGroups?: string[] }).securityGroups),
            });
          },
        },
      ],
    },
  });
});
afterAll(() => remove());

const allOut = [{ protocol: 'all', fromPort: 0, toPort: 65535, peer: { kind: 'cidr', cidr: '0.0.0.0/0' } }];
const https = [{ protocol: 'tcp', fromPort: 443, toPort: 443, peer: { kind: 'cidr', cidr: '10.0.0.0/16' } }];

function world(applianceEgress: unknown[]): Design {
  const base = design('extension')
    .account('net')
    .vpc('v', 'net', '10.0.0.0/16')
    .subnet('a', 'v', '10.0.1.0/24', 'ap-northeast-2a')
    .add('security-group', 'web-sg', { parent: 'v', ingress: https, egress: allOut })
    .add('security-group', 'appl-sg', { parent: 'v', ingress: [], egress: applianceEgress })
    .add('instance', 'web', { parent: 'a', securityGroups: ['web-sg'] })
    .build();
  const appliance = { id: 'appl-1', kind: KIND, name: 'inspection', parent: 'a', securityGroups: ['appl-sg'] } as unknown as Resource;
  return from({ ...base, resources: [...base.resources, appliance] }).build();
}

describe('a kind added through the registries alone', () => {
  it('parses, and its reference fields are checked like any other kind', () => {
    const parsed = parseDesign(serializeDesign(world(allOut)));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.design.resources.find((r) => r.id === 'appl-1')).toMatchObject({ kind: KIND, securityGroups: ['appl-sg'] });
    const dangling = world(allOut);
    const broken = { ...dangling, resources: dangling.resources.map((r) => (r.id === 'appl-1' ? { ...r, securityGroups: ['sg-gone'] } : r)) };
    const refused = parseDesign(serializeDesign(broken));
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error).toMatchObject({ type: 'dangling-reference', resourceId: 'appl-1', path: 'securityGroups.0', target: 'sg-gone' });
  });

  it('validates without errors', () => {
    expect(validate(world(allOut)).filter((f) => f.severity === 'error')).toEqual([]);
  });

  // The rules' kind lists (security-group holders, NACL residents, participant kinds,
  // VPC-local kinds) are read from the registry when validation runs, not at module load.
  it('is a security-group holder to SG-REF: a group of another VPC is refused, its own VPC\'s is not', () => {
    const other = from(world(allOut)).vpc('w', 'net', '10.1.0.0/16').add('security-group', 'far-sg', { parent: 'w', ingress: [], egress: allOut }).build();
    const foreign = { ...other, resources: other.resources.map((r) => (r.id === 'appl-1' ? { ...r, securityGroups: ['far-sg'] } : r)) };
    expect(validate(foreign).filter((f) => f.ruleId === 'SG-REF:attachment').map((f) => f.resourceIds)).toEqual([['appl-1', 'far-sg']]);
    expect(validate(other).filter((f) => f.ruleId.startsWith('SG-REF'))).toEqual([]);
  });

  it('is a participant kind to SHR-OWNER: another account launches it only into a subnet shared with it', () => {
    const byParticipant = (shared: boolean) => {
      let builder = from(world(allOut)).account('dept');
      if (shared) builder = builder.add('ram-share', 'share', { resources: ['a'], principals: ['dept'] });
      const built = builder.build();
      return { ...built, resources: built.resources.map((r) => (r.id === 'appl-1' ? { ...r, account: 'dept' } : r)) };
    };
    expect(validate(byParticipant(false)).filter((f) => f.ruleId.startsWith('SHR-OWNER')).map((f) => [f.ruleId, f.resourceIds])).toEqual([['SHR-OWNER:not-shared', ['appl-1', 'a']]]);
    expect(validate(byParticipant(true)).filter((f) => f.ruleId.startsWith('SHR-OWNER'))).toEqual([]);
  });

  it('is re-checked by live validation when it changes, like any kind the rules depend on', () => {
    const other = from(world(allOut)).vpc('w', 'net', '10.1.0.0/16').add('security-group', 'far-sg', { parent: 'w', ingress: [], egress: allOut }).build();
    const validator = createValidator();
    expect(validator.validate(other).filter((f) => f.ruleId.startsWith('SG-REF'))).toEqual([]);
    const edited = { ...other, resources: other.resources.map((r) => (r.id === 'appl-1' ? { ...r, securityGroups: ['far-sg'] } : r)) };
    expect(validator.validate(edited)).toEqual(validate(edited));
    expect(validator.validate(edited).map((f) => f.ruleId)).toContain('SG-REF:attachment');
  });

  it('may start and end a traced flow, as its interfaces say', () => {
    expect([canSendFlows(KIND), canReceiveFlows(KIND)]).toEqual([true, true]);
  });

  it('traces as an interface: a flow from it reaches, or its security group drops it', () => {
    const open = trace(world(allOut), { from: 'appl-1', to: 'web', protocol: 'tcp', port: 443 });
    expect(open.verdict).toEqual({ reachable: true });
    const closed = trace(world([]), { from: 'appl-1', to: 'web', protocol: 'tcp', port: 443 });
    expect(closed.verdict).toMatchObject({ reachable: false, reason: 'SG_DENY' });
  });

  it('exports to Terraform and CDK', () => {
    const terraform = generateTerraform(world(allOut)).find((file) => file.path === 'compute.tf');
    expect(terraform?.contents).toMatch(/resource "aws_instance" "appl_1" \{[^}]*vpc_security_group_ids = \[aws_security_group\.appl_sg\.id\]/s);
    const cdk = generateCdk(world(allOut)).map((file) => file.contents).join('\n');
    expect(cdk).toMatch(/new ec2\.CfnInstance\(this, "ApplianceInspection", \{[^}]*securityGroupIds: \[/s);
  });
});

describe('a managed service kind added through the registries alone', () => {
  const SERVICE = 'test-managed-service';
  let removeService: () => void;
  beforeAll(() => {
    removeService = extendKinds({
      kind: SERVICE,
      info: { ...info, label: 'Test service', servicePorts: () => ({ service: 'amqp', ports: [5671], reachedThrough: 'the service endpoint' }) },
      schema: resourceSchema(SERVICE, { securityGroups: idsOf(['security-group']).optional() }),
      terraform: { type: () => 'aws_instance', emit: () => {} },
      cdk: { prefix: 'service', emits: [] },
    });
  });
  afterAll(() => removeService());

  function withService(): Design {
    const base = design('managed')
      .account('net')
      .vpc('v', 'net', '10.0.0.0/16')
      .subnet('a', 'v', '10.0.1.0/24', 'ap-northeast-2a')
      .add('security-group', 'client-sg', { parent: 'v', ingress: [], egress: allOut })
      .add('security-group', 'svc-sg', { parent: 'v', ingress: [{ protocol: 'tcp', fromPort: 0, toPort: 65535, peer: { kind: 'cidr', cidr: '10.0.0.0/16' } }], egress: allOut })
      .add('instance', 'client', { parent: 'a', securityGroups: ['client-sg'] })
      .build();
    const service = { id: 'svc-1', kind: SERVICE, name: 'queue', parent: 'a', securityGroups: ['svc-sg'] } as unknown as Resource;
    return from({ ...base, resources: [...base.resources, service] }).build();
  }

  it('answers on the ports its entry declares and refuses others at its listener, with no simulator change', () => {
    const open = trace(withService(), { from: 'client', to: 'svc-1', protocol: 'tcp', port: 5671 });
    expect(open.verdict).toEqual({ reachable: true });
    const closed = trace(withService(), { from: 'client', to: 'svc-1', protocol: 'tcp', port: 80 });
    expect(closed.verdict).toEqual({ reachable: false, reason: 'NO_LISTENER', at: 'svc-1' });
    expect(closed.forward.at(-1)).toMatchObject({ step: 'listener', decision: 'drop', box: 'svc-1' });
  });
});
