import { describe, expect, it } from 'vitest';
import { generateCdk } from './cdk/index.ts';
import { generateLza } from './lza/index.ts';
import { EXPORT_FORMATS, generate, isExportFormat } from './index.ts';
import { generateTerraform } from './terraform/index.ts';
import { hubAndSpokeDesign } from './terraform/test-designs.ts';

describe('export dispatcher', () => {
  const design = hubAndSpokeDesign();

  it('hands each format to its generator', () => {
    expect(generate(design, 'terraform')).toEqual(generateTerraform(design));
    expect(generate(design, 'cdk')).toEqual(generateCdk(design));
    expect(generate(design, 'cdk').map((file) => file.path)).toContain('bin/app.ts');
    expect(generate(design, 'lza')).toEqual(generateLza(design));
  });

  it('knows its formats and nothing else', () => {
    expect(EXPORT_FORMATS.filter(isExportFormat)).toEqual(['terraform', 'cdk', 'lza']);
    expect(isExportFormat('pulumi')).toBe(false);
    expect(isExportFormat(undefined)).toBe(false);
  });
});
