/**
 * Landing Zone Accelerator's network-config.yaml (with accounts-config.yaml for the account
 * names) → a design. Objects name each other by name; each becomes a resource whose id is
 * derived from its key (`vpc:<name>`, `subnet:<vpc>/<name>`, `rt:<vpc>/<name>`, `tgw:<name>`,
 * `tgwrt:<tgw>/<name>`, `tgwatt:<vpc>/<name>`, `pcx:<name>`, `nfw:<name>`, `nacl:<vpc>/<name>`,
 * `sg:<vpc>/<name>`...) and whose `source.address` is its LZA path (`vpcs[2].subnets[0]`).
 *
 * IPAM allocations have no CIDR until deploy time: the design holds a placeholder block of
 * the asked size inside the pool (a VPC) or inside the VPC (a subnet), and a `partial` note
 * says so. A numeric `availabilityZone` is an AZ-ID index: the subnet gets that AZ ID and the
 * AZ of the same letter as its name, noted as inferred (AZ names differ between accounts).
 */
import { DESIGN_FORMAT, DESIGN_VERSION, type Design, type Resource } from '../../../model/index.ts';
import type { ImportInput, ImportNote, ImportResult } from '../types.ts';
import { readAccounts, readNetworkConfig, str, type Accounts, type Obj } from './read.ts';
import { LzaBuilder } from './builder.ts';

export function importLza(input: ImportInput): ImportResult {
  const config = readNetworkConfig(input.file);
  const accounts: Accounts | undefined = input.accounts ? readAccounts(input.accounts) : undefined;
  const builder = new LzaBuilder(input.file.name, config, accounts);
  builder.build();
  const design: Design = {
    format: DESIGN_FORMAT,
    version: DESIGN_VERSION,
    name: input.file.name.replace(/^.*[\\/]/, '').replace(/\.ya?ml$/i, '') || 'Landing Zone Accelerator',
    description: `Imported from ${input.file.name}${str((config as Obj).homeRegion) ? ` (home Region ${String(config.homeRegion)})` : ''}`.slice(0, 4096),
    resources: builder.resources as Resource[],
    layout: {},
  };
  return { format: 'lza', design, notes: builder.notes as ImportNote[] };
}
