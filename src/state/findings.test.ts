import { beforeAll, describe, expect, it } from 'vitest';
import { setLayout } from '../engine/model/index.ts';
import { design } from '../engine/testing/builder.ts';
import { useBadgeStore } from './badges.ts';
import { applyOperation, useDesignStore } from './designStore.ts';
import { startLiveValidation, useFindingsStore } from './findings.ts';

/** Dept-a's RabbitMQ broker in a subnet network shares with it (seed scenario 1). */
function sharedVpc() {
  return design('shared VPC')
    .account('network', { organization: 'org', ramOrganizationSharing: true })
    .account('dept-a', { organization: 'org' })
    .vpc('main', 'network', '10.0.0.0/16')
    .subnet('shared-a', 'main', '10.0.1.0/24', 'ap-northeast-2a')
    .subnet('shared-c', 'main', '10.0.2.0/24', 'ap-northeast-2c')
    .connect('shared-a', 'dept-a')
    .connect('shared-c', 'dept-a')
    .add('mq-broker', 'orders-mq', { parent: 'shared-a', account: 'dept-a' })
    .build();
}

/** Waits until live validation has caught up with the open design. */
async function settled() {
  for (let i = 0; i < 200; i++) {
    if (useFindingsStore.getState().design === useDesignStore.getState().history.present) return useFindingsStore.getState();
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error('live validation did not catch up');
}

const ids = () => useFindingsStore.getState().findings.map((f) => f.ruleId);
const brokerBadges = () => useBadgeStore.getState().bySource['findings']?.['orders-mq'] ?? [];

describe('live validation', () => {
  beforeAll(() => {
    useDesignStore.getState().open('d1', sharedVpc());
    startLiveValidation();
  });

  it('reports the broker in the shared subnet and badges the broker node', async () => {
    const state = await settled();
    expect(ids()).toContain('MQ-SHARED');
    expect(state.counts.error).toBe(state.findings.filter((f) => f.severity === 'error').length);
    const [badge] = brokerBadges();
    expect(badge?.tone).toBe('error');
    expect(badge?.title).toContain('MQ-SHARED: Broker `orders-mq`');
  });

  it('applying the satellite-VPC fix is one undo step that clears the error; undo brings it back', async () => {
    const before = useDesignStore.getState().history.past.length;
    const fix = useFindingsStore.getState().findings.find((f) => f.ruleId === 'MQ-SHARED')!.fixes!.find((f) => f.id === 'satellite-vpc')!;
    expect(applyOperation((d) => fix.apply(d)).ok).toBe(true);
    expect(useDesignStore.getState().history.past.length).toBe(before + 1);
    await settled();
    expect(ids()).not.toContain('MQ-SHARED');
    expect(brokerBadges().filter((b) => b.tone === 'error')).toEqual([]);

    useDesignStore.getState().undo();
    await settled();
    expect(ids()).toContain('MQ-SHARED');
    expect(brokerBadges()[0]?.tone).toBe('error');
  });

  it('moving a box keeps the same findings, since rules never read the layout', async () => {
    const findings = (await settled()).findings;
    const badges = useBadgeStore.getState().bySource['findings'];
    applyOperation((d) => setLayout(d, { 'orders-mq': { x: 500, y: 500 } }));
    const after = await settled();
    expect(after.findings).toBe(findings);
    expect(useBadgeStore.getState().bySource['findings']).toBe(badges);
  });

  it('several changes in one task are validated once, against the last', async () => {
    let runs = 0;
    const stop = useFindingsStore.subscribe((s, prev) => {
      if (s.findings !== prev.findings) runs++;
    });
    applyOperation((d) => ({ ...d, resources: d.resources.filter((r) => r.id !== 'orders-mq') }));
    applyOperation((d) => ({ ...d, resources: [...d.resources] }));
    await settled();
    stop();
    expect(runs).toBe(1);
    expect(ids()).not.toContain('MQ-SHARED');
    expect(useBadgeStore.getState().bySource['findings']?.['orders-mq']).toBeUndefined();
  });
});
