/**
 * Writes public/schema/design.schema.json from the zod Design schema (`npm run schema`).
 * It describes what a file may contain (the "input" side, so defaulted fields are optional).
 * Checks a JSON Schema cannot say are left to the app and noted in descriptions: CIDR host
 * bits and prefix lengths, references between resources, containment.
 */
import { writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import * as fields from '../src/engine/model/fields.ts';
import {
  Cidr,
  Design,
  IdOrAddress,
  IpAddress,
  Ipv4Cidr,
  Ipv6Cidr,
  LayoutBox,
  Resource,
  Route,
} from '../src/engine/model/index.ts';

export const SCHEMA_FILE = new URL('../public/schema/design.schema.json', import.meta.url);

type JsonSchema = Record<string, unknown>;

/** Shapes for the custom checks zod cannot export: a loose pattern and what the app checks. */
const OVERRIDES = new Map<unknown, JsonSchema>([
  [
    Cidr,
    {
      pattern: '^[0-9A-Fa-f:.]+/[0-9]{1,3}$',
      description:
        'An IPv4 or IPv6 CIDR block; the address must be the first of its block (no host bits set).',
    },
  ],
  [
    Ipv4Cidr,
    {
      pattern: '^[0-9]{1,3}(\\.[0-9]{1,3}){3}/[0-9]{1,2}$',
      description:
        'An IPv4 CIDR block such as 10.0.0.0/16; the address must be the first of its block.',
    },
  ],
  [
    Ipv6Cidr,
    {
      pattern: '^[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*/[0-9]{1,3}$',
      description: 'An IPv6 CIDR block such as 2001:db8::/56.',
    },
  ],
  [IpAddress, { pattern: '^[0-9A-Fa-f:.]+$', description: 'An IPv4 or IPv6 address.' }],
  [
    IdOrAddress,
    { description: 'A resource id or an IP address; text written like an address must be a valid one (no zone id).' },
  ],
  [
    Route,
    {
      oneOf: [{ required: ['destination'] }, { required: ['prefixList'] }],
      description: 'A route has either a destination CIDR or a prefix list.',
    },
  ],
]);

/** Named definitions: one per resource kind (`Vpc`, `NatGateway`...) and per shared field. */
function namedDefinitions(): z.core.$ZodRegistry<{ id: string }> {
  const registry = z.registry<{ id: string }>();
  for (const option of Resource.options) {
    const id = option.shape.kind.value.replace(/(^|-)([a-z0-9])/g, (_, _dash: string, c: string) =>
      c.toUpperCase(),
    );
    registry.add(option, { id });
  }
  for (const [name, schema] of Object.entries(fields)) {
    if (schema instanceof z.ZodType && /^[A-Z]/.test(name) && !registry.has(schema))
      registry.add(schema, { id: name });
  }
  registry.add(LayoutBox, { id: 'LayoutBox' });
  return registry;
}

export function designJsonSchema(): JsonSchema {
  const schema = z.toJSONSchema(Design, {
    io: 'input',
    metadata: namedDefinitions(),
    reused: 'inline',
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      const extra = OVERRIDES.get(zodSchema);
      if (extra) Object.assign(jsonSchema, extra);
    },
  }) as JsonSchema;
  return {
    $schema: schema.$schema,
    $id: 'https://landing-zone-studio.dev/schema/design.schema.json',
    title: 'Landing Zone Studio design',
    description:
      'A design file of the current version. The app also opens older versions (it migrates them) and checks what this schema cannot: CIDR host bits, references between resources, where each kind may be placed.',
    ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema')),
  };
}

export function designJsonSchemaText(): string {
  return `${JSON.stringify(designJsonSchema(), null, 2)}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await writeFile(SCHEMA_FILE, designJsonSchemaText());
  console.log('wrote public/schema/design.schema.json');
}
