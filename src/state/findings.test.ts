import { afterAll, describe, expect, it } from 'vitest';
import { setLayout } from '../engine/model/index.ts';
import { design } from '../engine/testing/builder.ts';
import { createTestStudio } from './testStudio.ts';

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

const studio = createTestStudio({ design: sharedVpc() });
afterAll(() => studio.dispose());

/** The findings once live validation has caught up with the open design. */
async function settled() {
  await studio.settled();
  expect(studio.findings.getState().design).toBe(studio.getDesign());
  return studio.findings.getState();
}

const ids = () => studio.findings.getState().findings.map((f) => f.ruleId);
const brokerBadges = () => studio.badges.getState().bySource['findings']?.['orders-mq'] ?? [];

describe('live validation', () => {

  it('reports the broker in the shared subnet and badges the broker node', async () => {
    const state = await settled();
    expect(ids()).toContain('MQ-SHARED');
    expect(state.counts.error).toBe(state.findings.filter((f) => f.severity === 'error').length);
    const [badge] = brokerBadges();
    expect(badge?.tone).toBe('error');
    expect(badge?.title).toContain('MQ-SHARED: Broker `orders-mq`');
  });

  it('applying the satellite-VPC fix is one undo step that clears the error; undo brings it back', async () => {
    const before = studio.design.getState().history.past.length;
    const fix = studio.findings.getState().findings.find((f) => f.ruleId === 'MQ-SHARED')!.fixes!.find((f) => f.id === 'satellite-vpc')!;
    expect(studio.apply((d) => fix.apply(d)).ok).toBe(true);
    expect(studio.design.getState().history.past.length).toBe(before + 1);
    await settled();
    expect(ids()).not.toContain('MQ-SHARED');
    expect(brokerBadges().filter((b) => b.tone === 'error')).toEqual([]);

    studio.design.getState().undo();
    await settled();
    expect(ids()).toContain('MQ-SHARED');
    expect(brokerBadges()[0]?.tone).toBe('error');
  });

  it('moving a box keeps the same findings, since rules never read the layout', async () => {
    const findings = (await settled()).findings;
    const badges = studio.badges.getState().bySource['findings'];
    studio.apply((d) => setLayout(d, { 'orders-mq': { x: 500, y: 500 } }));
    const after = await settled();
    expect(after.findings).toBe(findings);
    expect(studio.badges.getState().bySource['findings']).toBe(badges);
  });

  it('several changes in one task are validated once, against the last', async () => {
    let runs = 0;
    const stop = studio.findings.subscribe((s, prev) => {
      if (s.findings !== prev.findings) runs++;
    });
    studio.apply((d) => ({ ...d, resources: d.resources.filter((r) => r.id !== 'orders-mq') }));
    studio.apply((d) => ({ ...d, resources: [...d.resources] }));
    await settled();
    stop();
    expect(runs).toBe(1);
    expect(ids()).not.toContain('MQ-SHARED');
    expect(studio.badges.getState().bySource['findings']?.['orders-mq']).toBeUndefined();
  });
});
