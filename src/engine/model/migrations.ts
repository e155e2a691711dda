/**
 * Migrations from older file versions. Each step takes the raw JSON of version N and returns
 * version N+1; `migrate` runs them in order and reports which ran.
 */
export interface Migration {
  readonly from: number;
  readonly name: string;
  readonly up: (file: Record<string, unknown>) => Record<string, unknown>;
}

type RawResource = Record<string, unknown>;

export const MIGRATIONS: readonly Migration[] = [
  {
    from: 1,
    // Version 1 wrote security group rule peers as a bare `cidr` or `sourceSecurityGroup`.
    name: 'security-group-rule-peers',
    up: (file) => ({
      ...file,
      version: 2,
      resources: (Array.isArray(file.resources) ? file.resources : []).map((resource: RawResource) => {
        if (resource?.kind !== 'security-group') return resource;
        const convert = (rules: unknown) =>
          Array.isArray(rules)
            ? rules.map((rule: RawResource) => {
                if (rule === null || typeof rule !== 'object' || 'peer' in rule) return rule;
                const { cidr, sourceSecurityGroup, ...rest } = rule;
                const peer =
                  typeof sourceSecurityGroup === 'string'
                    ? { kind: 'security-group', securityGroup: sourceSecurityGroup }
                    : { kind: 'cidr', cidr };
                return { ...rest, peer };
              })
            : rules;
        return { ...resource, ingress: convert(resource.ingress), egress: convert(resource.egress) };
      }),
    }),
  },
];

export type MigrationResult =
  | { ok: true; file: Record<string, unknown>; applied: string[] }
  | { ok: false; migration: string; reason: string };

export function migrate(file: Record<string, unknown>, target: number): MigrationResult {
  let current = file;
  const applied: string[] = [];
  for (const migration of MIGRATIONS) {
    if (current.version !== migration.from || migration.from >= target) continue;
    try {
      current = migration.up(current);
      applied.push(migration.name);
    } catch (error) {
      return { ok: false, migration: migration.name, reason: error instanceof Error ? error.message : String(error) };
    }
  }
  return { ok: true, file: current, applied };
}
