/** A CloudFormation template read into its parts, with parameters at their defaults and conditions evaluated once. */
import { parseJsonOrYaml } from '../yaml.ts';
import { ImportError } from '../types.ts';
import { evaluate, Unknown, type TemplateContext } from './intrinsics.ts';
import { azLetter } from '../implicit.ts';

export interface TemplateResource {
  readonly logicalId: string;
  readonly type: string;
  readonly condition?: string | undefined;
  /** False when its condition is false with the parameters' defaults: the stack would not create it. */
  readonly created: boolean;
  readonly properties: Readonly<Record<string, unknown>>;
}

export interface Template {
  readonly ctx: TemplateContext;
  readonly description?: string | undefined;
  readonly resources: readonly TemplateResource[];
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Where a stack of this template would go: a literal AZ in it names the Region; else a placeholder. */
export const PLACEHOLDER_REGION = 'us-east-1';

function regionOf(resources: Record<string, unknown>): string | undefined {
  for (const resource of Object.values(resources)) {
    const az = isRecord(resource) && isRecord(resource.Properties) ? resource.Properties.AvailabilityZone : undefined;
    if (typeof az === 'string' && /^[a-z]{2}(-[a-z]+)+-\d[a-z]$/.test(az)) return az.slice(0, -1);
  }
  return undefined;
}

function parameterDefault(name: string, parameter: unknown): unknown {
  if (!isRecord(parameter) || parameter.Default === undefined) return new Unknown(`the parameter ${name} has no default`);
  const value = parameter.Default;
  const type = typeof parameter.Type === 'string' ? parameter.Type : 'String';
  if ((type.startsWith('List<') || type === 'CommaDelimitedList') && typeof value === 'string') return value.split(',').map((item) => item.trim());
  return typeof value === 'number' ? String(value) : value;
}

export function readTemplate(file: string, text: string): Template {
  const raw = parseJsonOrYaml(text, file);
  if (!isRecord(raw)) throw new ImportError(`${file}: a CloudFormation template is a mapping with Resources`);
  if (!isRecord(raw.Resources)) throw new ImportError(`${file}: Resources: a CloudFormation template needs a Resources mapping`);
  const rawResources = raw.Resources;
  const parameters: Record<string, unknown> = {};
  if (raw.Parameters !== undefined && !isRecord(raw.Parameters)) throw new ImportError(`${file}: Parameters: expected a mapping`);
  for (const [name, parameter] of Object.entries(raw.Parameters ?? {})) parameters[name] = parameterDefault(name, parameter);
  const mappings = isRecord(raw.Mappings) ? raw.Mappings : {};
  const conditions = isRecord(raw.Conditions) ? raw.Conditions : {};
  const region = regionOf(rawResources) ?? PLACEHOLDER_REGION;
  const memo = new Map<string, boolean | 'evaluating'>();
  const ctx: TemplateContext = {
    file,
    region,
    stackName: file.replace(/^.*[\\/]/, '').replace(/\.(ya?ml|json|template)$/i, ''),
    parameters,
    mappings,
    resources: new Set(Object.keys(rawResources)),
    azName: (index) => `${region}${azLetter(index)}`,
    attribute(logicalId, attribute) {
      const resource = rawResources[logicalId];
      if (attribute !== 'CidrBlock' || !isRecord(resource) || resource.Type !== 'AWS::EC2::VPC' || !isRecord(resource.Properties)) return undefined;
      const cidr = evaluate(ctx, resource.Properties.CidrBlock, `Resources.${logicalId}.Properties.CidrBlock`);
      return typeof cidr === 'string' ? cidr : undefined;
    },
    condition(name, path) {
      const known = memo.get(name);
      if (known === 'evaluating') throw new ImportError(`${file}: Conditions.${name}: the condition refers to itself`);
      if (known !== undefined) return known;
      if (!Object.hasOwn(conditions, name)) throw new ImportError(`${file}: ${path}: there is no condition ${name}`);
      memo.set(name, 'evaluating');
      const value = evaluate(ctx, conditions[name], `Conditions.${name}`);
      if (typeof value !== 'boolean') throw new ImportError(`${file}: Conditions.${name}: a condition evaluates to true or false`);
      memo.set(name, value);
      return value;
    },
  };
  const resources: TemplateResource[] = [];
  for (const [logicalId, resource] of Object.entries(rawResources)) {
    if (!isRecord(resource) || typeof resource.Type !== 'string') throw new ImportError(`${file}: Resources.${logicalId}.Type: every resource has a Type`);
    const condition = typeof resource.Condition === 'string' ? resource.Condition : undefined;
    if (condition !== undefined && !ctx.condition(condition, `Resources.${logicalId}.Condition`)) {
      resources.push({ logicalId, type: resource.Type, condition, created: false, properties: {} });
      continue;
    }
    const properties = evaluate(ctx, resource.Properties ?? {}, `Resources.${logicalId}.Properties`);
    if (!isRecord(properties)) throw new ImportError(`${file}: Resources.${logicalId}.Properties: expected a mapping`);
    resources.push({ logicalId, type: resource.Type, condition, created: true, properties });
  }
  return { ctx, description: typeof raw.Description === 'string' ? raw.Description : undefined, resources };
}
