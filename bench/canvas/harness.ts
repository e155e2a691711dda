/**
 * What both canvas benchmarks need: a loopback static server for built pages and Chromium
 * (Debian's where installed, Playwright's own elsewhere) with the flags this machine needs.
 */
import { chromium, type Browser } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png' };

/** URL path prefix → directory; the first prefix that matches serves, its `fallback` for unknown paths. */
export interface Mount {
  readonly prefix: string;
  readonly dir: string;
  readonly fallback: string;
}

export function serve(mounts: readonly Mount[]): Promise<{ server: Server; base: string }> {
  const server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://x').pathname;
    const mount = mounts.find((m) => pathname.startsWith(m.prefix)) ?? mounts[mounts.length - 1]!;
    const path = pathname.slice(mount.prefix.length);
    let file = normalize(join(mount.dir, path || 'index.html'));
    if (!file.startsWith(mount.dir) || !existsSync(file)) file = join(mount.dir, mount.fallback);
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({ server, base: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
    }),
  );
}

export function launchChromium(): Promise<Browser> {
  const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  return chromium.launch({
    ...(existsSync(systemChromium) ? { executablePath: systemChromium } : {}),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
