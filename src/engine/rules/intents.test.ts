import { describe, expect, it } from 'vitest';
import { intentFor, parseDesignValue, pinIntent, removeIntent, type Design, type Intent } from '../model/index.ts';
import partnerFile from '../../../public/examples/static-ips-partner.json';
import { createValidator, validate } from './index.ts';
import { intentRule } from './intents.ts';

function load(file: unknown): Design {
  const parsed = parseDesignValue(file);
  if (!parsed.ok) throw new Error('example does not parse');
  return parsed.design;
}

const partner = load(partnerFile);
const toNlb: Intent = { id: 'partner-nlb-443', name: 'partner reaches the NLB', from: 'partner', to: 'partner-nlb', protocol: 'tcp', port: 443, expect: 'reachable' };
const sshFromInternet: Intent = { id: 'no-ssh', from: 'partner', to: 'proxy-1', protocol: 'tcp', port: 22, expect: 'blocked' };
const withIntents = (design: Design, intents: Intent[]): Design => ({ ...design, intents });
const intentFindings = (design: Design) => validate(design, [intentRule]);

/** The proxies' group without the partner's 443 rule. */
function closeProxies(design: Design): Design {
  return {
    ...design,
    resources: design.resources.map((r) => (r.kind === 'security-group' && r.id === 'proxy-sg' ? { ...r, ingress: r.ingress.filter((rule) => !rule.description?.startsWith('partner')) } : r)),
  };
}

describe('INTENT', () => {
  it('stays quiet while every intent keeps its verdict', () => {
    expect(intentFindings(withIntents(partner, [toNlb, sshFromInternet]))).toEqual([]);
  });

  it('fires when an edit blocks a flow that should be reachable, naming the intent, the reason and where', () => {
    const [finding, ...rest] = intentFindings(withIntents(closeProxies(partner), [toNlb, sshFromInternet]));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ ruleId: 'INTENT:partner-nlb-443', severity: 'error' });
    expect(finding!.message).toMatch(/^Intent "partner reaches the NLB" should be reachable, and it is blocked: .*\(SG_DENY\)/);
    expect(finding!.resourceIds).toContain('partner-nlb');
  });

  it('fires when a flow that should be blocked is reachable', () => {
    const open: Intent = { ...toNlb, id: 'nlb-closed', name: undefined, expect: 'blocked' };
    const [finding] = intentFindings(withIntents(partner, [open]));
    expect(finding!.message).toContain('should be blocked, and it is reachable');
    expect(finding!.message).toContain('tcp/443');
  });

  it('reports an intent whose end was deleted instead of refusing the design', () => {
    const design = withIntents({ ...partner, resources: partner.resources.filter((r) => r.id !== 'partner') }, [toNlb]);
    const [finding] = intentFindings(design);
    expect(finding!.message).toMatch(/cannot be traced any more: .*partner/);
  });

  it('is re-checked by the live validator when only the intents change', () => {
    const validator = createValidator();
    const closed = closeProxies(partner);
    expect(validator.validate(closed).filter((f) => f.ruleId.startsWith('INTENT:'))).toEqual([]);
    expect(validator.validate(withIntents(closed, [toNlb])).filter((f) => f.ruleId.startsWith('INTENT:'))).toHaveLength(1);
    expect(validator.validate(closed).filter((f) => f.ruleId.startsWith('INTENT:'))).toEqual([]);
  });
});

describe('the intents field', () => {
  const parse = (intents: unknown) => parseDesignValue({ ...structuredClone(partnerFile), intents });

  it('round-trips through the parser', () => {
    const parsed = parse([toNlb]);
    expect(parsed.ok && parsed.design.intents).toEqual([toNlb]);
  });

  it('refuses a repeated intent id, a bad port and a host with a quote, naming the field', () => {
    const parsed = parse([toNlb, toNlb, { ...sshFromInternet, port: 70000 }, { ...sshFromInternet, id: 'h', host: 'a"b.com' }]);
    expect(parsed.ok).toBe(false);
    const paths = parsed.ok ? [] : parsed.errors.map((e) => ('path' in e ? e.path : ''));
    expect(paths).toEqual(expect.arrayContaining(['intents.1.id', 'intents.2.port', 'intents.3.host']));
  });
});

describe('pinning and removing intents', () => {
  const flow = { from: 'partner', to: 'partner-nlb', protocol: 'tcp' as const, port: 443 };

  it('pins a flow once: pinning it again changes its expectation, and removing it leaves the others', () => {
    const once = pinIntent(partner, flow, 'reachable');
    const twice = pinIntent(pinIntent(once, { ...flow, port: 22 }, 'blocked'), flow, 'blocked');
    expect(twice.intents!.map((i) => [i.id, i.port, i.expect])).toEqual([
      ['intent-1', 443, 'blocked'],
      ['intent-2', 22, 'blocked'],
    ]);
    expect(intentFor(twice, { ...flow, port: 22 })?.id).toBe('intent-2');
    expect(removeIntent(twice, 'intent-1').intents!.map((i) => i.id)).toEqual(['intent-2']);
    expect(pinIntent(removeIntent(twice, 'intent-1'), { ...flow, port: 80 }, 'reachable').intents!.map((i) => i.id)).toEqual(['intent-2', 'intent-3']);
  });
});
