import { defineConfig } from 'vitest/config';
import { DEPLOY_TESTS } from './vitest.config.ts';

/** The deploy tests alone: they start a local AWS emulator and apply the exports to it, so they run apart from the unit tests. */
export default defineConfig({
  test: {
    include: DEPLOY_TESTS,
    environment: 'node',
    testTimeout: 900_000,
    hookTimeout: 300_000,
  },
});
