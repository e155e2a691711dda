/**
 * A small builder so a test scenario fits in a few lines:
 *   design().account('net').vpc('main', 'net', '10.0.0.0/16').subnet('a', 'main', '10.0.1.0/24', 'ap-northeast-2a').build()
 * VPCs get AWS defaults with ids `<vpc>-rtb-main`, `<vpc>-acl-default`, `<vpc>-sg-default`.
 * Every step goes through the real operations, so a builder that succeeds is a valid design.
 */
import {
  addResource,
  connect,
  emptyDesign,
  indexDesign,
  newResource,
  parseDesignValue,
  describeParseError,
  removeResources,
  updateResource,
  type Design,
  type OpResult,
  type Resource,
  type ResourceKind,
} from '../model/index.ts';

type Fields = Record<string, unknown>;

export class DesignBuilder {
  constructor(private current: Design) {}

  private apply(result: OpResult, what: string): this {
    if (!result.ok) throw new Error(`builder: ${what}: ${result.reason}`);
    this.current = result.design;
    return this;
  }

  /** Adds any resource: `add('nlb', 'nlb-1', { parent: 'subnet-a', scheme: 'internal' })`. */
  add(kind: ResourceKind, id: string, fields: Fields = {}): this {
    const resource = newResource(this.current, kind, { id, name: (fields.name as string) ?? id, ...fields });
    return this.apply(addResource(this.current, resource), `add ${kind} ${id}`);
  }

  account(id: string, fields: Fields = {}): this {
    return this.add('account', id, fields);
  }

  vpc(id: string, account: string, cidrs: string | string[], fields: Fields = {}): this {
    return this.add('vpc', id, { parent: account, cidrs: Array.isArray(cidrs) ? cidrs : [cidrs], ...fields });
  }

  subnet(id: string, vpc: string, cidr: string, availabilityZone: string, fields: Fields = {}): this {
    return this.add('subnet', id, { parent: vpc, cidr, availabilityZone, ...fields });
  }

  /** Replaces fields of a resource. */
  update(id: string, patch: Fields): this {
    return this.apply(updateResource(this.current, id, patch), `update ${id}`);
  }

  /** Appends routes to a route table. */
  routes(routeTable: string, ...routes: { destination: string; target: string }[]): this {
    const table = indexDesign(this.current).getOf(routeTable, 'route-table');
    if (!table) throw new Error(`builder: no route table ${routeTable}`);
    return this.update(routeTable, { routes: [...table.routes, ...routes] });
  }

  connect(source: string, target: string): this {
    return this.apply(connect(this.current, source, target), `connect ${source} → ${target}`);
  }

  remove(...ids: string[]): this {
    return this.apply(removeResources(this.current, ids), `remove ${ids.join(', ')}`);
  }

  get(id: string): Resource | undefined {
    return indexDesign(this.current).get(id);
  }

  /** The design, checked by the same parser that reads files. */
  build(): Design {
    const checked = parseDesignValue(JSON.parse(JSON.stringify(this.current)));
    if (!checked.ok) throw new Error(`builder: invalid design: ${checked.errors.map(describeParseError).join('; ')}`);
    return checked.design;
  }
}

export function design(name = 'test design'): DesignBuilder {
  return new DesignBuilder(emptyDesign(name));
}

/** Continues building from an existing design. */
export function from(existing: Design): DesignBuilder {
  return new DesignBuilder(existing);
}
