/** Generated files as one zip, with the same relative paths as the file tree shows. */
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { GeneratedFile } from '../../engine/iac/index.ts';

export function zipFiles(files: readonly GeneratedFile[]): Uint8Array {
  const tree: Zippable = {};
  for (const file of files) tree[file.path] = strToU8(file.contents);
  return zipSync(tree, { level: 6 });
}
