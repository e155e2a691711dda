import { readFile, readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { describeParseError, indexDesign, KINDS, parseDesign } from '../src/engine/model/index.ts';
import { buildExamples, EXAMPLES_DIR, exampleFiles } from '../scripts/build-examples.ts';

const read = (name: string) => readFile(new URL(name, EXAMPLES_DIR), 'utf8');
const examples = buildExamples();

describe('gallery examples', () => {
  it('are committed exactly as scripts/build-examples.ts writes them (run `npm run examples`)', async () => {
    const files = exampleFiles(examples);
    const committed = (await readdir(EXAMPLES_DIR)).filter((name) => name.endsWith('.json')).sort();
    expect(committed).toEqual([...files.keys()].sort());
    for (const [name, content] of files) expect(await read(name), name).toBe(content);
  });

  it('index.json lists each example with a title, a summary and its file', async () => {
    const index = JSON.parse(await read('index.json')) as {
      id: string;
      title: string;
      summary: string;
      file: string;
    }[];
    expect(index.map((entry) => entry.id)).toEqual(examples.map((e) => e.id));
    for (const entry of index) {
      expect(entry.title.length).toBeGreaterThan(0);
      expect(entry.summary.length).toBeGreaterThan(0);
      expect(entry.file).toMatch(/^[a-z0-9-]+\.json$/);
      // Opening an example names the new design after its gallery title.
      expect(examples.find((e) => e.id === entry.id)!.design.name).toBe(entry.title);
    }
  });

  it.each(examples.map((e) => [e.file] as const))(
    '%s parses, and every drawn resource sits inside its container, clear of its siblings',
    async (file) => {
      const parsed = parseDesign(await read(file));
      if (!parsed.ok) throw new Error(parsed.errors.map(describeParseError).join('\n'));
      const { design } = parsed;
      const index = indexDesign(design);
      for (const resource of design.resources) {
        if (KINDS[resource.kind].drawnAs !== 'node') continue;
        const box = design.layout[resource.id];
        expect(box, `${resource.id} has a box`).toBeDefined();
        const parent = index.get(resource.parent);
        const parentBox = parent ? design.layout[parent.id] : undefined;
        if (!box || !parentBox) continue;
        expect(box.x + box.w!, `${resource.id} fits in ${parent!.id}`).toBeLessThanOrEqual(
          parentBox.w!,
        );
        expect(box.y + box.h!, `${resource.id} fits in ${parent!.id}`).toBeLessThanOrEqual(
          parentBox.h!,
        );
      }
      const drawn = design.resources.filter((r) => KINDS[r.kind].drawnAs === 'node');
      for (const a of drawn) {
        for (const b of drawn) {
          if (a.id >= b.id || a.parent !== b.parent) continue;
          const p = design.layout[a.id]!;
          const q = design.layout[b.id]!;
          const apart =
            p.x + p.w! <= q.x || q.x + q.w! <= p.x || p.y + p.h! <= q.y || q.y + q.h! <= p.y;
          expect(apart, `${a.id} and ${b.id} overlap`).toBe(true);
        }
      }
    },
  );
});

describe('the example designs tell their scenario', () => {
  const byFile = (file: string) => indexDesign(examples.find((e) => e.file === file)!.design);

  it('shared VPC: dept-a runs in subnets network owns and shares with it', () => {
    const index = byFile('shared-vpc-rabbitmq.json');
    const share = index.getOf('share-main-private', 'ram-share')!;
    expect(share.principals).toEqual(['dept-a']);
    for (const id of ['orders-svc', 'batch-1', 'orders-mq']) {
      expect(index.ownerOf(id), id).toBe('dept-a');
      expect(index.vpcOwnerOf(id), id).toBe('network');
      expect(share.resources).toContain(index.subnetOf(id)!.id);
    }
    for (const account of index.ofKind('account'))
      expect(account.ramOrganizationSharing).toBe(true);
  });

  it('static IPs: the partner reaches an NLB with an Elastic IP per AZ, forwarding to four proxies', () => {
    const index = byFile('static-ips-partner.json');
    const nlb = index.getOf('partner-nlb', 'nlb')!;
    expect(nlb.subnetMappings?.map((m) => index.get(m.elasticIp)?.kind)).toEqual([
      'elastic-ip',
      'elastic-ip',
    ]);
    const group = index.getOf(nlb.listeners[0]?.targetGroup, 'target-group')!;
    const proxies = group.targets.map((t) => index.getOf(t.target, 'instance')!);
    expect(proxies.map((p) => [p.role, p.upstream?.target])).toEqual(
      Array(4).fill(['proxy', 'eb-alb']),
    );
    expect(index.getOf('partner', 'external')).toMatchObject({
      needsStaticIps: true,
      connectsTo: ['partner-nlb'],
    });
  });

  it('API gateway: each NLB listener forwards to a NodePort of the cluster’s nodes', () => {
    const index = byFile('api-gateway-eks.json');
    const nlb = index.getOf('api-nlb', 'nlb')!;
    const nodePorts = index.ofKind('k8s-service').map((s) => s.nodePort);
    expect(
      nlb.listeners.map((l) => index.getOf(l.targetGroup, 'target-group')!.targets[0]),
    ).toEqual(nodePorts.map((port) => ({ target: 'eks', port })));
  });
});
