/**
 * Builds the gallery examples (the five seed scenarios and centralised inspection and egress) into public/examples/, with
 * public/examples/index.json listing them. `npm run examples`; a unit test checks the
 * committed files equal what this produces.
 */
import { writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { serializeDesign } from '../src/engine/model/index.ts';
import { apiGatewayEks } from './examples/api-gateway-eks.ts';
import type { Example } from './examples/common.ts';
import { overlappingVpcs, peeredVpcs } from './examples/cross-vpc.ts';
import { fargate } from './examples/fargate.ts';
import { inspectionEgress } from './examples/inspection.ts';
import { hybridTwoRegions } from './examples/hybrid.ts';
import { sharedVpc } from './examples/shared-vpc.ts';
import { staticIps } from './examples/static-ips.ts';

export const EXAMPLES_DIR = new URL('../public/examples/', import.meta.url);

export function buildExamples(): Example[] {
  return [sharedVpc(), staticIps(), peeredVpcs(), overlappingVpcs(), fargate(), apiGatewayEks(), inspectionEgress(), hybridTwoRegions()];
}

/** File name → content, index.json included. */
export function exampleFiles(examples = buildExamples()): Map<string, string> {
  const files = new Map<string, string>();
  for (const example of examples) files.set(example.file, serializeDesign(example.design));
  const index = examples.map(({ id, title, summary, file }) => ({ id, title, summary, file }));
  files.set('index.json', `${JSON.stringify(index, null, 2)}\n`);
  return files;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const [name, content] of exampleFiles()) {
    await writeFile(new URL(name, EXAMPLES_DIR), content);
    console.log(`wrote public/examples/${name}`);
  }
}
