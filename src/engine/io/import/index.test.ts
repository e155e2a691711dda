import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFormat, importFile, importers, ImportError } from './index.ts';

const fixture = (path: string) => ({ name: path.split('/').at(-1)!, text: readFileSync(new URL(`../../../../test/fixtures/import/${path}`, import.meta.url), 'utf8') });

describe('format detection', () => {
  it('tells plans, states, templates and LZA configs apart by their keys', () => {
    expect(detectFormat(fixture('terraform/vpc-simple.plan.json'))).toBe('tf-plan');
    expect(detectFormat(fixture('terraform/vpc-simple.state.json'))).toBe('tf-state');
    expect(detectFormat(fixture('cloudformation/cfn-vpc-managed-nat.yaml'))).toBe('cfn');
    expect(detectFormat(fixture('lza/lza-hub-nfw.network-config.yaml'))).toBe('lza');
    expect(detectFormat({ name: 't.json', text: '{"AWSTemplateFormatVersion":"2010-09-09","Resources":{}}' })).toBe('cfn');
  });

  it('names nothing it does not recognise', () => {
    expect(detectFormat({ name: 'design.json', text: '{"format":"landing-zone-studio/design","resources":[]}' })).toBeUndefined();
    expect(detectFormat({ name: 'notes.txt', text: 'hello' })).toBeUndefined();
  });
});

describe('importFile', () => {
  it('lays the imported design out and hands back a design that parses', async () => {
    const result = await importFile({ file: fixture('terraform/vpc-simple.state.json') });
    expect(result.format).toBe('tf-state');
    const vpc = result.design.resources.find((r) => r.kind === 'vpc')!;
    expect(vpc.source).toEqual({ file: 'vpc-simple.state.json', address: 'module.vpc.aws_vpc.this[0]' });
    expect(result.design.layout[vpc.id]).toMatchObject({ w: expect.any(Number), h: expect.any(Number) });
  });

  it('refuses unreadable input with the file and the field', async () => {
    await expect(importFile({ file: { name: 'p.json', text: '{"format_version":"1.2","terraform_version":"1.11.4","planned_values":' } }, 'tf-plan')).rejects.toThrow(/^p\.json: not JSON/);
    await expect(importFile({ file: { name: 'p.json', text: '{"format_version":"1.2","resource_changes":[]}' } }, 'tf-plan')).rejects.toThrow(/p\.json: planned_values: missing/);
    await expect(importFile({ file: { name: 'x.txt', text: 'hello' } })).rejects.toThrow(ImportError);
  });

  it('says plainly when a format has no importer', async () => {
    const missing = (['cfn', 'lza'] as const).filter((format) => !importers[format]);
    for (const format of missing) {
      await expect(importFile({ file: { name: 'in.yaml', text: 'Resources: {}' } }, format)).rejects.toThrow(/in\.yaml: importing .* is not supported yet/);
    }
  });
});
