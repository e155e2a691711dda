/** The designs every CDK test runs on: the seed examples, then the exporter's own fixtures. */
import type { Design } from '../../../model/design.ts';
import { parseDesign } from '../../../model/parse.ts';
import { syntheticLandingZone } from '../../../testing/synthetic.ts';
import { design } from '../../../testing/builder.ts';
import { everyKind, hostileNames, hubAndSpoke, largeSecurityGroups } from './designs.ts';

export interface Case {
  readonly name: string;
  readonly design: Design;
}

/** Fixtures next to the seed examples (read by the test from public/examples). */
export const FIXTURES: readonly (() => Case)[] = [
  () => ({ name: 'every-kind', design: everyKind() }),
  () => ({ name: 'hub-and-spoke', design: hubAndSpoke() }),
  () => ({ name: 'hostile-names', design: hostileNames() }),
  () => ({ name: 'empty', design: design('empty').build() }),
];

/** Synthesised too, not kept as goldens: a generated Organization at a size that still synthesises quickly. */
export const SYNTHETIC: () => Case = () => ({ name: 'synthetic-400', design: syntheticLandingZone({ seed: 7, resources: 400 }) });

/** Synthesised too, not kept as a golden: one account whose templates split by size. */
export const LARGE_TEMPLATES: () => Case = () => ({ name: 'large-security-groups', design: largeSecurityGroups() });

const EXAMPLE_FILES = import.meta.glob<string>('/public/examples/*.json', { eager: true, query: '?raw', import: 'default' });

/** The seed examples of public/examples (docs/examples.md), by file name. */
export function seedExamples(): Case[] {
  return Object.entries(EXAMPLE_FILES)
    .filter(([path]) => !path.endsWith('/index.json'))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, text]) => {
      const parsed = parseDesign(text);
      if (!parsed.ok) throw new Error(`${path} does not parse`);
      return { name: path.replace(/^.*\//, '').replace(/\.json$/, ''), design: parsed.design };
    });
}
