import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { allKinds, canReceiveFlows, canSendFlows, kindInfo, kindsPlaying } from './kinds.ts';
import { kindsOf, referenceMetaOf } from './references.ts';
import { Resource, resourceSchemaOf, type ResourceKind } from './resources.ts';

const shapeOf = (kind: ResourceKind) => (resourceSchemaOf(kind) as z.ZodObject).shape as Record<string, z.ZodType>;
const pointsAt = (field: z.ZodType | undefined): readonly ResourceKind[] => {
  if (!field) return [];
  let current: z.ZodType = field;
  // Lists of ids: the mark is on the element.
  for (;;) {
    const meta = referenceMetaOf(current);
    if (meta) return kindsOf(meta);
    const def = (current as unknown as { _zod: { def: { type: string; innerType?: z.ZodType; element?: z.ZodType } } })._zod.def;
    const next = def.innerType ?? def.element;
    if (!next) return [];
    current = next;
  }
};

describe('the kind registry agrees with the schemas', () => {
  it('has an entry for every kind of the schema union, and nothing else', () => {
    expect([...allKinds()].sort()).toEqual(Resource.options.map((option) => option.shape.kind.value).sort());
  });

  it('names security-group fields that exist and point at security groups', () => {
    for (const kind of allKinds()) {
      const field = kindInfo(kind).securityGroups?.field;
      if (!field) continue;
      expect(pointsAt(shapeOf(kind)[field]), `${kind}.${field}`).toEqual(['security-group']);
    }
  });

  it('gives interfaces only to kinds that live in subnets', () => {
    for (const kind of allKinds()) {
      if (kindInfo(kind).interfaces === 'none') continue;
      const inSubnet = kindInfo(kind).parents.includes('subnet') || pointsAt(shapeOf(kind).subnets).includes('subnet');
      expect(inSubnet, kind).toBe(true);
    }
  });

  it('gives listeners to load balancers and target types to what a target group may hold', () => {
    for (const kind of allKinds()) expect('listeners' in shapeOf(kind), kind).toBe(kindInfo(kind).balancer !== undefined);
    expect(kindsPlaying('target')).toEqual(expect.arrayContaining(['instance', 'alb', 'mq-broker', 'lambda']));
    expect(kindsPlaying('target')).not.toContain('nlb');
  });

  it('starts every kind the palette drops with defaults its schema accepts', () => {
    // Edge kinds (peerings, attachments, shares) are made by drawing an edge, with both ends.
    for (const kind of allKinds().filter((k) => kindInfo(k).drawnAs !== 'edge')) {
      const info = kindInfo(kind);
      const parsed = resourceSchemaOf(kind)!.safeParse({ id: 'x', kind, name: info.label, ...info.defaults });
      expect(parsed.success ? [] : parsed.error.issues.map((issue) => issue.path.join('.')), kind).toEqual([]);
    }
  });

  it('says where a traced flow may start and end: an API or an Ingress is addressed but never sends', () => {
    const ends = (kind: ResourceKind) => [canSendFlows(kind), canReceiveFlows(kind)];
    expect(ends('instance')).toEqual([true, true]);
    expect(ends('k8s-service')).toEqual([true, true]);
    expect(ends('external')).toEqual([true, true]);
    expect(ends('api-gateway')).toEqual([false, true]);
    expect(ends('k8s-ingress')).toEqual([false, true]);
    expect(ends('subnet')).toEqual([false, false]);
    expect([canSendFlows('no-such-kind'), canReceiveFlows('no-such-kind')]).toEqual([false, false]);
  });
});
