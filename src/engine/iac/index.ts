/** Export entry point: a design and a format give the files to write. */
import type { Design } from '../model/index.ts';
import { generateCdk } from './cdk/index.ts';
import { generateTerraform } from './terraform/index.ts';
import type { ExportFormat, GeneratedFile } from './types.ts';

export type { ExportFormat, GeneratedFile } from './types.ts';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['terraform', 'cdk'];

export function isExportFormat(value: string | undefined): value is ExportFormat {
  return EXPORT_FORMATS.includes(value as ExportFormat);
}

export function generate(design: Design, format: ExportFormat): GeneratedFile[] {
  return format === 'terraform' ? generateTerraform(design) : generateCdk(design);
}
