import { describe, expect, it } from 'vitest';
import type { Design } from '../model/index.ts';
import { design } from '../testing/builder.ts';
import { zoneIdFile, zoneIdRows } from '../testing/hostile-addresses.ts';
import { decodeShareFragment, encodeShareFragment, MAX_SHARE_CHARS, type ShareProgress } from './share.ts';

const sample = () =>
  design('shared "quotes" ${x} <script>')
    .account('net', { name: 'network' })
    .vpc('main', 'net', '10.0.0.0/16')
    .subnet('a', 'main', '10.0.1.0/24', 'ap-northeast-2a', { name: '<img src=x onerror=alert(1)>' })
    .build();

describe('share links', () => {
  it('round-trips a design exactly', () => {
    const original = sample();
    const encoded = encodeShareFragment(original);
    if (!encoded.ok) throw new Error(encoded.reason);
    const decoded = decodeShareFragment(`#${encoded.fragment}`);
    expect(decoded).toEqual({ ok: true, design: original });
  });

  it('reports unpacking step by step up to the whole link, then checking, for a link of thousands of instances', () => {
    let builder = design('many').account('net').vpc('main', 'net', '10.0.0.0/16').subnet('a', 'main', '10.0.1.0/24', 'ap-northeast-2a');
    for (let i = 0; i < 6000; i++) builder = builder.add('instance', `web-${i}`, { parent: 'a' });
    const original = builder.build();
    const encoded = encodeShareFragment(original);
    if (!encoded.ok) throw new Error(encoded.reason);
    const steps: ShareProgress[] = [];
    expect(decodeShareFragment(encoded.fragment, (step) => steps.push(step))).toEqual({ ok: true, design: original });
    const unpacking = steps.flatMap((step) => (step.stage === 'unpacking' ? [step] : []));
    expect(unpacking.length).toBeGreaterThan(1);
    expect(unpacking.map((step) => step.done)).toEqual([...unpacking.map((step) => step.done)].sort((a, b) => a - b));
    expect(unpacking.at(-1)!.done).toBe(unpacking.at(-1)!.total);
    expect(steps.at(-1)).toEqual({ stage: 'checking' });
  });

  it('says there is nothing to open when the fragment has no share payload', () => {
    expect(decodeShareFragment('#other=1')).toEqual({ ok: 'none' });
  });

  it('refuses a tampered link with a reason', () => {
    const encoded = encodeShareFragment(sample());
    if (!encoded.ok) throw new Error(encoded.reason);
    const payload = encoded.fragment.split('=')[1]!;
    const flipped = payload.slice(0, 20) + (payload[20] === 'A' ? 'B' : 'A') + payload.slice(21);
    const results = [
      decodeShareFragment(`share=${flipped}`),
      decodeShareFragment(`share=${payload.slice(0, payload.length - 10)}`),
      decodeShareFragment('share=v1.$$$'),
      decodeShareFragment('share=v9.abc'),
    ];
    for (const result of results) {
      expect(result.ok).toBe(false);
      if (result.ok === false) expect(result.reason.length).toBeGreaterThan(10);
    }
  });

  it('refuses designs too large for a link and suggests the file export', () => {
    let builder = design('big').account('net').vpc('main', 'net', '10.0.0.0/16');
    for (let i = 0; i < 3000; i++) {
      // Random-looking names defeat compression, as real descriptions would.
      builder = builder.add('security-group', `sg-${i}`, {
        parent: 'main',
        name: `group ${(i * 2654435761) % 4294967296} ${(i * 40503) % 65536}`,
        description: `${(i * 97531) % 1000003} ${(i * 13579) % 99991} ${(i * 2468) % 77777}`,
      });
    }
    const result = encodeShareFragment(builder.build());
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.length).toBeGreaterThan(MAX_SHARE_CHARS);
      expect(result.reason).toMatch(/Export the design file/);
    }
  });

  it.each(zoneIdRows())('answers a link holding a zone id in %s with its reason, not a throw', (_, zoneCase) => {
    // A link made elsewhere: the payload is the hostile file as it is.
    const encoded = encodeShareFragment(JSON.parse(zoneIdFile(zoneCase).text) as Design);
    if (!encoded.ok) throw new Error(encoded.reason);
    const decoded = decodeShareFragment(encoded.fragment);
    expect(decoded).toMatchObject({ ok: false });
    if (decoded.ok === false) {
      expect(decoded.reason).toContain(`Resource "${zoneCase.resourceId}"`);
      expect(decoded.reason).toContain(`${zoneCase.field}: ${zoneCase.reason}`);
    }
  });
});
