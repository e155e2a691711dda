import { describe, expect, it } from 'vitest';
import { generateCdk } from './cdk/index.ts';
import { EXPORT_FORMATS, generate, isExportFormat } from './index.ts';
import { generateTerraform } from './terraform/index.ts';
import { hubAndSpokeDesign } from './terraform/test-designs.ts';

describe('export dispatcher', () => {
  const design = hubAndSpokeDesign();

  it('hands each format to its generator', () => {
    expect(generate(design, 'terraform')).toEqual(generateTerraform(design));
    expect(generate(design, 'cdk')).toEqual(generateCdk(design));
    expect(generate(design, 'cdk').map((file) => file.path)).toContain('bin/app.ts');
  });

  it('knows its formats and nothing else', () => {
    expect(EXPORT_FORMATS.filter(isExportFormat)).toEqual(['terraform', 'cdk']);
    expect(isExportFormat('pulumi')).toBe(false);
    expect(isExportFormat(undefined)).toBe(false);
  });
});
