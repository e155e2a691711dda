/** The design document: the one thing saved, shared, imported and exported. */
import { z } from 'zod';
import { Name, Text } from './fields.ts';
import { Intents } from './intents.ts';
import { extendedResourceSchemas, Resource } from './resources.ts';

export const DESIGN_FORMAT = 'landing-zone-studio/design';
export const DESIGN_VERSION = 2;
export const MAX_RESOURCES = 50_000;

/** Where a node sits on the canvas, relative to its parent container. */
export const LayoutBox = z.object({
  x: z.number().finite(),
  y: z.number().finite(),
  w: z.number().finite().positive().optional(),
  h: z.number().finite().positive().optional(),
  collapsed: z.boolean().optional(),
});
export type LayoutBox = z.infer<typeof LayoutBox>;

export const Design = z.object({
  format: z.literal(DESIGN_FORMAT),
  version: z.literal(DESIGN_VERSION),
  name: Name,
  description: Text.optional(),
  resources: z.array(Resource).max(MAX_RESOURCES),
  /** Flows the design promises, with their expected verdicts (the INTENT rule checks them). */
  intents: Intents.optional(),
  /** View only: rules, simulation and export never read it. */
  layout: z.record(z.string().max(128), LayoutBox).default({}),
});
export type Design = z.infer<typeof Design>;

let extended: { readonly parts: readonly z.ZodType[]; readonly schema: typeof Design } | undefined;

/** The schema a file is parsed with: `Design`, widened by any kind a test-only extension adds. */
export function designSchema(): typeof Design {
  const parts = extendedResourceSchemas();
  if (parts.length === 0) return Design;
  if (extended?.parts.length !== parts.length || extended.parts.some((part, i) => part !== parts[i])) {
    const resources = z.array(z.union([Resource, ...parts])).max(MAX_RESOURCES);
    extended = { parts, schema: Design.extend({ resources }) as unknown as typeof Design };
  }
  return extended.schema;
}

export function emptyDesign(name = 'Untitled design'): Design {
  return { format: DESIGN_FORMAT, version: DESIGN_VERSION, name, resources: [], layout: {} };
}
