import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDesign } from '../engine/model/index.ts';
import { main, type Io } from './main.ts';

const fixture = (path: string) => fileURLToPath(new URL(`../../test/fixtures/import/terraform/${path}`, import.meta.url));
const PLAN = fixture('vpc-complete.plan.json');
const TGW_STATE = fixture('tgw-complete.state.json');

function capture(): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t) };
}

describe('lzs import', () => {
  it('writes a design the app opens and prints the report: every skipped, partial and inferred resource by address and why', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'lzs-import-')), 'design.json');
    const io = capture();
    expect(await main(['import', PLAN, '--out', out], io)).toBe(0);
    const parsed = parseDesign(readFileSync(out, 'utf8'));
    expect(parsed.ok).toBe(true);
    const report = io.stdout.join('\n');
    expect(report).toMatch(/vpc-complete\.plan\.json \(tf-plan\): \d+ resources imported; 9 skipped, 1 partly taken, \d+ inferred/);
    expect(report).toContain('skipped  module.vpc.aws_flow_log.this[0] (aws_flow_log): ');
    expect(report).toContain('partial  module.vpc_endpoints.aws_vpc_endpoint.this["dynamodb"] (aws_vpc_endpoint): ');
    expect(report).toMatch(/inferred module\.vpc\.aws_subnet\.database\[0\] \(aws_subnet\): .*module\.vpc\.aws_vpc\.this\[0\]/);
    expect(report).toContain(`wrote ${out}`);
  });

  it('writes the design to stdout and the report to stderr without --out, detecting the format', async () => {
    const io = capture();
    expect(await main(['import', TGW_STATE], io)).toBe(0);
    expect(parseDesign(io.stdout.join('')).ok).toBe(true);
    expect(io.stderr.join('\n')).toContain('(tf-state)');
  });

  it('refuses bad input with exit 2 and a message naming the file and the field', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lzs-import-'));
    const bad = join(dir, 'plan.json');
    writeFileSync(bad, JSON.stringify({ format_version: '1.2', terraform_version: '1.11.4', planned_values: { root_module: { resources: [{ address: 3 }] } } }));
    const io = capture();
    expect(await main(['import', bad], io)).toBe(2);
    expect(io.stderr.join('\n')).toBe('lzs import: plan.json: planned_values.root_module.resources[0]: a resource needs address, type and name');
    const wrong = capture();
    expect(await main(['import', PLAN, '--from', 'tf-state'], wrong)).toBe(2);
    expect(wrong.stderr.join('\n')).toContain('vpc-complete.plan.json: values: missing');
    const unknown = capture();
    expect(await main(['import', PLAN, '--from', 'pulumi'], unknown)).toBe(2);
    expect(unknown.stderr.join('\n')).toContain('--from pulumi: use tf-plan, tf-state, cfn, lza');
    const notInfra = join(dir, 'notes.txt');
    writeFileSync(notInfra, 'hello');
    const neither = capture();
    expect(await main(['import', notInfra], neither)).toBe(2);
    expect(neither.stderr.join('\n')).toContain('notes.txt: not a format lzs imports');
  });

  it('shows its options with --help', async () => {
    const io = capture();
    expect(await main(['import', '--help'], io)).toBe(0);
    expect(io.stdout.join('\n')).toContain('usage: lzs import <file> [--from tf-plan|tf-state|cfn|lza]');
  });
});

describe('validate, trace and matrix on imported files', () => {
  it('validates a plan directly, naming each finding\'s resources by their Terraform addresses', async () => {
    const io = capture();
    expect(await main(['validate', PLAN], io)).toBe(0);
    expect(io.stdout.join('\n')).toContain('resources: vpc.subnet.database.1 (module.vpc.aws_subnet.database[1]), vpc.nat_gateway.this.0 (module.vpc.aws_nat_gateway.this[0])');
  });

  it('puts the Terraform address in SARIF logical locations', async () => {
    const io = capture();
    await main(['validate', PLAN, '--format', 'sarif'], io);
    const sarif = JSON.parse(io.stdout.join('')) as { runs: { results: { locations: { logicalLocations: { fullyQualifiedName: string; properties?: { designId: string } }[] }[] }[] }[] };
    const locations = sarif.runs[0]!.results.flatMap((r) => r.locations.flatMap((l) => l.logicalLocations));
    expect(locations).toContainEqual(expect.objectContaining({ fullyQualifiedName: 'module.vpc.aws_nat_gateway.this[0]', properties: expect.objectContaining({ designId: 'vpc.nat_gateway.this.0' }) }));
  });

  it('traces an imported state from a subnet by its address, and reads it for the matrix', async () => {
    const trace = capture();
    expect(await main(['trace', TGW_STATE, '--from', 'module.vpc1.aws_subnet.private[0]', '--to', '10.20.1.10', '--port', '443'], trace)).toBe(1);
    expect(trace.stdout.join('\n')).toContain('blocked');
    // Read and imported: the state has routes but no workloads, so the matrix has no endpoints to pair.
    const matrix = capture();
    expect(await main(['matrix', TGW_STATE, '--port', '443'], matrix)).toBe(2);
    expect(matrix.stderr.join('\n')).toBe('lzs matrix: need at least two endpoints, got 0');
  });
});
