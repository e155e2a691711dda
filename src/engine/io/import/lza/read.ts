/** Reading LZA config files: YAML (anchors resolved) into plain objects, and accounts-config.yaml's accounts and their OUs. */
import { parseYaml } from '../yaml.ts';
import { ImportError, type ImportFile } from '../types.ts';

export type Obj = Record<string, unknown>;

export const isObj = (value: unknown): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value);
export const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
export const objects = (value: unknown): Obj[] => list(value).filter(isObj);
export const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined);

export function readNetworkConfig(file: ImportFile): Obj {
  const raw = parseYaml(file.text, file.name);
  if (!isObj(raw)) throw new ImportError(`${file.name}: a network-config.yaml is a mapping (homeRegion, vpcs, transitGateways...)`);
  if (typeof raw.homeRegion !== 'string' && !Array.isArray(raw.vpcs) && !Array.isArray(raw.transitGateways)) {
    throw new ImportError(`${file.name}: homeRegion: a network-config.yaml names its home Region (or has vpcs or transitGateways)`);
  }
  for (const key of ['vpcs', 'vpcTemplates', 'transitGateways', 'vpcPeering', 'prefixLists'] as const) {
    if (raw[key] !== undefined && raw[key] !== null && !Array.isArray(raw[key])) throw new ImportError(`${file.name}: ${key}: expected a list`);
  }
  return raw;
}

export interface Accounts {
  /** Account names, in the order accounts-config lists them. */
  readonly names: readonly string[];
  /** Organizational unit → the accounts in it (and in the OUs under it). */
  readonly byOu: ReadonlyMap<string, readonly string[]>;
}

export function readAccounts(file: ImportFile): Accounts {
  const raw = parseYaml(file.text, file.name);
  if (!isObj(raw) || (!Array.isArray(raw.mandatoryAccounts) && !Array.isArray(raw.workloadAccounts))) {
    throw new ImportError(`${file.name}: mandatoryAccounts: an accounts-config.yaml lists mandatoryAccounts and workloadAccounts`);
  }
  const names: string[] = [];
  const byOu = new Map<string, string[]>();
  for (const account of [...objects(raw.mandatoryAccounts), ...objects(raw.workloadAccounts)]) {
    const name = str(account.name);
    if (!name) continue;
    names.push(name);
    const ou = str(account.organizationalUnit);
    if (!ou) continue;
    // An account in Workload/Prod is in Workload too.
    const parts = ou.split('/');
    for (let i = 1; i <= parts.length; i++) {
      const key = parts.slice(0, i).join('/');
      byOu.set(key, [...(byOu.get(key) ?? []), name]);
    }
  }
  return { names, byOu };
}
