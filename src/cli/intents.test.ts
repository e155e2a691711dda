import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main, type Io } from './main.ts';

function capture(): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t) };
}

const partnerReaches = { id: 'partner-443', from: 'partner', to: 'partner-nlb', protocol: 'tcp', port: 443, expect: 'reachable' };
const noSsh = { id: 'no-ssh', from: 'partner', to: 'proxy-1', protocol: 'tcp', port: 22, expect: 'blocked' };

let dir: string;
let example: string;
let closed: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lzs-intents-'));
  example = join(dir, 'partner.json');
  closed = join(dir, 'closed.json');
  const text = await readFile(new URL('../../public/examples/static-ips-partner.json', import.meta.url), 'utf8');
  await writeFile(example, text);
  const design = JSON.parse(text) as { resources: { id: string; ingress?: { description?: string }[] }[] };
  const group = design.resources.find((r) => r.id === 'proxy-sg')!;
  group.ingress = group.ingress!.filter((rule) => !rule.description?.startsWith('partner'));
  await writeFile(closed, JSON.stringify(design));
});

const intentsFile = async (name: string, content: unknown) => {
  const path = join(dir, name);
  await writeFile(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};

describe('lzs validate --intents', () => {
  it('passes while the intents hold, and fails naming the broken one after the edit that breaks it', async () => {
    const file = await intentsFile('intents.json', { intents: [partnerReaches, noSsh] });
    const before = capture();
    expect(await main(['validate', example, '--intents', file, '--format', 'json'], before)).toBe(0);
    expect(before.stdout.join('')).not.toContain('INTENT');
    const after = capture();
    expect(await main(['validate', closed, '--intents', file], after)).toBe(1);
    const text = after.stdout.join('\n');
    expect(text).toContain('ERROR   INTENT:partner-443');
    expect(text).toMatch(/Partner network \(partner\) → partner-nlb tcp\/443" should be reachable, and it is blocked: .*SG_DENY/);
  });

  it('names the file, the field and the intent of a bad entry, and exits 2', async () => {
    const file = await intentsFile('bad.json', [partnerReaches, { ...noSsh, port: 99999 }]);
    const io = capture();
    expect(await main(['validate', example, '--intents', file], io)).toBe(2);
    expect(io.stderr.join('\n')).toContain('[1].port (intent "no-ssh")');
    const notJson = await intentsFile('text.json', 'intents: yes');
    const io2 = capture();
    expect(await main(['validate', example, '--intents', notJson], io2)).toBe(2);
    expect(io2.stderr.join('\n')).toContain('is not JSON');
    const io3 = capture();
    expect(await main(['validate', example, '--intents'], io3)).toBe(2);
    expect(io3.stderr.join('\n')).toContain('--intents needs a file');
  });

  it('holds an imported Terraform plan to a file of intents: the plan before the rule fails, the one after passes', async () => {
    const plan = (name: string) => new URL(`../../test/fixtures/diff/web-https.${name}.plan.json`, import.meta.url).pathname;
    const file = await intentsFile('plan-intents.json', { intents: [{ id: 'client-https', name: 'client reaches web on 443', from: 'instance.client', to: 'instance.web', protocol: 'tcp', port: 443, expect: 'reachable' }] });
    const before = capture();
    expect(await main(['validate', plan('before'), '--intents', file], before)).toBe(1);
    expect(before.stdout.join('\n')).toContain('Intent "client reaches web on 443" should be reachable, and it is blocked');
    const after = capture();
    expect(await main(['validate', plan('after'), '--intents', file], after)).toBe(0);
  });

  it('is listed in --help', async () => {
    const io = capture();
    await main(['validate', '--help'], io);
    expect(io.stdout.join('\n')).toContain('--intents FILE');
  });
});
