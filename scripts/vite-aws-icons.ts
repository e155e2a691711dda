/**
 * Serves the AWS Architecture Icons at `aws-icons/<folder>/<name>.svg`, as the canvas asks
 * for them: the dev server from the package, the build as one file per icon a drawing shows
 * (engine/io/resourceIcon.ts). The icons never enter a JavaScript chunk, so the first load
 * stays small and a browser decodes each icon once however many boxes show it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { normalize } from 'node:path';
import type { Plugin } from 'vite';
import { DRAWN_ICONS } from '../src/engine/io/resourceIcon.ts';
import { AWS_ICONS_DIR, awsIconFile } from '../src/cli/awsIcons.ts';

const ROUTE = '/aws-icons/';

export function awsIcons(): Plugin {
  return {
    name: 'aws-icons',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
        if (!pathname.startsWith(ROUTE)) return next();
        const file = normalize(`${AWS_ICONS_DIR}/${pathname.slice(ROUTE.length)}`);
        if (!file.startsWith(AWS_ICONS_DIR) || !file.endsWith('.svg') || !existsSync(file)) return next();
        response.setHeader('content-type', 'image/svg+xml');
        response.end(readFileSync(file));
      });
    },
    generateBundle() {
      for (const icon of DRAWN_ICONS) {
        this.emitFile({ type: 'asset', fileName: `${ROUTE.slice(1)}${icon}.svg`, source: readFileSync(awsIconFile(icon)) });
      }
    },
  };
}
