import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { FlowCost } from '../../engine/cost/index.ts';
import { FlowCostSection, hopCostLabels } from './FlowCostSection.tsx';

const source = { url: 'https://example.org/pricing', read: '2026-12-03' };
const cost: FlowCost = {
  request: [
    { hop: 4, resourceId: 'attach', what: 'transit gateway processing', usdPerGb: 0.02, source },
    { hop: 9, resourceId: 'nfw', what: 'Network Firewall processing', usdPerGb: undefined, notPriced: 'no figure for this Region' },
    { hop: 13, resourceId: 'nat', what: 'NAT gateway processing', usdPerGb: 0.045, source },
  ],
  reply: [],
  requestUsdPerGb: 0.065,
  replyUsdPerGb: 0,
  notPriced: 1,
};

describe('the cost per GB section', () => {
  it('lists each charging hop with its price or why it has none, and each direction\'s total', () => {
    const html = renderToStaticMarkup(<FlowCostSection cost={cost} nameOf={(id) => `<${id}>`} />);
    expect(html).toContain('$0.065/GB and 1 charge not priced');
    expect(html).toContain('no hop charges per GB');
    expect(html).toContain('NAT gateway processing at &lt;nat&gt;: <span class="flow-cost-price">$0.045/GB</span>');
    expect(html).toContain('(no figure for this Region)');
    expect(html).toContain('title="https://example.org/pricing (read 2026-12-03)"');
  });

  it('labels the hops that charge by their position, adding two charges at one hop', () => {
    const labels = hopCostLabels([...cost.request, { hop: 4, resourceId: 'attach', what: 'into us-east-1a', usdPerGb: 0.01, source }], 15);
    expect(labels[4]).toBe('$0.02/GB + $0.01/GB');
    expect(labels[9]).toBe('not priced');
    expect(labels.filter(Boolean)).toHaveLength(3);
  });
});
