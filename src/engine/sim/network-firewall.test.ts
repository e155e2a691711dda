import { describe, expect, it } from 'vitest';
import { inspectedEgress, withRoute, type Stateless } from '../testing/inspection.ts';
import { trace } from './trace.ts';
import { AZ_A, AZ_C, path, show } from './testing.ts';

const run = (d: ReturnType<typeof inspectedEgress>, from: string, port: number, host?: string) => trace(d, { from, to: 'internet', protocol: 'tcp', port, host });

describe('AWS Network Firewall', () => {
  it('inspects egress at the endpoint of the AZ the route names, and the reply comes back through the same endpoint', () => {
    const result = run(inspectedEgress(), 'app', 443, 'api.example.com');
    expect(result.verdict, show(result)).toEqual({ reachable: true });
    expect(path(result)).toEqual(expect.arrayContaining(['firewall nfw allow', 'nat nat translate', 'igw igw forward']));
    const inspected = result.forward.find((h) => h.step === 'firewall')!;
    expect(inspected.matched).toBe('egress-domains: allow .example.com (TLS_SNI, HTTP_HOST)');
    expect(inspected.decided).toEqual({ kind: 'firewall-rule', firewall: 'nfw', engine: 'stateful', group: 'egress-domains', rule: undefined });
    expect(inspected.note).toContain('fw-a');
    const back = result.reply.find((h) => h.step === 'reply-firewall')!;
    expect(back.note).toContain(`fw-a (${AZ_A})`);
    expect(path(result, 'reply').indexOf('reply-firewall nfw forward')).toBeGreaterThan(path(result, 'reply').indexOf('reply-nat nat translate'));
  });

  it('drops a TLS connection to a domain the allow-list does not name, and one that names no host', () => {
    for (const host of ['files.elsewhere.test', undefined]) {
      const result = run(inspectedEgress(), 'app', 443, host);
      expect(result.verdict, show(result)).toEqual({ reachable: false, reason: 'FIREWALL_DROP', at: 'nfw' });
      expect(result.forward.at(-1)?.note).toContain(host ? `TLS SNI ${host} is not on the list` : 'names no host');
    }
  });

  it('names the stateful 5-tuple rule that drops SSH', () => {
    const result = run(inspectedEgress(), 'app', 22);
    expect(result.verdict).toEqual({ reachable: false, reason: 'FIREWALL_DROP', at: 'nfw' });
    const hop = result.forward.at(-1)!;
    expect(hop.matched).toBe('no-ssh rule 1: DROP TCP ANY ANY -> ANY 22');
    expect(hop.decided).toEqual({ kind: 'firewall-rule', firewall: 'nfw', engine: 'stateful', group: 'no-ssh', rule: 1 });
  });

  it('a stateless drop decides before the stateful engine, by priority', () => {
    const stateless: Stateless[] = [
      {
        name: 'edge',
        capacity: 10,
        priority: 1,
        rules: [
          { priority: 20, action: 'aws:forward_to_sfe', matchAttributes: {} },
          { priority: 10, action: 'aws:drop', matchAttributes: { destinationPorts: [{ fromPort: 443, toPort: 443 }], protocols: [6] } },
        ],
      },
    ];
    const result = run(inspectedEgress({ stateless }), 'app', 443, 'api.example.com');
    expect(result.verdict).toEqual({ reachable: false, reason: 'FIREWALL_DROP', at: 'nfw' });
    expect(result.forward.at(-1)?.decided).toEqual({ kind: 'firewall-rule', firewall: 'nfw', engine: 'stateless', group: 'edge', rule: 2 });
  });

  it('drops at the route when the firewall has no endpoint in the AZ it names (NFW-AZ)', () => {
    const result = run(inspectedEgress({ mappings: ['fw-a'] }), 'app-c', 443, 'api.example.com');
    expect(result.verdict).toEqual({ reachable: false, reason: 'FIREWALL_NO_ENDPOINT', at: 'nfw' });
    expect(result.forward.at(-1)?.note).toContain(AZ_C);
  });

  it('reports the reply that bypasses the firewall as asymmetric (NFW-ASYMMETRIC)', () => {
    const result = run(inspectedEgress({ returnRoutes: false }), 'app', 443, 'api.example.com');
    expect(result.verdict, show(result)).toEqual({ reachable: false, reason: 'ASYMMETRIC', at: 'nfw' });
    expect(result.reply.at(-1)?.note).toContain('NFW-ASYMMETRIC');
  });

  it('reports a reply routed to the endpoint of another AZ than the request took', () => {
    const crossed = withRoute(inspectedEgress(), 'rt-pub', '10.0.1.0/24', { endpointAz: AZ_C });
    const result = run(crossed, 'app', 443, 'api.example.com');
    expect(result.verdict, show(result)).toEqual({ reachable: false, reason: 'ASYMMETRIC', at: 'nfw' });
    expect(result.reply.at(-1)?.note).toContain(`the request went through its endpoint in ${AZ_A}`);
  });
});
