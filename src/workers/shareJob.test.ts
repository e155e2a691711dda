import { describe, expect, it } from 'vitest';
import { encodeShareFragment } from '../engine/io/share.ts';
import type { Design } from '../engine/model/index.ts';
import { design } from '../engine/testing/builder.ts';
import { ZONE_ID_CASES, zoneIdFile } from '../engine/testing/hostile-addresses.ts';
import { runShareJob, type ShareMessage } from './shareJob.ts';

const many = (count: number) => {
  let builder = design('many').account('net').vpc('main', 'net', '10.0.0.0/16').subnet('a', 'main', '10.0.1.0/24', 'ap-northeast-2a');
  for (let i = 0; i < count; i++) builder = builder.add('instance', `web-${i}`, { parent: 'a' });
  return builder.build();
};

const fragmentOf = (value: Design) => {
  const encoded = encodeShareFragment(value);
  if (!encoded.ok) throw new Error(encoded.reason);
  return encoded.fragment;
};

function run(fragment: string, now?: () => number): ShareMessage[] {
  const messages: ShareMessage[] = [];
  // Through structuredClone, as postMessage would.
  runShareJob({ type: 'decode-share', fragment }, (message) => messages.push(structuredClone(message)), now);
  return messages;
}

describe('the share-link worker job', () => {
  it('posts progress, then the design, as the page would have decoded it', () => {
    const original = many(3000);
    let clock = 0;
    const messages = run(fragmentOf(original), () => (clock += 100));
    expect(messages.at(-1)).toEqual({ type: 'done', result: { ok: true, design: original } });
    const stages = messages.slice(0, -1).map((m) => (m.type === 'progress' ? m.progress.stage : m.type));
    expect(stages[0]).toBe('unpacking');
    expect(stages.at(-1)).toBe('checking');
    expect(stages.filter((stage) => stage === 'unpacking').length).toBeGreaterThan(1);
  });

  it('posts progress at most every 50 ms, so a fast link does not flood the page', () => {
    const messages = run(fragmentOf(many(3000)), () => 0);
    expect(messages.filter((m) => m.type === 'progress' && m.progress.stage === 'unpacking')).toHaveLength(1);
  });

  it('ends with the parser’s reason, naming the field and the resource, for a design it refuses', () => {
    const zoneCase = ZONE_ID_CASES.find((c) => c.field === 'privateIp')!;
    const messages = run(fragmentOf(JSON.parse(zoneIdFile(zoneCase).text) as Design));
    const last = messages.at(-1)!;
    expect(last.type).toBe('done');
    if (last.type === 'done' && last.result.ok === false) {
      expect(last.result.reason).toContain(`Resource "${zoneCase.resourceId}"`);
      expect(last.result.reason).toContain(`privateIp: ${zoneCase.reason}`);
    } else throw new Error('the link should have been refused');
  });

  it('ends with a reason for a damaged link', () => {
    expect(run('share=v1.AAAA').at(-1)).toMatchObject({ type: 'done', result: { ok: false, reason: expect.stringContaining('damaged') } });
  });
});
