/**
 * More hostile input: strings of any length anywhere, payloads meant for HTML, too many
 * resources, and share links that are damaged, forged or built to unpack into gigabytes.
 * The importer and the share-link reader never throw and bound everything they accept.
 */
import fc from 'fast-check';
import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { decodeShareFragment, encodeShareFragment } from '../../src/engine/io/share.ts';
import { MAX_RESOURCES, parseDesign, serializeDesign } from '../../src/engine/model/index.ts';
import { design } from '../../src/engine/testing/builder.ts';

const base = design('hostile base')
  .account('net', { name: 'network' })
  .vpc('main', 'net', '10.0.0.0/16')
  .subnet('a', 'main', '10.0.1.0/24', 'ap-northeast-2a')
  .add('instance', 'web', { parent: 'a', securityGroups: ['main-sg-default'] })
  .build();
const baseText = serializeDesign(base);

/** Every string in a value, with the key it sits under. */
function strings(value: unknown, key = ''): { key: string; text: string }[] {
  if (typeof value === 'string') return [{ key, text: value }];
  if (Array.isArray(value)) return value.flatMap((item) => strings(item, key));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => [{ key: `${k} (key)`, text: k }, ...strings(v, k)]);
  }
  return [];
}

/** Replaces the n-th string (counting keys' values only) in a JSON text. */
function replaceNthString(value: unknown, n: { left: number }, replacement: string): unknown {
  if (typeof value === 'string') return n.left-- === 0 ? replacement : value;
  if (Array.isArray(value)) return value.map((item) => replaceNthString(item, n, replacement));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replaceNthString(v, n, replacement)]));
  }
  return value;
}

const payload = fc.oneof(
  fc.constantFrom('<img src=x onerror=alert(1)>', '<script>alert(1)</script>', '"}); alert(1); //', '${file("/etc/passwd")}', '\u202e\u0000\ufeff', 'javascript:alert(1)'),
  fc.string({ minLength: 4000, maxLength: 5000 }),
  fc.nat({ max: 20_000 }).map((n) => 'x'.repeat(n)),
);

describe('hostile strings', () => {
  it('accepts a string only within its bound, anywhere in the file, and keeps it exactly', () => {
    const json = JSON.parse(baseText) as unknown;
    const count = strings(json).filter((s) => !s.key.endsWith('(key)')).length;
    let accepted = 0;
    fc.assert(
      fc.property(fc.nat({ max: count - 1 }), payload, (at, replacement) => {
        const text = JSON.stringify(replaceNthString(json, { left: at }, replacement));
        const result = parseDesign(text);
        if (!result.ok) return;
        accepted++;
        for (const { key, text: found } of strings(result.design)) {
          expect(found.length, `a string under ${key}`).toBeLessThanOrEqual(4096);
        }
        const again = parseDesign(serializeDesign(result.design));
        expect(again.ok && again.design).toEqual(result.design);
      }),
      { numRuns: 2000, seed: 8081 },
    );
    expect(accepted).toBeGreaterThan(50);
  });

  it('refuses more resources than the limit with a typed error', () => {
    const resources = Array.from({ length: MAX_RESOURCES + 1 }, (_, i) => ({ kind: 'account', id: `a${i}`, name: `a${i}` }));
    const text = JSON.stringify({ format: 'landing-zone-studio/design', version: 2, name: 'many', resources, layout: {} });
    const result = parseDesign(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ type: 'invalid-resource', path: 'resources' });
  });
});

describe('hostile share links', () => {
  const link = encodeShareFragment(base);
  if (!link.ok) throw new Error(link.reason);
  const fragment = link.fragment;

  it('answers every damaged or forged link with a design or a reason, never a throw', () => {
    let designs = 0;
    fc.assert(
      fc.property(
        fc.oneof(
          // A real link with characters changed, cut or added.
          fc.tuple(fc.nat({ max: fragment.length - 1 }), fc.string({ maxLength: 4 }), fc.nat({ max: 3 })).map(
            ([at, insert, cut]) => fragment.slice(0, at) + insert + fragment.slice(at + cut),
          ),
          fc.string({ maxLength: 300 }).map((s) => `share=${s}`),
          fc.string({ maxLength: 300 }).map((s) => `share=v1.${s}`),
          fc.string({ maxLength: 300 }),
        ),
        (candidate) => {
          const decoded = decodeShareFragment(candidate);
          if (decoded.ok === true) {
            designs++;
            expect(parseDesign(serializeDesign(decoded.design))).toMatchObject({ ok: true, design: decoded.design });
          } else if (decoded.ok === false) {
            expect(decoded.reason.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 2000, seed: 4217 },
    );
    expect(designs).toBeGreaterThan(0);
  });

  it('refuses a link that unpacks to more than 20 MB', () => {
    const bomb = deflateSync(strToU8(' '.repeat(24 * 1024 * 1024)), { level: 9 });
    let binary = '';
    for (const byte of bomb) binary += String.fromCharCode(byte);
    const payload = btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    const decoded = decodeShareFragment(`share=v1.${payload}`);
    expect(decoded).toMatchObject({ ok: false });
    if (decoded.ok === false) expect(decoded.reason).toContain('20 MB');
  });

  it('keeps HTML in names as data through a link', () => {
    const hostile = { ...base, name: '<img src=x onerror=alert(1)>', description: '<script>alert(1)</script>' };
    const encoded = encodeShareFragment(hostile);
    if (!encoded.ok) throw new Error(encoded.reason);
    expect(decodeShareFragment(encoded.fragment)).toMatchObject({ ok: true, design: { name: hostile.name, description: hostile.description } });
  });
});
