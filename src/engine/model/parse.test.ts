import { describe, expect, it } from 'vitest';
import { design } from '../testing/builder.ts';
import { ZONE_ID_BASE, zoneIdFile, zoneIdRows } from '../testing/hostile-addresses.ts';
import {
  describeParseError,
  MAX_FILE_BYTES,
  MAX_RESOURCES,
  parseDesign,
  parseDesignValue,
  type DesignParseError,
} from './index.ts';

const good = () =>
  design()
    .account('net')
    .vpc('main', 'net', '10.0.0.0/16')
    .subnet('a', 'main', '10.0.1.0/24', 'ap-northeast-2a')
    .add('instance', 'web', { parent: 'a', securityGroups: ['main-sg-default'] })
    .build();

type Raw = {
  format?: unknown;
  version?: unknown;
  resources: Record<string, unknown>[];
  [key: string]: unknown;
};
const raw = (): Raw => JSON.parse(JSON.stringify(good())) as Raw;
const find = (file: Raw, id: string) => file.resources.find((r) => r.id === id)!;

/** Parses a raw file and returns its errors (failing the test if it parses). */
function errorsOf(value: unknown): DesignParseError[] {
  const result = typeof value === 'string' ? parseDesign(value) : parseDesignValue(value);
  if (result.ok) throw new Error('expected the design to be refused');
  expect(result.error).toEqual(result.errors[0]);
  return result.errors;
}

describe('parseDesign refuses', () => {
  it('text that is not JSON, saying so', () => {
    const [error] = errorsOf('{"format": ');
    expect(error).toMatchObject({ type: 'not-json' });
    expect(describeParseError(error!)).toMatch(/^The file is not JSON: /);
  });

  it('JSON that is not a design: another format, an array, a missing format', () => {
    const file = raw();
    file.format = 'draw.io';
    expect(errorsOf(file)).toEqual([{ type: 'wrong-format', found: 'draw.io' }]);
    expect(errorsOf([1, 2])).toEqual([{ type: 'wrong-format', found: 'an array' }]);
    expect(errorsOf('"hello"')).toEqual([{ type: 'wrong-format', found: 'string' }]);
    const missing = raw();
    delete missing.format;
    const [error] = errorsOf(missing);
    expect(describeParseError(error!)).toContain(
      'format is missing, expected "landing-zone-studio/design"',
    );
  });

  it('a version newer than the app understands, telling the user to update', () => {
    const file = raw();
    file.version = 3;
    const [error] = errorsOf(file);
    expect(error).toEqual({ type: 'version-too-new', version: 3, supported: 2 });
    expect(describeParseError(error!)).toContain('Update the app');
  });

  it('a version that is not a whole number', () => {
    const file = raw();
    file.version = '2';
    expect(errorsOf(file)).toEqual([
      {
        type: 'invalid-resource',
        path: 'version',
        reason: 'the version must be a whole number from 1',
      },
    ]);
  });

  it('an invalid resource, with its path, its id and the reason', () => {
    const file = raw();
    find(file, 'a').cidr = '10.0.1.0/33';
    const [error] = errorsOf(file);
    const index = file.resources.findIndex((r) => r.id === 'a');
    expect(error).toMatchObject({
      type: 'invalid-resource',
      path: `resources.${index}.cidr`,
      resourceId: 'a',
    });
    expect(describeParseError(error!)).toBe(
      `Resource "a", resources.${index}.cidr: "10.0.1.0/33": the prefix length /33 is not between /0 and /32.`,
    );
  });

  it.each([
    ['10.0.1.0/33', 'the prefix length /33 is not between /0 and /32'],
    ['300.1.1.1/16', '300.1.1.1 is not an IPv4 address'],
    ['10.0.1.1/16', 'has host bits set: a /16 block starts at 10.0.0.0, so write 10.0.0.0/16'],
    ['2001:db8::/64', 'an IPv4 CIDR block is needed here'],
  ])('a subnet CIDR of %s, saying why', (cidr, why) => {
    const file = raw();
    find(file, 'a').cidr = cidr;
    expect(describeParseError(errorsOf(file)[0]!)).toContain(why);
  });

  it.each(zoneIdRows())('an IPv6 zone id in %s, naming the field and the resource', (_, zoneCase) => {
    const { text, index } = zoneIdFile(zoneCase);
    const result = parseDesign(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ type: 'invalid-resource', path: `resources.${index}.${zoneCase.field}`, resourceId: zoneCase.resourceId });
    expect(describeParseError(result.error)).toBe(`Resource "${zoneCase.resourceId}", resources.${index}.${zoneCase.field}: ${zoneCase.reason}`);

    expect(parseDesign(JSON.stringify(ZONE_ID_BASE)).ok).toBe(true);
  });

  it.each([
    ['description', 'ESC', '\u001b[2J', 'a text may not hold a control character (U+001B at position 1)'],
    ['description', 'a right-to-left override', 'pay\u202egpj.exe', 'a text may not hold a bidirectional override (U+202E)'],
    ['tags', 'NUL in a tag value', { team: 'net\u0000' }, 'a tag value may not hold a control character (U+0000, NUL at position 4)'],
    ['tags', 'an isolate in a tag key', { 'te\u2066am': 'net' }, 'a tag key may not hold a bidirectional override (U+2066)'],
  ])('a %s holding %s, naming the field, the resource and the character', (field, _, value, why) => {
    const file = raw();
    find(file, 'web')[field] = value;
    const [error] = errorsOf(file);
    expect(error).toMatchObject({ type: 'invalid-resource', resourceId: 'web' });
    expect(describeParseError(error!)).toContain(why);
    expect(describeParseError(error!)).toContain(`.${field}`);
  });

  it('keeps line breaks and tabs in descriptions, which every export escapes', () => {
    const file = raw();
    find(file, 'web').description = 'line one\n\tline two';
    find(file, 'web').tags = { owner: 'Network team' };
    expect(parseDesignValue(file).ok).toBe(true);
  });

  it('a target-group target written like an address that is not one', () => {
    const file = raw();
    file.resources.push({ kind: 'target-group', id: 'tg', name: 'tg', parent: 'main', targetType: 'ip', protocol: 'TCP', port: 80, targets: [{ target: '10.0.300.1' }, { target: 'web' }] });
    expect(describeParseError(errorsOf(file)[0]!)).toContain('targets.0.target: "10.0.300.1": 10.0.300.1 is not an IPv4 address');
  });

  it('a resource of an unknown kind or with a field of the wrong type', () => {
    const file = raw();
    find(file, 'web').kind = 'mainframe';
    expect(errorsOf(file)[0]).toMatchObject({ type: 'invalid-resource', resourceId: 'web' });
    const other = raw();
    find(other, 'main').cidrs = '10.0.0.0/16';
    expect(errorsOf(other)[0]).toMatchObject({
      type: 'invalid-resource',
      resourceId: 'main',
      path: expect.stringMatching(/\.cidrs$/),
    });
  });

  it('an id used twice, naming both places', () => {
    const file = raw();
    file.resources.push({ ...find(file, 'web') });
    const last = file.resources.length - 1;
    const webAt = file.resources.findIndex((r) => r.id === 'web');
    const errors = errorsOf(file);
    expect(errors).toContainEqual({
      type: 'duplicate-id',
      id: 'web',
      paths: [`resources.${webAt}`, `resources.${last}`],
    });
  });

  it('a reference to nothing, in a field or as a parent', () => {
    const file = raw();
    find(file, 'web').securityGroups = ['sg-gone'];
    expect(errorsOf(file)).toEqual([
      {
        type: 'dangling-reference',
        resourceId: 'web',
        path: 'securityGroups.0',
        target: 'sg-gone',
      },
    ]);
    const orphan = raw();
    find(orphan, 'web').parent = 'subnet-gone';
    const [error] = errorsOf(orphan);
    expect(error).toEqual({
      type: 'dangling-reference',
      resourceId: 'web',
      path: 'parent',
      target: 'subnet-gone',
    });
    expect(describeParseError(error!)).toBe(
      'Resource "web" refers in parent to "subnet-gone", which does not exist.',
    );
  });

  it('a reference to a resource of the wrong kind', () => {
    const file = raw();
    find(file, 'a').routeTable = 'main-sg-default';
    const [error] = errorsOf(file);
    expect(error).toEqual({
      type: 'reference-wrong-kind',
      resourceId: 'a',
      path: 'routeTable',
      target: 'main-sg-default',
      found: 'security-group',
      expected: ['route-table'],
    });
    expect(describeParseError(error!)).toContain('a security-group; expected route-table');
  });

  it('resources that contain each other', () => {
    const file = raw();
    find(file, 'main').parent = 'a';
    const errors = errorsOf(file);
    const cycle = errors.find((e) => e.type === 'containment-cycle');
    expect(cycle).toBeDefined();
    expect(new Set(cycle?.type === 'containment-cycle' ? cycle.ids : [])).toEqual(
      new Set(['main', 'a']),
    );
    expect(describeParseError(cycle!)).toMatch(/contain each other in a loop: (main → a|a → main)/);
  });

  it('a resource in a container of the wrong kind, saying where it may go', () => {
    const file = raw();
    find(file, 'a').parent = 'net';
    const [error] = errorsOf(file);
    expect(error).toEqual({
      type: 'wrong-parent-kind',
      resourceId: 'a',
      kind: 'subnet',
      parent: 'net',
      parentKind: 'account',
      allowed: 'inside a vpc',
    });
    expect(describeParseError(error!)).toBe(
      'Resource "a" (subnet) cannot sit in account "net"; it may go inside a vpc.',
    );
    const loose = raw();
    delete find(loose, 'web').parent;
    expect(describeParseError(errorsOf(loose)[0]!)).toBe(
      'Resource "web" (instance) needs a container; it may go inside a subnet.',
    );
  });

  it.each(['__proto__', 'constructor', 'prototype'])('the key %s anywhere in the file', (key) => {
    const text = JSON.stringify(raw()).replace(
      '"name":"web"',
      `"name":"web","tags":{"${key}":"x"}`,
    );
    const [error] = errorsOf(text);
    expect(error).toMatchObject({
      type: 'unsafe-content',
      path: expect.stringMatching(new RegExp(`\\.tags\\.${key}$`)),
    });
    expect(describeParseError(error!)).toContain(`the key "${key}" is not allowed`);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('nesting deeper than any design needs', () => {
    const file = raw();
    let deep: Record<string, unknown> = {};
    file.extra = deep;
    for (let i = 0; i < 40; i++) deep = deep.next = {};
    expect(errorsOf(file)[0]).toMatchObject({
      type: 'unsafe-content',
      reason: expect.stringContaining('nesting deeper'),
    });
  });

  it('a file that is too large, before reading it', () => {
    const [error] = errorsOf(' '.repeat(MAX_FILE_BYTES + 1));
    expect(error).toEqual({ type: 'too-large', bytes: MAX_FILE_BYTES + 1, limit: MAX_FILE_BYTES });
    expect(describeParseError(error!)).toContain('designs over 20 MB are refused');
  });

  it('more resources than the app holds', () => {
    const file = raw();
    file.resources = Array.from({ length: MAX_RESOURCES + 1 }, (_, i) => ({
      id: `a${i}`,
      kind: 'account',
      name: 'x',
    }));
    expect(errorsOf(file)).toEqual([
      {
        type: 'invalid-resource',
        path: 'resources',
        reason: `more than ${MAX_RESOURCES} resources`,
      },
    ]);
  });

  it('keeps long hostile ids out of its messages', () => {
    const file = raw();
    find(file, 'web').securityGroups = ['x'.repeat(120)];
    expect(describeParseError(errorsOf(file)[0]!).length).toBeLessThan(300);
  });
});

describe('parseDesign accepts', () => {
  it('a valid design, reporting no migrations', () => {
    const d = good();
    expect(parseDesignValue(raw())).toEqual({ ok: true, design: d, migrations: [] });
  });

  it('a route whose target has gone (a blackhole, which the rules report)', () => {
    const file = raw();
    (find(file, 'main-rtb-main').routes as unknown[]).push({
      destination: '0.0.0.0/0',
      target: 'nat-deleted',
    });
    expect(parseDesignValue(file).ok).toBe(true);
  });
});
