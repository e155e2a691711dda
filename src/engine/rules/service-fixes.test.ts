/**
 * Every quick fix of the service rules, on the gallery examples bent out of shape: applied, its
 * finding is gone, no new error appears, and the result reads back as a valid design file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDesignValue, updateResource, type Design, type Resource } from '../model/index.ts';
import { serviceRules } from './service-rules.ts';
import { applyFix, findingsOf } from './service-testing.ts';
import { validate } from './index.ts';

const dir = new URL('../../../public/examples/', import.meta.url);
const examples = readdirSync(dir)
  .filter((file) => file.endsWith('.json') && file !== 'index.json')
  .map((file) => {
    const parsed = parseDesignValue(JSON.parse(readFileSync(new URL(file, dir), 'utf8')));
    if (!parsed.ok) throw new Error(`${file} does not parse`);
    return [file, parsed.design] as const;
  });

/** Applies `patch` to every resource it returns one for. */
const each = (patch: (r: Resource, d: Design) => Record<string, unknown> | undefined) => (design: Design) => {
  let current = design;
  for (const resource of design.resources) {
    const fields = patch(resource, design);
    const result = fields ? updateResource(current, resource.id, fields) : undefined;
    if (result?.ok) current = result.design;
  }
  return current;
};
const allow443 = [{ ruleNumber: 100, protocol: 'tcp', fromPort: 443, toPort: 443, cidr: '0.0.0.0/0', action: 'allow' }];
const firstAlb = (d: Design) => d.resources.find((r) => r.kind === 'alb')?.id;

const BENT: Record<string, (design: Design) => Design> = {
  'NACLs that forget return ports': each((r) => (r.kind === 'network-acl' ? { inbound: allow443, outbound: allow443 } : undefined)),
  'target groups of type instance': each((r) => (r.kind === 'target-group' ? { targetType: 'instance' } : undefined)),
  'HTTP listeners on NLBs, TCP on ALBs': each((r) => (r.kind === 'nlb' || r.kind === 'alb' ? { listeners: r.listeners.map((l) => ({ ...l, protocol: r.kind === 'nlb' ? 'HTTP' : 'TCP' })) } : undefined)),
  'LoadBalancer Services on NodePort 8080': each((r) => (r.kind === 'k8s-service' ? { serviceType: 'LoadBalancer', nodePort: 8080 } : undefined)),
  'public brokers in the wrong mode, VPCs without DNS hostnames': each((r) =>
    r.kind === 'mq-broker' ? { publiclyAccessible: true, deploymentMode: 'ACTIVE_STANDBY_MULTI_AZ' } : r.kind === 'vpc' ? { enableDnsHostnames: false } : undefined,
  ),
  'partners that need static IPs calling an ALB': each((r, d) => (r.kind === 'external' && firstAlb(d) ? { needsStaticIps: true, connectsTo: [firstAlb(d)] } : undefined)),
};

const serviceIds = new Set(serviceRules.map((rule) => rule.id));

describe('service quick fixes on bent examples', () => {
  let exercised = 0;
  for (const [file, original] of examples) {
    for (const [bend, apply] of Object.entries(BENT)) {
      it(`${file}, ${bend}`, () => {
        const design = apply(original);
        const findings = validate(design).filter((f) => serviceIds.has(f.ruleId.split(':')[0]!));
        for (const found of findings) {
          for (const fix of found.fixes ?? []) {
            const fixed = applyFix(design, found, fix.id);
            expect(findingsOf(fixed.design, found.ruleId).filter((f) => f.message === found.message), `${found.ruleId} ${fix.id}`).toEqual([]);
            expect(fixed.newErrors, `${found.ruleId} ${fix.id}`).toEqual([]);
            exercised++;
          }
        }
      });
    }
  }
  it('exercised the fixes of many findings', () => {
    expect(exercised).toBeGreaterThan(50);
  });
});
