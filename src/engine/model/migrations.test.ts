import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import {
  describeParseError,
  DESIGN_VERSION,
  indexDesign,
  migrate,
  MIGRATIONS,
  parseDesign,
  serializeDesign,
} from './index.ts';

const fixture = () =>
  readFile(new URL('../../../test/fixtures/design-v1.json', import.meta.url), 'utf8');

describe('migrations', () => {
  it('lead from version 1 to the current version, one step per version', () => {
    expect(MIGRATIONS.map((m) => m.from)).toEqual(
      Array.from({ length: DESIGN_VERSION - 1 }, (_, i) => i + 1),
    );
  });

  it('open a version-1 file: every migration runs and the result parses', async () => {
    const parsed = parseDesign(await fixture());
    if (!parsed.ok) throw new Error(parsed.errors.map(describeParseError).join('\n'));
    expect(parsed.migrations).toEqual(MIGRATIONS.map((m) => m.name));
    expect(parsed.design.version).toBe(DESIGN_VERSION);
    const index = indexDesign(parsed.design);
    expect(index.getOf('sg-app', 'security-group')).toMatchObject({
      ingress: [
        {
          protocol: 'tcp',
          fromPort: 8080,
          toPort: 8080,
          peer: { kind: 'security-group', securityGroup: 'sg-lb' },
        },
        {
          protocol: 'tcp',
          fromPort: 22,
          toPort: 22,
          peer: { kind: 'cidr', cidr: '198.51.100.0/24' },
        },
      ],
      egress: [
        {
          protocol: 'tcp',
          fromPort: 5432,
          toPort: 5432,
          peer: { kind: 'cidr', cidr: '10.0.0.0/16' },
        },
      ],
    });
    expect(index.getOf('sg-lb', 'security-group')!.ingress[0]).toEqual({
      protocol: 'tcp',
      fromPort: 443,
      toPort: 443,
      peer: { kind: 'cidr', cidr: '0.0.0.0/0' },
      description: 'https',
    });
    // Nothing else is lost on the way.
    expect(parsed.design.resources.map((r) => r.id)).toEqual([
      'net',
      'main',
      'main-rtb-main',
      'a',
      'sg-lb',
      'sg-app',
      'web',
    ]);
    expect(parsed.design.layout).toEqual({ net: { x: 40, y: 40, w: 600, h: 400 } });
    // Saved again, it is a current file that needs no migration.
    const again = parseDesign(serializeDesign(parsed.design));
    expect(again.ok && again.migrations).toEqual([]);
  });

  it('do not run on a current file, and leave it as it is', () => {
    const file = { format: 'x', version: DESIGN_VERSION, resources: [] };
    expect(migrate(file, DESIGN_VERSION)).toEqual({ ok: true, file, applied: [] });
  });

  it('report which step failed instead of throwing', () => {
    const hostile = {
      version: 1,
      get resources(): unknown[] {
        throw new Error('unreadable');
      },
    };
    expect(migrate(hostile, DESIGN_VERSION)).toEqual({
      ok: false,
      migration: MIGRATIONS[0]!.name,
      reason: 'unreadable',
    });
  });
});
