import { mkdtemp, open, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { generateCdk } from '../engine/iac/cdk/index.ts';
import { generateTerraform } from '../engine/iac/terraform/index.ts';
import { MAX_FILE_BYTES, serializeDesign, type Design } from '../engine/model/index.ts';
import { ZONE_ID_BASE, zoneIdFile, zoneIdRows } from '../engine/testing/hostile-addresses.ts';
import { commands } from './commands.ts';
import { main, type Io } from './main.ts';
import { printable } from './printable.ts';

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

/** Anything a terminal would act on: C0 and C1 controls except the newline, bidi overrides. */
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const GREEN_ZERO = '\r\u001b[2K\u001b[32m0 errors\u001b[0m\u001b]0;all good\u0007';

describe('text output', () => {
  it('shows control characters from a file name as escapes, so a design cannot repaint its verdict', async () => {
    const file = join(dir, `broken${GREEN_ZERO}.json`);
    const broken = {
      ...ZONE_ID_BASE,
      resources: [
        ...ZONE_ID_BASE.resources,
        { ...ZONE_ID_BASE.resources.find((r) => r.id === 'a')!, id: 'a2', cidr: '10.0.1.0/24' },
      ],
    };
    await writeFile(file, serializeDesign(broken as Design));
    const io = capture();
    expect(await main(['validate', file], io)).toBe(1);
    const printed = io.stdout.join('\n');
    expect(printed).not.toMatch(RAW_CONTROL);
    expect(printed).toContain(
      'broken\\u000d\\u001b[2K\\u001b[32m0 errors\\u001b[0m\\u001b]0;all good\\u0007.json',
    );
    expect(printed).toMatch(/[1-9]\d* errors?,/);
  });

  it('shows control characters from a refused resource id and from options as escapes', async () => {
    const file = join(dir, 'hostile-id.json');
    const raw = JSON.parse(serializeDesign(ZONE_ID_BASE)) as {
      resources: Record<string, unknown>[];
    };
    raw.resources[0]!.id = `net${GREEN_ZERO}`;
    await writeFile(file, JSON.stringify(raw));
    const refused = capture();
    expect(await main(['check', file], refused)).toBe(2);
    expect(refused.stderr.join('\n')).not.toMatch(RAW_CONTROL);
    expect(refused.stderr.join('\n')).toContain('Resource "net\\u000d\\u001b[2K');

    const good = join(dir, 'good.json');
    await writeFile(good, serializeDesign(ZONE_ID_BASE));
    const traced = capture();
    expect(
      await main(
        ['trace', good, '--from', `web${GREEN_ZERO}`, '--to', 'internet', '--port', '443'],
        traced,
      ),
    ).toBe(2);
    expect(traced.stderr.join('\n')).not.toMatch(RAW_CONTROL);
    expect(traced.stderr.join('\n')).toContain('web\\u000d');
  });

  it('keeps newlines and leaves JSON output meaning the same strings', () => {
    expect(printable('a\nb\tc\u202ed\u0085')).toBe('a\nb\\u0009c\\u202ed\\u0085');
    const json = JSON.stringify({ name: 'x\u202ey\u009b' });
    expect(JSON.parse(printable(json))).toEqual({ name: 'x\u202ey\u009b' });
  });
});

describe('names', () => {
  it.each([
    [
      'a right-to-left override',
      'invoice\u202Efdp.exe',
      'a name may not hold a bidirectional override (U+202E)',
    ],
    ['an isolate', 'a\u2066b', 'a name may not hold a bidirectional override (U+2066)'],
    ['NUL', 'web\u0000', 'a name may not hold a control character (U+0000, NUL at position 4)'],
    [
      'an escape',
      '\u001b[31mred',
      'a name may not hold a control character (U+001B at position 1)',
    ],
  ])('refuse %s, naming the field and the resource', async (_, name, reason) => {
    const raw = JSON.parse(serializeDesign(ZONE_ID_BASE)) as {
      resources: Record<string, unknown>[];
    };
    const index = raw.resources.findIndex((r) => r.id === 'web');
    raw.resources[index]!.name = name;
    const file = join(dir, `name-${index}-${reason.length}-${name.length}.json`);
    await writeFile(file, JSON.stringify(raw));
    const io = capture();
    expect(await main(['check', file], io)).toBe(2);
    expect(io.stderr.join('\n')).toContain(`Resource "web", resources.${index}.name: ${reason}`);
  });
});

describe('file encodings and sizes', () => {
  const text = serializeDesign(ZONE_ID_BASE);
  const utf16be = (value: string) => {
    const le = Buffer.from(value, 'utf16le');
    for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
    return le;
  };
  it.each([
    [
      'UTF-8 with a byte order mark',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]),
    ],
    [
      'UTF-16 little endian',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
    ],
    ['UTF-16 big endian', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(text)])],
  ])('reads %s as the app does', async (title, bytes) => {
    const file = join(dir, `${title}.json`);
    await writeFile(file, bytes);
    const io = capture();
    expect(await main(['check', file], io)).toBe(0);
    expect(io.stdout.join('\n')).toContain(
      `valid design "zone ids" with ${ZONE_ID_BASE.resources.length} resources`,
    );
  });

  it('refuses a 700 MB file by its size without reading it', async () => {
    const file = join(dir, 'huge.json');
    // A sparse file: 700 MB by its size, nothing on disk.
    const handle = await open(file, 'w');
    await handle.truncate(700 * 1024 * 1024);
    await handle.close();
    const io = capture();
    expect(await main(['check', file], io)).toBe(2);
    // Read, its zero bytes would be "not JSON"; the size message shows it was refused by stat.
    expect(io.stderr.join('\n')).toContain('The file is 700.0 MB; designs over 20 MB are refused.');
  });

  it('counts the 20 MB limit in bytes, not characters', async () => {
    // 8 M three-byte characters: 24 MB in UTF-8, though only 8 M characters long.
    const wide = JSON.stringify({ ...ZONE_ID_BASE, description: '' }).replace(
      '"description":""',
      `"description":"${'語'.repeat(8 * 1024 * 1024)}"`,
    );
    expect(wide.length).toBeLessThan(MAX_FILE_BYTES);
    const file = join(dir, 'wide.json');
    await writeFile(file, wide);
    const io = capture();
    expect(await main(['check', file], io)).toBe(2);
    expect(io.stderr.join('\n')).toMatch(/The file is 24\.0 MB; designs over 20 MB are refused/);
  });
});

describe('exit codes', () => {
  afterEach(() => {
    delete commands.explode;
  });

  it('exits 3 on an internal error, asking for a report, never 2 "bad input"', async () => {
    commands.explode = {
      summary: 'fails',
      usage: 'usage: lzs explode',
      run: () =>
        Promise.reject(new TypeError("Cannot read properties of undefined (reading 'id')")),
    };
    const io = capture();
    expect(await main(['explode'], io)).toBe(3);
    const printed = io.stderr.join('\n');
    expect(printed).toContain(
      "lzs explode: internal error: TypeError: Cannot read properties of undefined (reading 'id')",
    );
    expect(printed).toContain('Please report it');
  });

  it('exits 2, not 3, when the output folder cannot be written', async () => {
    const file = join(dir, 'export-me.json');
    await writeFile(file, serializeDesign(ZONE_ID_BASE));
    const blocked = join(dir, 'blocked-file');
    await writeFile(blocked, 'a file where the folder would go');
    const io = capture();
    expect(
      await main(['export', file, '--format', 'terraform', '--out', join(blocked, 'out')], io),
    ).toBe(2);
    expect(io.stderr.join('\n')).toMatch(
      /lzs export: cannot write .*blocked-file\/out\/.* \((ENOTDIR|EEXIST)\)/,
    );
  });

  it.each(Object.keys(commands))('prints the usage of lzs %s --help and exits 0', async (name) => {
    const io = capture();
    expect(await main([name, '--help'], io)).toBe(0);
    expect(io.stdout.join('\n')).toContain(`usage: lzs ${name}`);
    expect(io.stdout.join('\n')).toContain('3 an internal error');
    expect(await main(['--help'], capture())).toBe(0);
  });

  it('answers a command name that is a property of every object as unknown', async () => {
    const io = capture();
    expect(await main(['constructor'], io)).toBe(2);
    expect(io.stderr.join('\n')).toContain('unknown command "constructor"');
  });
});
