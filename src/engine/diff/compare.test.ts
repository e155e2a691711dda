import { describe, expect, it } from 'vitest';
import { parseDesignValue, type Design } from '../model/index.ts';
import partnerFile from '../../../public/examples/static-ips-partner.json';
import { compareDesigns, comparisonMarkdown, markdownText, namedPorts } from './index.ts';

function load(file: unknown): Design {
  const parsed = parseDesignValue(file);
  if (!parsed.ok) throw new Error('example does not parse');
  return parsed.design;
}
const partner = load(partnerFile);

const closeProxies = (design: Design): Design => ({
  ...design,
  resources: design.resources.map((r) => (r.kind === 'security-group' && r.id === 'proxy-sg' ? { ...r, ingress: r.ingress.filter((rule) => !rule.description?.startsWith('partner')) } : r)),
});
const renamed = (design: Design, id: string, name: string): Design => ({ ...design, resources: design.resources.map((r) => (r.id === id ? { ...r, name } : r)) });

describe('compareDesigns', () => {
  it('finds nothing between a design and itself', () => {
    const same = compareDesigns(partner, structuredClone(partner));
    expect(same.resources).toEqual({ added: [], removed: [], changed: [] });
    expect(same.findings).toEqual({ introduced: [], resolved: [] });
    expect(same.flows.changed).toEqual([]);
    expect(same.flows.endpoints).toContain('partner');
  });

  it('reports the flow a closed security group rule blocks, the changed field, and the reverse when it opens again', () => {
    const closed = closeProxies(partner);
    const change = compareDesigns(partner, closed);
    expect(change.resources.changed).toEqual([{ id: 'proxy-sg', kind: 'security-group', name: 'proxy', fields: ['ingress'] }]);
    const toNlb = change.flows.changed.find((f) => f.from === 'partner' && f.to === 'partner-nlb' && f.port === 443);
    expect(toNlb).toMatchObject({ protocol: 'tcp', before: { reachable: true }, after: { reachable: false, reason: 'SG_DENY' } });
    expect(change.flows.changed.every((f) => f.port === 443 && f.from === 'partner')).toBe(true);
    const reopened = compareDesigns(closed, partner).flows.changed.find((f) => f.from === 'partner' && f.to === 'partner-nlb');
    expect(reopened).toMatchObject({ before: { reachable: false }, after: { reachable: true } });
  });

  it('lists added and removed resources and the findings a removal introduces', () => {
    const withoutEip = { ...partner, resources: partner.resources.filter((r) => r.id !== 'nat-a-eip') };
    const change = compareDesigns(partner, withoutEip);
    expect(change.resources.removed.map((r) => r.id)).toEqual(['nat-a-eip']);
    expect(compareDesigns(withoutEip, partner).resources.added.map((r) => r.id)).toEqual(['nat-a-eip']);
  });

  it('asks the ports the designs name, with 443 and 22 always', () => {
    const ports = namedPorts([partner], 12).map((p) => `${p.protocol}/${p.port}`);
    expect(ports).toEqual(expect.arrayContaining(['tcp/22', 'tcp/80', 'tcp/443']));
  });
});

describe('comparisonMarkdown', () => {
  it('writes the changed flow as a table row a reviewer reads', () => {
    const closed = closeProxies(partner);
    const text = comparisonMarkdown(compareDesigns(partner, closed), partner, closed, { before: 'main', after: 'this branch' });
    expect(text).toContain('**1 flow changed verdict**');
    expect(text).toContain('| Partner network (partner) | partner-nlb | tcp/443 | ✓ reachable | ✗ blocked: a security group does not allow it (SG\\_DENY) at proxy (proxy-sg) |');
    expect(text).toContain('| changed | security-group | proxy (proxy-sg) | ingress |');
  });

  it('keeps hostile names as text: no HTML, no table break, no emphasis', () => {
    const hostile = '<script>alert(1)</script> | **x** `y` ${z}';
    const design = renamed(closeProxies(partner), 'proxy-sg', hostile);
    const text = comparisonMarkdown(compareDesigns(partner, design), partner, design, { before: 'a', after: 'b' });
    expect(text).not.toContain('<script>');
    expect(text).toContain(markdownText(hostile));
    for (const row of text.split('\n').filter((l) => l.startsWith('| changed'))) expect(row.split(/(?<!\\)\|/).length).toBe(6);
  });
});
