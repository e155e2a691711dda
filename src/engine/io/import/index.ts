/**
 * Importing infrastructure code: detect the format, run its importer, lay the design out with
 * ELK and check it parses. No Node-only import here, so a Web Worker runs it as the CLI does.
 */
import { parseDesignValue, describeParseError } from '../../model/index.ts';
import { tidyUp, type ElkEngine } from '../../layout/auto-layout.ts';
import { detectFormat } from './detect.ts';
import { importCloudFormation } from './cloudformation/index.ts';
import { importLza } from './lza/index.ts';
import { importTerraformPlan, importTerraformState } from './terraform/index.ts';
import { ImportError, type Importer, type ImportFormat, type ImportInput, type ImportResult, type ImportStage } from './types.ts';

export * from './types.ts';
export { detectFormat } from './detect.ts';

/** One importer per format; a format without one is refused with a clear message. */
export const importers: Partial<Record<ImportFormat, Importer>> = {
  'tf-plan': importTerraformPlan,
  'tf-state': importTerraformState,
  cfn: importCloudFormation,
  lza: importLza,
};

const FORMAT_NAMES: Record<ImportFormat, string> = {
  'tf-plan': 'a Terraform plan (terraform show -json)',
  'tf-state': 'a Terraform state (terraform show -json)',
  cfn: 'a CloudFormation template',
  lza: 'a Landing Zone Accelerator network-config.yaml',
};

/** The importer's design, without layout: what the tests and the benchmark time alone. */
export function importDesign(input: ImportInput, format?: ImportFormat): ImportResult {
  const chosen = format ?? detectFormat(input.file);
  if (!chosen) {
    throw new ImportError(
      `${input.file.name}: not a format lzs imports (a Terraform plan or state from terraform show -json, a CloudFormation template, or a Landing Zone Accelerator network-config.yaml)`,
    );
  }
  const importer = importers[chosen];
  if (!importer) throw new ImportError(`${input.file.name}: importing ${FORMAT_NAMES[chosen]} is not supported yet`);
  return importer(input);
}

/** Imports a file: the design laid out and checked, and the notes on what it could not take. */
export async function importFile(input: ImportInput, format?: ImportFormat, options: { elk?: ElkEngine; onStage?: (stage: ImportStage) => void } = {}): Promise<ImportResult> {
  options.onStage?.('reading');
  const result = importDesign(input, format);
  options.onStage?.('laying-out');
  const laidOut = await tidyUp(result.design, options);
  options.onStage?.('checking');
  const parsed = parseDesignValue(laidOut);
  if (!parsed.ok) {
    // An importer bug, not bad input: say what broke rather than hand over a design the app refuses.
    throw new Error(`${input.file.name}: the imported design does not parse: ${parsed.errors.slice(0, 3).map(describeParseError).join('; ')}`);
  }
  return { ...result, design: parsed.design };
}
