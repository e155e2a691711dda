/**
 * A large Terraform plan for the import benchmark, built rather than committed: the
 * vpc-complete fixture's modules repeated as for_each instances (`module.vpc["i12"]`), the
 * way a landing zone's VPC module is called once per account or environment, until the JSON
 * reaches the size asked for. The configuration stays one entry per module call, as Terraform
 * writes it.
 */
import { readFileSync } from 'node:fs';

const FIXTURE = new URL('../../test/fixtures/import/terraform/vpc-complete.plan.json', import.meta.url);

interface Module {
  address?: string;
  resources?: { address: string }[];
  child_modules?: Module[];
}

const keyed = (address: string, key: string) => address.replace(/^module\.([A-Za-z0-9_-]+)/, (_, call: string) => `module.${call}["${key}"]`);

function rekey(module: Module, key: string): Module {
  return {
    ...module,
    ...(module.address ? { address: keyed(module.address, key) } : {}),
    ...(module.resources ? { resources: module.resources.map((r) => ({ ...r, address: keyed(r.address, key) })) } : {}),
    ...(module.child_modules ? { child_modules: module.child_modules.map((c) => rekey(c, key)) } : {}),
  };
}

/** The plan's JSON text, at least `bytes` long. */
export function largePlan(bytes: number): { text: string; instances: number } {
  const plan = JSON.parse(readFileSync(FIXTURE, 'utf8')) as {
    planned_values: { root_module: Module };
    resource_changes: { address: string; module_address?: string }[];
  };
  const root = plan.planned_values.root_module;
  const modules = root.child_modules ?? [];
  const changes = plan.resource_changes.filter((c) => c.address.startsWith('module.'));
  const perInstance = JSON.stringify(modules).length + JSON.stringify(changes).length;
  const instances = Math.max(1, Math.ceil(bytes / perInstance));
  const keys = Array.from({ length: instances }, (_, i) => `i${i}`);
  const large = {
    ...plan,
    planned_values: { ...plan.planned_values, root_module: { ...root, child_modules: keys.flatMap((key) => modules.map((m) => rekey(m, key))) } },
    resource_changes: [
      ...plan.resource_changes.filter((c) => !c.address.startsWith('module.')),
      ...keys.flatMap((key) => changes.map((c) => ({ ...c, address: keyed(c.address, key), ...(c.module_address ? { module_address: keyed(c.module_address, key) } : {}) }))),
    ],
  };
  return { text: JSON.stringify(large), instances };
}
