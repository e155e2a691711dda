/**
 * The local AWS emulator the apply test deploys to: the moto server of the machine's Python,
 * started through moto-shim.py on a free loopback port and stopped when the test ends.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { connect, createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
const SHIM = fileURLToPath(new URL('./moto-shim.py', import.meta.url));
const PYTHONS = [process.env.LZS_MOTO_PYTHON, 'python3', 'python'].filter((name): name is string => !!name);

export interface Emulator {
  readonly endpoint: string;
  /** What the emulator printed, for a failure message. */
  log(): string;
  stop(): Promise<void>;
}

/** The Python that has moto's server installed, or why there is none. */
export function findMoto(): { python: string } | { missing: string } {
  for (const python of PYTHONS) {
    try {
      execFileSync(python, ['-c', 'import moto.server, flask, werkzeug'], { stdio: 'ignore', timeout: 30_000 });
      return { python };
    } catch {
      // Try the next interpreter.
    }
  }
  return { missing: `no Python with the moto server (tried ${PYTHONS.join(', ')}); pip install 'moto[server]'` };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** True once the server accepts a connection (a request would then wait its turn, not fail). */
function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.setTimeout(2_000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Starts moto on 127.0.0.1 and waits until it answers (at most `timeoutMs`). */
export async function startEmulator(python: string, env: Record<string, string> = {}, timeoutMs = 90_000): Promise<Emulator> {
  const port = await freePort();
  const endpoint = `http://127.0.0.1:${port}`;
  let output = '';
  const child: ChildProcess = spawn(python, [SHIM, '-H', '127.0.0.1', '-p', String(port)], {
    env: { ...process.env, ...env, MOTO_IAM_LOAD_MANAGED_POLICIES: 'true', PYTHONUNBUFFERED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await Promise.race([exited, pause(5_000)]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
  };
  const deadline = Date.now() + timeoutMs;
  while (!(await answers(port))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`the moto server did not start on ${endpoint}:\n${output}`);
    }
    await pause(250);
  }
  return { endpoint, log: () => output, stop };
}
