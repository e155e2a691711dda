import { defineConfig } from 'vitest/config';

/** Tests that deploy exported code to a local AWS emulator; `npm run test:deploy` runs them. */
export const DEPLOY_TESTS = ['test/terraform-apply/**/*.test.ts', 'test/deploy/**/*.test.ts'];

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts'],
    exclude: ['**/node_modules/**', ...DEPLOY_TESTS],
    environment: 'node',
    testTimeout: 60_000,
  },
});
