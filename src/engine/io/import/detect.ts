/**
 * Which format a file is, by cheap looks at its text (a 20 MB plan is not parsed twice):
 * Terraform's JSON by its keys, CloudFormation by `Resources`, Landing Zone Accelerator by its
 * network-config keys. The importer then reads the file for real and says what is wrong with it.
 */
import type { ImportFile, ImportFormat } from './types.ts';

const jsonKey = (text: string, key: string) => new RegExp(`"${key}"\\s*:`).test(text);
/** A top-level YAML key: at the start of a line, not indented, not in a comment. */
const yamlKey = (text: string, key: string) => new RegExp(`^${key}\\s*:`, 'm').test(text);

export function detectFormat(file: ImportFile): ImportFormat | undefined {
  const { text } = file;
  if (text.trimStart().startsWith('{')) {
    if (jsonKey(text, 'format_version') && jsonKey(text, 'terraform_version')) {
      return jsonKey(text, 'planned_values') || jsonKey(text, 'resource_changes') ? 'tf-plan' : jsonKey(text, 'values') ? 'tf-state' : undefined;
    }
    if (jsonKey(text, 'Resources')) return 'cfn';
    if (jsonKey(text, 'vpcs') || jsonKey(text, 'transitGateways') || jsonKey(text, 'homeRegion')) return 'lza';
    return undefined;
  }
  if (yamlKey(text, 'Resources') || yamlKey(text, 'AWSTemplateFormatVersion')) return 'cfn';
  if (yamlKey(text, 'homeRegion') || yamlKey(text, 'vpcs') || yamlKey(text, 'transitGateways')) return 'lza';
  return undefined;
}
