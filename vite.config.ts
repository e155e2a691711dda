import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { awsIcons } from './scripts/vite-aws-icons.ts';

/**
 * The built app allows no inline script and talks to nothing but itself. Only the build
 * gets it: the dev server injects inline scripts for hot reload.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // React and React Flow set element styles; no inline <style> or script is needed.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      ),
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), awsIcons()],
  base: './',
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      output: {
        // src/noEval.ts configures the schema library before any schema is built; in one chunk
        // with the library it runs before every chunk that builds schemas (they import it).
        codeSplitting: { groups: [{ name: 'schema-library', test: /node_modules[\\/]zod[\\/]|src[\\/]noEval\.ts$/ }] },
      },
    },
  },
  worker: { format: 'es' },
});
