import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const uiPackages = ['react', 'react-dom', 'react-dom/*', '@xyflow/react', 'zustand', 'zustand/*', 'zundo', 'idb-keyval', '@tanstack/react-query'];

export default tseslint.config(
  { ignores: ['dist', 'dist-bench', 'node_modules', 'test/generated', 'test/golden', 'test-results', 'playwright-report', 'public'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['bin/**/*.mjs', 'scripts/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    files: ['src/**/*.tsx', 'src/app/**', 'src/panels/**', 'src/canvas/**', 'src/state/**'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    // The engine is pure: the CLI, tests, workers and the UI all call it.
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: uiPackages.filter((p) => !p.includes('*')).map((name) => ({ name, message: 'src/engine is pure TypeScript: no React, UI state or storage.' })),
          patterns: [
            { group: ['react-dom/*', 'zustand/*', 'node:*', 'fs', 'path', 'child_process'], message: 'src/engine runs in the browser and Node alike: no Node or UI modules.' },
            { group: ['**/app/**', '**/panels/**', '**/canvas/**', '**/state/**', '**/cli/**'], message: 'Arrows point down only: the engine imports nothing above it.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'localStorage', 'sessionStorage', 'indexedDB', 'navigator', 'fetch', 'setTimeout', 'setInterval', 'requestAnimationFrame', 'XMLHttpRequest', 'Worker'].map((name) => ({
          name,
          message: 'src/engine has no DOM, timers, storage or network.',
        })),
      ],
      'no-restricted-properties': ['error', { object: 'Date', property: 'now', message: 'The engine never reads the clock.' }],
    },
  },
  {
    files: ['src/engine/**/*.test.ts', 'src/engine/testing/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  // The other layers: every import points down. engine < state, workers < canvas, panels < app.
  layer('src/workers/**', ['state', 'canvas', 'panels', 'app', 'cli'], 'src/workers runs in a Web Worker and imports the engine only.', uiPackages),
  layer('src/cli/**', ['state', 'canvas', 'panels', 'app', 'workers'], 'src/cli is Node and imports the engine only.', uiPackages),
  layer('src/state/**', ['canvas', 'panels', 'app', 'cli'], 'src/state sits below the canvas, the panels and the app.'),
  // The panels may use the canvas's icons and box sizes; the canvas never reaches into a panel.
  layer('src/canvas/**', ['panels', 'app', 'cli', 'workers'], 'src/canvas imports state and engine only (workers through state).'),
  layer('src/panels/**', ['app', 'cli', 'workers'], 'src/panels import canvas, state and engine only (workers through state).'),
  layer('src/app/**', ['cli', 'workers'], 'src/app talks to workers through state.'),
);

/** An import rule for one layer: none of the `above` folders, nor any of `packages`. */
function layer(files, above, message, packages = []) {
  return {
    files: [files],
    // A test may reach across, e.g. to show the CLI prints the panel's words.
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: packages.filter((p) => !p.includes('*')).map((name) => ({ name, message })),
          patterns: [{ group: above.map((folder) => `**/${folder}/**`), message: `Arrows point down only: ${message}` }],
        },
      ],
    },
  };
}
