/**
 * CloudFormation templates (JSON or YAML, short-form tags included) → a design. Each mapped
 * resource keeps its logical id as its design id and in `source`; what the design cannot hold
 * is a note. The stack is read as created with every parameter at its default, in a Region
 * the template names through a literal AZ, or a placeholder one (said in a note).
 */
import { DESIGN_FORMAT, DESIGN_VERSION, type Design, type Resource } from '../../../model/index.ts';
import type { ImportInput, ImportNote, ImportResult } from '../types.ts';
import { implicitVpcObjects, localRoutes } from '../implicit.ts';
import { readTemplate, PLACEHOLDER_REGION } from './template.ts';
import { inlineRules, MAPPERS, PHASES, type MapContext } from './map.ts';

export const ACCOUNT_ID = 'stack-account';

export function importCloudFormation(input: ImportInput): ImportResult {
  const { file } = input;
  const template = readTemplate(file.name, file.text);
  const notes: ImportNote[] = [];
  const account: Resource = { id: ACCOUNT_ID, name: template.ctx.stackName || 'Stack account', kind: 'account' };
  const ctx: MapContext = {
    file: file.name,
    template,
    account: ACCOUNT_ID,
    byId: new Map(),
    typeOf: new Map(template.resources.map((resource) => [resource.logicalId, resource.type])),
    resources: [account],
    notes,
    azIndexUsed: false,
    add(resource) {
      this.resources.push(resource);
      this.byId.set(resource.id, resource);
    },
    note(level, resource, message) {
      notes.push({ address: resource.logicalId, type: resource.type, level, message });
    },
  };
  for (const resource of template.resources) {
    if (!resource.created) ctx.note('skipped', resource, `its condition ${resource.condition} is false with the parameters' defaults, so the stack would not create it`);
  }
  for (const phase of PHASES) {
    for (const resource of template.resources) {
      if (resource.created && MAPPERS[resource.type]?.phase === phase) MAPPERS[resource.type]!.map(ctx, resource);
    }
    if (phase === 3) inlineRules(ctx);
  }
  for (const resource of template.resources) {
    if (resource.created && !MAPPERS[resource.type]) ctx.note('skipped', resource, `${resource.type} is not part of what the design models (networks, gateways, routes, ACLs, security groups, endpoints, instances)`);
  }
  const resources = finish(ctx);
  if (ctx.azIndexUsed || template.ctx.region === PLACEHOLDER_REGION) {
    notes.unshift({
      address: 'AWS::Region',
      level: 'inferred',
      message:
        template.ctx.region === PLACEHOLDER_REGION
          ? `the template names no Region: the design places the stack in ${PLACEHOLDER_REGION}, and the n-th AZ of Fn::GetAZs (az-index:n) is ${PLACEHOLDER_REGION} with the n-th letter (az-index:0 is ${PLACEHOLDER_REGION}a)`
          : `the n-th AZ of Fn::GetAZs (az-index:n) is ${template.ctx.region} with the n-th letter`,
    });
  }
  const design: Design = {
    format: DESIGN_FORMAT,
    version: DESIGN_VERSION,
    name: template.ctx.stackName || 'Imported stack',
    ...(template.description ? { description: template.description.slice(0, 4096) } : {}),
    resources,
    layout: {},
  };
  return { format: 'cfn', design, notes };
}

/** Local routes go first in each table; every VPC gets its implicit main table and default NACL; unattached gateways go. */
function finish(ctx: MapContext): Resource[] {
  const out: Resource[] = [];
  for (const resource of ctx.resources) {
    if (resource.kind === 'internet-gateway' && resource.parent === undefined) {
      ctx.notes.push({ address: resource.id, type: 'AWS::EC2::InternetGateway', level: 'skipped', message: 'no VPCGatewayAttachment of this template attaches it to a VPC' });
      continue;
    }
    if (resource.kind === 'route-table') {
      const vpc = ctx.byId.get(resource.parent ?? '');
      if (vpc?.kind === 'vpc') out.push({ ...resource, routes: [...localRoutes(vpc.cidrs, vpc.ipv6Cidrs), ...resource.routes] });
      continue;
    }
    out.push(resource);
    if (resource.kind === 'vpc') {
      out.push(...implicitVpcObjects({ id: resource.id, name: resource.name, cidrs: resource.cidrs, ipv6Cidrs: resource.ipv6Cidrs, file: ctx.file, address: resource.id }));
    }
  }
  return out;
}
