import { describe, expect, it } from 'vitest';
import { parseDesignValue } from '../model/index.ts';
import fargateFile from '../../../public/examples/ecs-fargate.json';
import inspectionFile from '../../../public/examples/inspection-egress.json';
import { cents, estimate, type Estimate } from './estimate.ts';
// The gallery's designs are drawn in ap-northeast-2, where the table has no NAT or transit
// gateway price; the arithmetic is pinned on the same designs moved to us-east-1.
import { inUsEast1 } from './testing.ts';

const line = (e: Estimate, id: string) => e.resources.find((r) => r.id === id)!;
const sumOf = (e: Estimate, kinds: readonly string[]) => cents(e.resources.filter((r) => kinds.includes(r.kind)).reduce((s, r) => s + r.monthlyUsd, 0));

describe('the monthly estimate', () => {
  it('prices a NAT gateway at its hours and the GB it processes, with the assumptions in the result', () => {
    const result = estimate(inUsEast1(fargateFile), { gbByResource: { 'nat-a': 250 } });
    expect(result.assumptions.hoursPerMonth).toBe(730);
    const nat = line(result, 'nat-a');
    expect(nat.charges).toEqual([
      expect.objectContaining({ what: 'NAT gateway hours', quantity: 730, usdPerUnit: 0.045 }),
      expect.objectContaining({ what: 'GB processed', quantity: 250, usdPerUnit: 0.045 }),
    ]);
    // 730 × 0.045 + 250 × 0.045
    expect(cents(nat.monthlyUsd)).toBe(44.1);
    expect(nat.charges.every((c) => 'source' in c && c.source.url.startsWith('https://'))).toBe(true);
  });

  it('follows the hours assumption', () => {
    const result = estimate(inUsEast1(fargateFile), { hoursPerMonth: 100, gbPerFlow: 0 });
    expect(cents(line(result, 'nat-a').monthlyUsd)).toBe(4.5);
  });

  it('keeps a charge the table cannot price, with the reason, out of the sums', () => {
    const result = estimate(inUsEast1(inspectionFile));
    const firewall = line(result, 'nfw');
    expect(firewall.incomplete).toBe(true);
    expect(firewall.charges[0]).toMatchObject({ quantity: 2 * 730, notPriced: 'no pricing page we read gives a figure for this Region' });
    expect(firewall.monthlyUsd).toBe(0);
    expect(result.notPriced).toBeGreaterThan(0);
  });

  it('says the gallery designs, in ap-northeast-2, have no NAT price rather than borrowing one', () => {
    const parsed = parseDesignValue(fargateFile);
    if (!parsed.ok) throw new Error('example does not parse');
    const nat = line(estimate(parsed.design), 'nat-a');
    expect(nat.monthlyUsd).toBe(0);
    expect(nat.charges.every((c) => 'notPriced' in c)).toBe(true);
  });

  it('sums per account, per VPC and in total', () => {
    const result = estimate(inUsEast1(inspectionFile));
    const egress = result.vpcs.find((v) => v.id === 'egress')!;
    const inEgress = result.resources.filter((r) => r.vpc === 'egress').reduce((s, r) => s + r.monthlyUsd, 0);
    expect(egress.monthlyUsd).toBeCloseTo(inEgress, 9);
    expect(result.accounts.map((a) => a.id).sort()).toEqual(['network', 'workloads']);
    expect(result.accounts.reduce((s, a) => s + a.monthlyUsd, 0)).toBeCloseTo(result.totalUsd, 9);
  });

  it('compares a NAT gateway per AZ in each spoke with the central egress VPC for the same traffic', () => {
    // Two spokes each send 250 GB a month to the internet.
    const perSpoke = 250;
    // Per AZ: each spoke is the Fargate example's VPC, a NAT gateway in each of its two AZs.
    const distributed = estimate(inUsEast1(fargateFile), { gbByResource: { 'nat-a': perSpoke / 2, 'nat-c': perSpoke / 2 } });
    const onePerAzSpoke = sumOf(distributed, ['nat-gateway', 'elastic-ip']);
    // 2 × 730 × 0.045 NAT hours + 250 × 0.045 processed + 2 × 730 × 0.005 for the two Elastic IPs
    expect(onePerAzSpoke).toBe(cents(65.7 + 11.25 + 7.3));
    // Central: the inspection example's egress VPC serves both spokes. Each GB enters the
    // transit gateway twice (from the spoke, then from the inspection VPC after the firewall).
    const central = estimate(inUsEast1(inspectionFile), {
      gbByResource: {
        'egress-nat-a': perSpoke,
        'egress-nat-c': perSpoke,
        'spoke-orders-attach': perSpoke,
        'spoke-billing-attach': perSpoke,
        'inspection-attach': 2 * perSpoke,
        'egress-attach': 0,
      },
    });
    const centralNat = sumOf(central, ['nat-gateway', 'elastic-ip']);
    const attachments = sumOf(central, ['tgw-attachment']);
    expect(centralNat).toBe(cents(65.7 + 500 * 0.045 + 7.3));
    // 4 attachments × 730 × 0.05 + 1,000 GB × 0.02
    expect(attachments).toBe(cents(146 + 20));
    // For two spokes at this traffic the central VPC costs more before its firewall is even priced.
    expect(cents(centralNat + attachments - 2 * onePerAzSpoke)).toBe(cents(95.5 + 166 - 168.5));
  });
});

describe('the hybrid kinds', () => {
  it('prices a VPN on a transit gateway by its connection and attachment hours, and a peering at each end in its own Region', async () => {
    const hybridFile = (await import('../../../public/examples/hybrid-two-regions.json')).default;
    // Seoul moves to us-east-1; Tokyo (ap-northeast-1) stays outside the table.
    const result = estimate(inUsEast1(hybridFile));
    const vpn = line(result, 'vpn-office');
    expect(vpn.region).toBe('us-east-1');
    expect(vpn.charges.map((c) => [c.what, 'usdPerUnit' in c ? c.usdPerUnit : undefined])).toEqual([
      ['VPN connection hours', 0.05],
      ['transit gateway attachment hours', 0.05],
    ]);
    const peering = line(result, 'peer-seoul-tokyo');
    expect(peering.charges).toEqual([
      expect.objectContaining({ what: 'peering attachment hours at tgw-seoul (us-east-1)', usdPerUnit: 0.05 }),
      expect.objectContaining({ what: 'peering attachment hours at tgw-tokyo (ap-northeast-1)', notPriced: 'ap-northeast-1 is not in the price table (it covers us-east-1, eu-west-1, ap-northeast-2)' }),
    ]);
    expect(line(result, 'dxgw').note).toMatch(/^not estimated: /);
  });
});
