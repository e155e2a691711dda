/** The designs every CDK test runs on: the seed examples, then the exporter's own fixtures. */
import type { Design } from '../../../model/design.ts';
import { parseDesign } from '../../../model/parse.ts';
import { syntheticLandingZone } from '../../../testing/synthetic.ts';
import { selectionBoundary } from '../../selection.ts';
import { design } from '../../../testing/builder.ts';
import { everyKind, hostileNames, hubAndSpoke, largeSecurityGroups } from './designs.ts';

export interface Case {
  readonly name: string;
  readonly design: Design;
  /** A snippet: the selection written (selectionBoundary's inside). */
  readonly inside?: ReadonlySet<string>;
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

/** Synthesised too: the static-IPs NLB, its target group and its four proxies as a snippet. */
export const SNIPPET: () => Case = () => {
  const example = seedExamples().find(({ name }) => name === 'static-ips-partner')!;
  const selected = selectionBoundary(example.design, ['partner-nlb', 'proxy-tg', 'proxy-1', 'proxy-2', 'proxy-3', 'proxy-4']);
  if (!selected.ok) throw new Error(selected.message);
  return { name: 'static-ips-partner-nlb-snippet', design: example.design, inside: selected.boundary.inside };
};

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
