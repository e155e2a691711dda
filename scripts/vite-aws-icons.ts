/**
 * Serves the AWS Architecture Icons at `aws-icons/<folder>/<name>.<hash>.svg`, as the canvas
 * asks for them: the dev server from the package, the build as one file per icon a drawing
 * shows (engine/io/resourceIcon.ts). The hash is of the file's contents, so a browser caches
 * an icon for good and fetches it again only when the package changes it. The app finds each
 * icon's file name in `__AWS_ICON_FILES__`. The icons never enter a JavaScript chunk, so the
 * first load stays small and a browser decodes each icon once however many boxes show it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { normalize } from 'node:path';
import type { Plugin } from 'vite';
import { DRAWN_ICONS } from '../src/engine/io/resourceIcon.ts';
import { AWS_ICONS_DIR, awsIconFile } from '../src/cli/awsIcons.ts';

const ROUTE = '/aws-icons/';
/** A file name's content hash, as the build writes it. */
const HASHED = /\.[0-9a-f]{8}\.svg$/;

/** Each icon's file name under `aws-icons/`, with its content hash. */
export function iconFiles(): Record<string, string> {
  return Object.fromEntries(
    [...DRAWN_ICONS].map((icon) => [icon, `${icon}.${createHash('sha256').update(readFileSync(awsIconFile(icon))).digest('hex').slice(0, 8)}.svg`]),
  );
}

export function awsIcons(): Plugin {
  const files = iconFiles();
  return {
    name: 'aws-icons',
    config: () => ({ define: { __AWS_ICON_FILES__: JSON.stringify(files) } }),
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
        if (!pathname.startsWith(ROUTE)) return next();
        const file = normalize(`${AWS_ICONS_DIR}/${pathname.slice(ROUTE.length).replace(HASHED, '.svg')}`);
        if (!file.startsWith(AWS_ICONS_DIR) || !file.endsWith('.svg') || !existsSync(file)) return next();
        response.setHeader('content-type', 'image/svg+xml');
        response.end(readFileSync(file));
      });
    },
    generateBundle() {
      for (const icon of DRAWN_ICONS) {
        this.emitFile({ type: 'asset', fileName: `${ROUTE.slice(1)}${files[icon]}`, source: readFileSync(awsIconFile(icon)) });
      }
    },
  };
}
