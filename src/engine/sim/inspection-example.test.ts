/** The expected verdicts of the centralised inspection and egress example, on the gallery's file. */
import { describe, expect, it } from 'vitest';
import { parseDesignValue, type Design } from '../model/index.ts';
import { validate } from '../rules/index.ts';
import exampleFile from '../../../public/examples/inspection-egress.json';
import { trace } from './trace.ts';
import { path, show } from './testing.ts';

function load(file: unknown): Design {
  const parsed = parseDesignValue(file);
  if (!parsed.ok) throw new Error('example does not parse');
  return parsed.design;
}

const example = load(exampleFile);
const flow = (from: string, to: string, port: number, host?: string) => trace(example, { from, to, protocol: 'tcp', port, host });
const steps = (result: ReturnType<typeof trace>, which: 'forward' | 'reply' = 'forward') => path(result, which).filter((s) => /^(reply-)?(firewall|tgw-route|nat|igw) /.test(s));

describe('centralised inspection and egress', () => {
  it('raises no error finding, and no appliance-mode, asymmetry or endpoint warning', () => {
    const findings = validate(example);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(findings.filter((f) => /^(TGW-APPLIANCE|TGW-EGRESS|NFW-|GWE-)/.test(f.ruleId))).toEqual([]);
  });

  it('spoke to spoke: inspected by the firewall on the way and back, and reachable', () => {
    const result = flow('orders', 'billing', 443);
    expect(result.verdict, show(result)).toEqual({ reachable: true });
    expect(steps(result)).toEqual(['tgw-route tgw forward', 'firewall nfw allow', 'tgw-route tgw forward']);
    expect(result.forward.find((h) => h.step === 'tgw-route')?.matched).toBe('tgw-rt-spokes: 0.0.0.0/0 → inspection-attach (static)');
    expect(steps(result, 'reply')).toEqual(['reply-tgw-route tgw forward', 'reply-firewall nfw forward', 'reply-tgw-route tgw forward']);
  });

  it('spoke to the internet: through the firewall, the egress VPC’s NAT gateway and its internet gateway, the reply back through the same endpoint', () => {
    const result = flow('orders', 'internet', 443, 'api.example.com');
    expect(result.verdict, show(result)).toEqual({ reachable: true });
    expect(steps(result)).toEqual(['tgw-route tgw forward', 'firewall nfw allow', 'tgw-route tgw forward', 'nat egress-nat-a translate', 'igw egress-igw forward']);
    const there = result.forward.find((h) => h.step === 'firewall')!;
    const back = result.reply.find((h) => h.step === 'reply-firewall')!;
    expect(there.note).toContain('inspection-fw-a');
    expect(back.note).toContain('inspection-fw-a');
    expect(steps(result, 'reply')).toEqual(['reply-igw egress-igw translate', 'reply-nat egress-nat-a translate', 'reply-tgw-route tgw forward', 'reply-firewall nfw forward', 'reply-tgw-route tgw forward']);
  });

  it('the policy drops SSH between spokes, naming its rule, and TLS to a domain it does not allow', () => {
    const ssh = flow('orders', 'billing', 22);
    expect(ssh.verdict).toEqual({ reachable: false, reason: 'FIREWALL_DROP', at: 'nfw' });
    expect(ssh.forward.at(-1)?.matched).toBe('no-ssh-between-spokes rule 1: DROP TCP 10.0.0.0/11 ANY -> 10.0.0.0/11 22');
    const elsewhere = flow('orders', 'internet', 443, 'downloads.elsewhere.test');
    expect(elsewhere.verdict).toEqual({ reachable: false, reason: 'FIREWALL_DROP', at: 'nfw' });
    expect(elsewhere.forward.at(-1)?.matched).toContain('egress-domains');
  });

  it('without appliance mode the reply from the other AZ reaches the other endpoint, and the trace and TGW-APPLIANCE both say so', () => {
    const off: Design = { ...example, resources: example.resources.map((r) => (r.id === 'inspection-attach' && r.kind === 'tgw-attachment' ? { ...r, applianceMode: false } : r)) };
    const moved: Design = { ...off, resources: off.resources.map((r) => (r.id === 'billing' && r.kind === 'instance' ? { ...r, parent: 'spoke-billing-app-c' } : r)) };
    const result = trace(moved, { from: 'orders', to: 'billing', protocol: 'tcp', port: 443 });
    expect(result.verdict, show(result)).toEqual({ reachable: false, reason: 'ASYMMETRIC', at: 'nfw' });
    expect(result.reply.at(-1)?.note).toContain('NFW-ASYMMETRIC');
    expect(validate(moved).filter((f) => f.ruleId === 'TGW-APPLIANCE').map((f) => f.resourceIds[0])).toEqual(['inspection-attach']);
  });
});
