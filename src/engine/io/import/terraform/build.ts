/** The design being built from an input: ids from addresses, `source` on every resource, the notes. */
import type { Resource } from '../../../model/index.ts';
import type { ImportNote } from '../types.ts';

const MAX_ID = 128;

/** A short stable hash, so a long address still gets a unique, readable id. */
function hash(text: string): string {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0).toString(36);
}

/** `module.vpc["prod"].aws_subnet.private[2]` → `vpc.prod.subnet.private.2`. */
export function idFromAddress(address: string): string {
  const id = address
    .replace(/\bmodule\./g, '')
    .replace(/\baws_/g, '')
    .replace(/\[("?)([^\]]*?)\1\]/g, '.$2')
    .replace(/#/g, '.')
    .replace(/[^A-Za-z0-9._:-]+/g, '-')
    .replace(/^[^A-Za-z0-9]+/, '');
  const safe = id || `r-${hash(address)}`;
  return safe.length <= MAX_ID ? safe : `${safe.slice(0, MAX_ID - 8)}-${hash(address)}`;
}

export class DesignBuilder {
  readonly resources: Resource[] = [];
  readonly notes: ImportNote[] = [];
  private readonly ids = new Map<string, string>();
  private readonly taken = new Set<string>();
  private readonly byId = new Map<string, Resource>();

  constructor(readonly file: string) {}

  /** The design id of an address: the same address always gets the same id. */
  idOf(address: string): string {
    const known = this.ids.get(address);
    if (known) return known;
    let id = idFromAddress(address);
    for (let n = 2; this.taken.has(id); n++) id = `${idFromAddress(address).slice(0, MAX_ID - 6)}-${n}`;
    this.ids.set(address, id);
    this.taken.add(id);
    return id;
  }

  /** The id of an address already in the design, if it is. */
  existing(address: string | undefined): string | undefined {
    return address === undefined ? undefined : this.ids.get(address);
  }

  /** Adds a resource for an address; `id` and `source` come from the address. */
  add<R extends Resource>(address: string, resource: Omit<R, 'id'>): R {
    const full = { ...resource, id: this.idOf(address), source: { file: this.file, address } } as unknown as R;
    this.resources.push(full);
    this.byId.set(full.id, full);
    return full;
  }

  /** Adds a resource the input only implies (the account it is drawn in): no source address. */
  addImplied<R extends Resource>(key: string, resource: Omit<R, 'id'>): R {
    const full = { ...resource, id: this.idOf(key) } as unknown as R;
    this.resources.push(full);
    this.byId.set(full.id, full);
    return full;
  }

  /** A resource of the design by id, when it is of the kind asked for. */
  get<K extends Resource['kind']>(id: string | undefined, kind: K): Extract<Resource, { kind: K }> | undefined {
    const found = id === undefined ? undefined : this.byId.get(id);
    return found?.kind === kind ? (found as Extract<Resource, { kind: K }>) : undefined;
  }

  note(note: ImportNote): void {
    this.notes.push(note);
  }
}
