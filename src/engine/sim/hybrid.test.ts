import { describe, expect, it } from 'vitest';
import { hybridTwoRegions } from '../../../scripts/examples/hybrid.ts';
import { path, run, show } from './testing.ts';

const design = hybridTwoRegions().design;

describe('hybrid in two regions', () => {
  it('lets the office reach app-seoul over the VPN, by the route the VPC attachment propagates, and the reply come back over it', () => {
    const result = run(design, 'office', 'app-seoul-server');
    expect(result.verdict, show(result)).toEqual({ reachable: true });
    expect(path(result)).toEqual(expect.arrayContaining(['vpn vpn-office forward', 'tgw-route tgw-seoul forward', 'sg-ingress app-seoul-server-sg allow']));
    expect(result.forward.find((h) => h.step === 'tgw-route')?.matched).toBe('rt-seoul-edge: 10.10.0.0/16 → att-app-seoul (propagated)');
    expect(path(result, 'reply')).toEqual(expect.arrayContaining(['reply-tgw-route tgw-seoul forward', 'reply-vpn vpn-office forward', 'reply-deliver office allow']));
  });

  it('reaches the data centre over Direct Connect, by the route its attachment propagates', () => {
    const result = run(design, 'app-seoul-server', 'data-centre');
    expect(result.verdict, show(result)).toEqual({ reachable: true });
    expect(result.forward.find((h) => h.step === 'tgw-route')?.matched).toBe('rt-seoul-spokes: 172.20.0.0/16 → dxgw (propagated)');
    expect(path(result)).toContain('dx dxgw forward');
    // The data centre answers through the allowed prefix 10.10.0.0/16.
    expect(path(result, 'reply')).toEqual(expect.arrayContaining(['reply-dx dxgw forward', 'reply-deliver app-seoul-server allow']));
  });

  it('crosses from Tokyo to the office over the peering by static routes, and back', () => {
    const result = run(design, 'app-tokyo-server', 'office');
    expect(result.verdict, show(result)).toEqual({ reachable: true });
    const routes = result.forward.filter((h) => h.step === 'tgw-route').map((h) => h.matched);
    expect(routes).toEqual(['rt-tokyo: 172.16.0.0/16 → peer-seoul-tokyo (static)', 'rt-seoul-edge: 172.16.0.0/16 → vpn-office (propagated)']);
    expect(result.forward.find((h) => h.step === 'tgw-peering')?.matched).toBe('tgw-tokyo → tgw-seoul (ap-northeast-1 → ap-northeast-2)');
    expect(path(result, 'reply')).toEqual(expect.arrayContaining(['reply-tgw-peering peer-seoul-tokyo forward', 'reply-deliver app-tokyo-server allow']));
  });

  it('fails from Tokyo to data-seoul: its route was left to propagation over the peering', () => {
    const result = run(design, 'app-tokyo-server', 'data-seoul-server');
    expect(result.verdict).toEqual({ reachable: false, reason: 'NO_ROUTE', at: 'tgw-tokyo' });
    expect(result.forward.at(-1)?.note).toContain('peer-seoul-tokyo is set to propagate into rt-tokyo, but a peering attachment carries static routes only');
  });
});
