/**
 * Hostile input for the fuzz tests and `npm run fuzz`: arbitrary JSON, hostile strings, and
 * mutations that replace, delete or wrap what sits at a random path of a design.
 */
import fc from 'fast-check';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Picks a random path inside a JSON value and replaces, deletes or wraps what is there. */
export function mutate(
  value: Json,
  steps: readonly number[],
  replacement: Json,
  mode: number,
): Json {
  if (steps.length === 0 || value === null || typeof value !== 'object') {
    return mode % 3 === 0
      ? replacement
      : mode % 3 === 1
        ? [value, replacement]
        : ({ ['__proto__']: replacement, value } as Json);
  }
  const [step, ...rest] = steps;
  if (Array.isArray(value)) {
    if (value.length === 0) return [replacement];
    const at = step! % value.length;
    const copy = [...value];
    if (rest.length === 0 && mode % 5 === 4) copy.splice(at, 1);
    else copy[at] = mutate(value[at]!, rest, replacement, mode);
    return copy;
  }
  const keys = Object.keys(value);
  if (keys.length === 0) return { x: replacement };
  const key = keys[step! % keys.length]!;
  const copy: { [key: string]: Json } = { ...value };
  if (rest.length === 0 && mode % 5 === 4) delete copy[key];
  else copy[key] = mutate(value[key]!, rest, replacement, mode);
  return copy;
}

/**
 * Follows `steps` down to a leaf and gives it another value of its own type: `text` for a
 * string, a number near or far from it, the other boolean. Files changed this way often
 * still parse, so the later steps see them.
 */
export function mutateLeaf(
  value: Json,
  steps: readonly number[],
  text: string,
  pick: number,
): Json {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'string') return text;
    if (typeof value === 'number')
      return [0, -1, 1, value + 1, value * 2, 65535, 65536, 32766, 1e9][pick % 9]!;
    if (typeof value === 'boolean') return !value;
    return value;
  }
  const [step = 0, ...rest] = steps;
  if (Array.isArray(value)) {
    if (value.length === 0) return value;
    const at = step % value.length;
    const copy = [...value];
    copy[at] = mutateLeaf(value[at]!, rest.length > 0 ? rest : [pick], text, pick);
    return copy;
  }
  const keys = Object.keys(value);
  if (keys.length === 0) return value;
  const key = keys[step % keys.length]!;
  return {
    ...value,
    [key]: mutateLeaf(value[key]!, rest.length > 0 ? rest : [pick], text, pick),
  };
}

/** Values that broke, or could break, a parser or a later step: addresses, controls, markup. */
export const HOSTILE_STRINGS = [
  '10.0.0.0/33',
  '300.1.1.1/16',
  '10.0.0.1/16',
  '010.0.0.0/8',
  '::/0',
  '0.0.0.0/0',
  'fe80::1%eth0',
  '2001:db8::%1/64',
  'fe80::%/64',
  '2001:db8::/56',
  '2001:db8::1',
  '::ffff:10.0.0.1',
  '1:2:3:4:5:6:7:8:9',
  '10.0.0.5',
  '10.0.1.10',
  '203.0.113.7',
  '${jndi:ldap://x}',
  '<script>alert(1)</script>',
  '__proto__',
  'constructor',
  '"\\\n',
  '\u202e\u0000\ufeff',
  '\u001b]0;title\u0007\r',
  'local',
  'internet',
  'landing-zone-studio/design',
];

/** A hostile string, or one of `pool` (ids and values of the design being mutated). */
export function hostileString(pool: readonly string[] = []): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string(),
    fc.constantFrom(...HOSTILE_STRINGS),
    ...(pool.length > 0 ? [fc.constantFrom(...pool)] : []),
  );
}

export function jsonValue(pool: readonly string[] = []): fc.Arbitrary<Json> {
  const text = hostileString(pool);
  return fc.letrec<{ value: Json }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small' },
      fc.constant(null),
      fc.boolean(),
      fc.oneof(
        fc.integer(),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.integer({ min: -1, max: 70_000 }),
      ),
      text,
      fc.array(tie('value'), { maxLength: 3 }),
      fc.dictionary(text, tie('value'), { maxKeys: 3 }),
    ),
  })).value;
}

/** Every string in a JSON value: ids, names, CIDRs, so mutations can swap one for another. */
export function stringsIn(value: Json, into = new Set<string>()): Set<string> {
  if (typeof value === 'string') into.add(value);
  else if (Array.isArray(value)) for (const item of value) stringsIn(item, into);
  else if (value && typeof value === 'object')
    for (const item of Object.values(value)) stringsIn(item, into);
  return into;
}
