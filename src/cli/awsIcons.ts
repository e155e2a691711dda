/**
 * The AWS Architecture Icons as files of the `aws-icons` package, read in Node: the CLI's
 * pictures inline them and the build copies the ones the kind registry names.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { AwsIcon } from '../engine/model/kinds.ts';

export const AWS_ICONS_DIR = join(dirname(createRequire(import.meta.url).resolve('aws-icons/package.json')), 'icons');

export function awsIconFile(icon: AwsIcon): string {
  return join(AWS_ICONS_DIR, `${icon}.svg`);
}

export function readAwsIcon(icon: AwsIcon): string {
  return readFileSync(awsIconFile(icon), 'utf8');
}
