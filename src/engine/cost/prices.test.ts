import { afterEach, describe, expect, it } from 'vitest';
import { allKinds, kindInfo, KINDS, registerKindInfo } from '../model/index.ts';
import { kindCost } from './kindCosts.ts';
import { instancePrice, PRICE_KEYS, PRICE_TABLE, PRICED_REGIONS, priceOf } from './prices.ts';

describe('the price table', () => {
  it('covers us-east-1, eu-west-1 and ap-northeast-2 for every dimension, each a price or a reason', () => {
    expect([...PRICED_REGIONS]).toEqual(['us-east-1', 'eu-west-1', 'ap-northeast-2']);
    for (const region of PRICED_REGIONS) {
      for (const key of PRICE_KEYS) {
        const price = PRICE_TABLE[region].dimensions[key];
        if (price.priced) expect(price.usd, `${region} ${key}`).toBeGreaterThanOrEqual(0);
        else expect(price.why, `${region} ${key}`).not.toBe('');
      }
    }
  });

  it('gives every priced figure a source page and the date it was read', () => {
    const prices = PRICED_REGIONS.flatMap((region) => [
      ...Object.values(PRICE_TABLE[region].dimensions),
      ...Object.values(PRICE_TABLE[region].ec2),
      ...Object.values(PRICE_TABLE[region].mq),
    ]);
    const priced = prices.filter((p) => p.priced);
    expect(priced.length).toBeGreaterThan(10);
    for (const price of priced) {
      expect(price.source.url).toMatch(/^https:\/\/[a-z0-9.-]+\//);
      expect(price.source.read).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('says a Region outside the table is not priced instead of borrowing another Region', () => {
    const price = priceOf('sa-east-1', 'nat-gateway-hour');
    expect(price).toEqual({ priced: false, why: 'sa-east-1 is not in the price table (it covers us-east-1, eu-west-1, ap-northeast-2)' });
    expect(instancePrice('us-east-1', 'ec2', 'x9.huge').priced).toBe(false);
  });

  it('reads the NAT gateway in us-east-1 as $0.045 an hour and a GB', () => {
    expect(priceOf('us-east-1', 'nat-gateway-hour')).toMatchObject({ priced: true, usd: 0.045, unit: 'hour' });
    expect(priceOf('us-east-1', 'nat-gateway-gb')).toMatchObject({ priced: true, usd: 0.045, unit: 'GB' });
    expect(priceOf('eu-west-1', 'nat-gateway-hour')).toMatchObject({ priced: true, usd: 0.048 });
  });
});

describe('every kind the model can hold', () => {
  afterEach(() => registerKindInfo('test-unpriced', undefined));

  it('has a cost entry: its charges, or why it has none', () => {
    const missing = allKinds().filter((kind) => kindCost(kind) === undefined);
    expect(missing).toEqual([]);
    for (const kind of allKinds()) {
      const entry = kindCost(kind)!;
      const why = 'noCharge' in entry ? entry.noCharge : 'notEstimated' in entry ? entry.notEstimated : 'charges';
      expect(why, `${kindInfo(kind).label}`).not.toBe('');
    }
  });

  it('fails for a kind registered without one', () => {
    // A kind added to the registry alone, the way a new kind starts.
    registerKindInfo('test-unpriced', KINDS.subnet);
    expect(allKinds().filter((kind) => kindCost(kind) === undefined)).toEqual(['test-unpriced']);
  });
});
