import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCdk } from '../engine/iac/cdk/index.ts';
import { generateTerraform } from '../engine/iac/terraform/index.ts';
import type { Design } from '../engine/model/index.ts';
import { ZONE_ID_BASE, zoneIdFile, zoneIdRows } from '../engine/testing/hostile-addresses.ts';
import { main, type Io } from './main.ts';

function capture(): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t) };
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lzs-hostile-'));
});

describe('a design with an IPv6 zone id', () => {
  it.each(zoneIdRows())(
    'in %s: check, validate and export refuse it with exit 2, naming the field and the resource',
    async (title, zoneCase) => {
      const { text, index } = zoneIdFile(zoneCase);
      const file = join(dir, `${title}.json`);
      await writeFile(file, text);
      const expected = `Resource "${zoneCase.resourceId}", resources.${index}.${zoneCase.field}: ${zoneCase.reason}`;
      for (const args of [
        ['check', file],
        ['validate', file],
        ['export', file, '--format', 'terraform', '--out', join(dir, `${title}-tf`)],
      ]) {
        const io = capture();
        expect(await main(args, io), args[0]).toBe(2);
        expect(io.stderr.join('\n')).toContain(expected);
      }
    },
  );

  it('as a trace destination is refused with the reason', async () => {
    const file = join(dir, 'base.json');
    await writeFile(file, JSON.stringify(ZONE_ID_BASE));
    const io = capture();
    expect(
      await main(['trace', file, '--from', 'web', '--to', 'fe80::1%eth0', '--port', '443'], io),
    ).toBe(2);
    expect(io.stderr.join('\n')).toContain('fe80::1%eth0 has a zone id (%eth0)');
  });

  it('that reaches the generators unparsed is left out rather than thrown on', () => {
    const { text } = zoneIdFile(zoneIdRows()[2]![1]);
    const unparsed = JSON.parse(text) as Design;
    expect(() => generateTerraform(unparsed)).not.toThrow();
    expect(() => generateCdk(unparsed)).not.toThrow();
  });
});
