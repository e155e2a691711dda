import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { design } from '../engine/testing/builder.ts';
import { main, type Io } from './main.ts';

const run = promisify(execFile);
const root = new URL('../../', import.meta.url);
const example = (name: string) => fileURLToPath(new URL(`public/examples/${name}.json`, root));
const STATIC = example('static-ips-partner');

function capture(): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t) };
}

describe('lzs trace', () => {
  it('prints the path for people and exits 0 when the flow arrives', async () => {
    const io = capture();
    expect(await main(['trace', STATIC, '--from', 'partner', '--to', 'partner-nlb', '--port', '443'], io)).toBe(0);
    const text = io.stdout.join('\n');
    expect(text).toContain('partner → partner-nlb tcp/443: reachable');
    expect(text).toMatch(/listener\s+allow\s+partner-nlb/);
    expect(text).toContain('reply:');
  });

  it('says why a blocked flow is blocked in the Trace panel\'s sentence, naming who dropped it and where', async () => {
    const io = capture();
    expect(await main(['trace', example('ecs-fargate'), '--from', 'billing-svc', '--to', 'api-svc', '--port', '8080'], io)).toBe(1);
    const lines = io.stdout.join('\n').split('\n');
    expect(lines[1]).toBe('✗ Blocked: tcp/8080 from billing (billing-svc) to api (api-svc): a security group does not allow it (SG_DENY). Dropped by api (api-sg) at api (api-svc).');
    expect(lines.find((l) => /sg-ingress\s+drop/.test(l))).toContain('api (api-sg)');
  });

  it('writes JSON with the verdict, hops and reply, and exits 1 when blocked', async () => {
    const io = capture();
    expect(await main(['trace', example('ecs-fargate'), '--from', 'billing-svc', '--to', 'api-svc', '--port=8080', '--format', 'json'], io)).toBe(1);
    const out = JSON.parse(io.stdout.join('')) as { reachable: boolean; reason: string; at: string; sentence: string; hops: { step: string }[]; reply: unknown[] };
    expect(out).toMatchObject({ reachable: false, reason: 'SG_DENY', at: 'api-sg' });
    expect(out.hops.at(-1)).toMatchObject({ step: 'sg-ingress', box: 'api-svc', decided: { kind: 'sg-rule', group: 'api-sg', direction: 'ingress' } });
    expect(out.sentence).toContain('a security group does not allow it (SG_DENY)');
    expect(out.reply).toEqual([]);
  });

  it('traces to an IP address and to the internet', async () => {
    const io = capture();
    expect(await main(['trace', STATIC, '--from', 'eb-app-1', '--to', 'internet', '--port', '443', '--format', 'json'], io)).toBe(0);
    const out = JSON.parse(io.stdout.join('')) as { hops: { step: string; decision: string }[] };
    expect(out.hops.some((h) => h.step === 'nat' && h.decision === 'translate')).toBe(true);
    const byIp = capture();
    expect(await main(['trace', STATIC, '--from', 'proxy-1', '--to', '10.20.11.99', '--port', '80'], byIp)).toBe(0);
  });

  it('starts in the subnet --from-subnet names (by id or name), lists the option in --help and names a bad value', async () => {
    const json = async (...extra: string[]) => {
      const io = capture();
      expect(await main(['trace', example('ecs-fargate'), '--from', 'web-svc', '--to', 'api-svc', '--port', '8080', '--format', 'json', ...extra], io)).toBe(0);
      return JSON.parse(io.stdout.join('')) as { flow: { fromSubnet?: string }; hops: { iface?: { subnet: string; az: string } }[] };
    };
    expect((await json()).hops[0]?.iface?.subnet).toBe('private-a');
    const chosen = await json('--from-subnet', 'private-c');
    expect(chosen.flow.fromSubnet).toBe('private-c');
    expect(chosen.hops[0]?.iface).toMatchObject({ subnet: 'private-c', az: 'ap-northeast-2c' });
    const help = capture();
    expect(await main(['trace', '--help'], help)).toBe(0);
    expect(help.stdout.join('\n')).toContain('--from-subnet <id|name>');
    const bad = capture();
    expect(await main(['trace', example('ecs-fargate'), '--from', 'web-svc', '--from-subnet', 'nope', '--to', 'api-svc', '--port', '8080'], bad)).toBe(2);
    expect(bad.stderr.join('\n')).toBe('lzs trace: there is no subnet "nope" to send from (give a subnet id or name)');
    const elsewhere = capture();
    expect(await main(['trace', example('ecs-fargate'), '--from', 'web-svc', '--from-subnet', 'public-a', '--to', 'api-svc', '--port', '8080'], elsewhere)).toBe(2);
    expect(elsewhere.stderr.join('\n')).toMatch(/web-svc has no network interface in subnet public-a; it sends from private-a, private-c/);
  });

  it('names the server with --host for a firewall\'s domain list, lists the option in --help and refuses a name that is not a host name', async () => {
    const run = async (...extra: string[]) => {
      const io = capture();
      const code = await main(['trace', example('inspection-egress'), '--from', 'orders', '--to', 'internet', '--port', '443', ...extra], io);
      return { code, out: io.stdout.join('\n'), err: io.stderr.join('\n') };
    };
    const listed = await run('--host', 'api.example.com');
    expect(listed.code).toBe(0);
    expect(listed.out).toContain('orders → internet tcp/443 host api.example.com: reachable');
    const unlisted = await run('--host', 'downloads.elsewhere.test');
    expect(unlisted.code).toBe(1);
    expect(unlisted.out).toContain('FIREWALL_DROP');
    expect(unlisted.out).toContain('TLS SNI downloads.elsewhere.test is not on the list');
    expect((await run()).out).toContain('names no host');
    const json = await run('--host', 'api.example.com', '--format', 'json');
    expect((JSON.parse(json.out) as { flow: { host?: string } }).flow.host).toBe('api.example.com');
    const help = capture();
    expect(await main(['trace', '--help'], help)).toBe(0);
    expect(help.stdout.join('\n')).toContain('--host <name>');
    const bad = await run('--host', 'not a host!');
    expect(bad.code).toBe(2);
    expect(bad.err).toBe('lzs trace: host "not a host!" is not a host name: letters, digits and hyphens in labels joined by dots, as an HTTP Host or TLS SNI names a server');
  });

  it('traces to an IPv6 address out through the egress-only internet gateway', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lzs-trace-v6-'));
    const file = join(dir, 'dual-stack.json');
    const dualStack = design('dual stack')
      .account('net')
      .vpc('main', 'net', '10.0.0.0/16', { ipv6Cidrs: ['2406:da12:1:100::/56'] })
      .subnet('a', 'main', '10.0.1.0/24', 'ap-northeast-2a', { ipv6Cidr: '2406:da12:1:101::/64' })
      .add('egress-only-internet-gateway', 'eigw', { parent: 'main' })
      .add('instance', 'app', { parent: 'a' })
      .routes('main-rtb-main', { destination: '::/0', target: 'eigw' })
      .build();
    await writeFile(file, JSON.stringify(dualStack));
    const io = capture();
    expect(await main(['trace', file, '--from', 'app', '--to', '2001:db8::1', '--port', '443'], io)).toBe(0);
    expect(io.stdout.join('\n')).toContain('app → 2001:db8::1 tcp/443: reachable');
    expect(io.stdout.join('\n')).toContain('egress-only');
  });

  it('exits 2 with a clear message on bad input', async () => {
    const cases: [string[], RegExp][] = [
      [['trace', STATIC, '--from', 'nobody', '--to', 'partner-nlb', '--port', '443'], /no resource "nobody"/],
      [['trace', STATIC, '--from', 'partner', '--to', 'partner-nlb', '--port', '70000'], /not a port number/],
      [['trace', STATIC, '--from', 'partner', '--to', 'partner-nlb'], /--port/],
      [['trace', STATIC, '--from', 'partner', '--to', 'prod-vpc', '--port', '443'], /not something a packet is addressed to/],
      [['trace', STATIC, '--from', 'partner', '--to', 'partner-nlb', '--port', '443', '--protocol', 'sctp'], /use tcp, udp, icmp or all/],
      [['trace', '/nonexistent.json', '--from', 'a', '--to', 'b', '--port', '1'], /cannot read/],
      [['trace', STATIC, '--from', 'partner', '--to', 'partner-nlb', '--port', '443', '--colour', 'red'], /unknown option --colour/],
    ];
    for (const [args, message] of cases) {
      const io = capture();
      expect(await main(args, io), args.join(' ')).toBe(2);
      expect(io.stderr.join('\n')).toMatch(message);
      expect(io.stdout).toEqual([]);
    }
  });
});

describe('lzs matrix', () => {
  it('lists who reaches whom with the reason per blocked pair', async () => {
    const io = capture();
    expect(await main(['matrix', example('ecs-fargate'), '--port', '8080', '--endpoints', 'web-svc,api-svc,billing-svc', '--format', 'json'], io)).toBe(0);
    const out = JSON.parse(io.stdout.join('')) as { pairs: { from: string; to: string; reachable: boolean; reason?: string }[] };
    expect(out.pairs).toHaveLength(6);
    expect(out.pairs.find((p) => p.from === 'web-svc' && p.to === 'api-svc')?.reachable).toBe(true);
    expect(out.pairs.find((p) => p.from === 'billing-svc' && p.to === 'api-svc')).toMatchObject({ reachable: false, reason: 'SG_DENY' });
  });

  it('writes CSV and text, with every compute resource and external by default', async () => {
    const csv = capture();
    expect(await main(['matrix', STATIC, '--port', '443', '--format', 'csv'], csv)).toBe(0);
    const lines = csv.stdout.join('\n').split('\n');
    expect(lines[0]).toBe('from,to,reachable,reason,at,error');
    expect(lines.some((l) => l.startsWith('eb-app-1,partner,true'))).toBe(true);
    const text = capture();
    expect(await main(['matrix', STATIC, '--port', '443'], text)).toBe(0);
    expect(text.stdout.join('\n')).toMatch(/tcp\/443: \d+ of \d+ pairs reachable/);
  });

  it('exits 2 on an unknown endpoint or a bad port', async () => {
    const io = capture();
    expect(await main(['matrix', STATIC, '--port', '443', '--endpoints', 'proxy-1,ghost'], io)).toBe(2);
    expect(io.stderr.join('')).toContain('"ghost"');
    expect(await main(['matrix', STATIC, '--port', 'https'], capture())).toBe(2);
  });
});

describe('npx lzs', () => {
  it('runs trace as a command with exit codes', async () => {
    const ok = await run('npx', ['lzs', 'trace', STATIC, '--from', 'partner', '--to', 'partner-nlb', '--port', '443', '--format', 'json'], { cwd: root });
    expect(JSON.parse(ok.stdout).reachable).toBe(true);
    const blocked = await run('npx', ['lzs', 'trace', STATIC, '--from', 'partner', '--to', 'partner-nlb', '--port', '8443'], { cwd: root }).catch((error: { code: number; stdout: string }) => error);
    expect('code' in blocked && blocked.code).toBe(1);
    expect(blocked.stdout).toContain('NO_LISTENER');
  });
});

describe('lzs trace cost per GB', () => {
  it('prints what each GB costs at each charging hop, for the request and the reply', async () => {
    const { readFile, writeFile, mkdtemp } = await import('node:fs/promises');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    // The inspection example moved to us-east-1, where the table prices transit and NAT gateways.
    const file = join(await mkdtemp(join(tmpdir(), 'lzs-trace-')), 'inspection.json');
    await writeFile(file, (await readFile(example('inspection-egress'), 'utf8')).replaceAll('ap-northeast-2', 'us-east-1'));
    const io = capture();
    // Spoke to spoke: into the transit gateway twice, through the firewall between.
    expect(await main(['trace', file, '--from', 'orders', '--to', 'billing', '--port', '443'], io)).toBe(0);
    const text = io.stdout.join('\n');
    expect(text).toContain('cost per GB:');
    expect(text).toContain('  request: $0.04/GB and 1 charge not priced');
    expect(text).toMatch(/hop \d+: transit gateway processing at orders spoke → tgw \(spoke-orders-attach\): \$0\.02\/GB/);
    expect(text).toMatch(/hop \d+: Network Firewall processing at .*: not priced \(no pricing page we read gives a figure for this Region\)/);
    const json = capture();
    expect(await main(['trace', file, '--from', 'orders', '--to', 'billing', '--port', '443', '--format', 'json'], json)).toBe(0);
    const out = JSON.parse(json.stdout.join('')) as { costPerGb: { requestUsdPerGb: number; replyUsdPerGb: number } };
    expect(out.costPerGb.requestUsdPerGb).toBeCloseTo(0.04, 9);
    expect(out.costPerGb.replyUsdPerGb).toBeCloseTo(0.04, 9);
  });
});
