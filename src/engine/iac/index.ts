/** Export entry point: a design and a format give the files to write. */
import type { Design } from '../model/index.ts';
import { generateCdk } from './cdk/index.ts';
import { generateLza } from './lza/index.ts';
import { generateTerraform } from './terraform/index.ts';
import type { ExportFormat, GeneratedFile } from './types.ts';

export type { ExportFormat, GeneratedFile } from './types.ts';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['terraform', 'cdk', 'lza'];

export function isExportFormat(value: string | undefined): value is ExportFormat {
  return EXPORT_FORMATS.includes(value as ExportFormat);
}

/** What an export writes besides the whole design: a selection only, and notes on what AWS will refuse. */
export interface ExportOptions {
  /** Resource ids to write (from selectionBoundary); the rest is passed in (Terraform variables, CDK context values). */
  readonly inside?: ReadonlySet<string>;
  /** Per resource, what AWS will refuse (an export forced past errors). */
  readonly notes?: ReadonlyMap<string, readonly string[]>;
}

export function generate(design: Design, format: ExportFormat, options: ExportOptions = {}): GeneratedFile[] {
  if (format === 'lza') return generateLza(design);
  return format === 'terraform' ? generateTerraform(design, options) : generateCdk(design, options);
}
