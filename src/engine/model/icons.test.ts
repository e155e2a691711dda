import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { awsIconFile } from '../../cli/awsIcons.ts';
import { allKinds, kindInfo, type ResourceKind } from './index.ts';

const file = (kind: ResourceKind) => awsIconFile(kindInfo(kind).icon);

describe('kind icons', () => {
  it('name an AWS Architecture Icon that the aws-icons package ships, for every kind', () => {
    const missing = allKinds().filter((kind) => !existsSync(file(kind)));
    expect(missing).toEqual([]);
    for (const kind of allKinds()) expect(readFileSync(file(kind), 'utf8'), kind).toMatch(/^<svg[^>]*viewBox="[^"]+"/);
  });

  it('differ from kind to kind, by name and by picture', () => {
    const byName = new Map<string, ResourceKind[]>();
    const byPicture = new Map<string, ResourceKind[]>();
    for (const kind of allKinds()) {
      byName.set(kindInfo(kind).icon, [...(byName.get(kindInfo(kind).icon) ?? []), kind]);
      const picture = readFileSync(file(kind), 'utf8').replace(/<title>[\s\S]*?<\/title>/, '');
      byPicture.set(picture, [...(byPicture.get(picture) ?? []), kind]);
    }
    expect([...byName.values()].filter((kinds) => kinds.length > 1)).toEqual([]);
    expect([...byPicture.values()].filter((kinds) => kinds.length > 1)).toEqual([]);
  });

  it('tell apart the kinds architects confuse most', () => {
    const pairs: [ResourceKind, ResourceKind][] = [
      ['nlb', 'alb'],
      ['internet-gateway', 'egress-only-internet-gateway'],
      ['eks-cluster', 'k8s-service'],
      ['k8s-service', 'k8s-ingress'],
      ['eks-cluster', 'k8s-ingress'],
      ['api-gateway', 'vpc-link'],
      ['instance', 'auto-scaling-group'],
    ];
    for (const [a, b] of pairs) expect(kindInfo(a).icon, `${a} and ${b}`).not.toBe(kindInfo(b).icon);
  });
});
