import { defineConfig } from 'vitest/config';

// Real-browser tests: the built extension in Chromium and Firefox. One file at a time, because
// each starts browsers and the machine has two cores.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/harness/global-setup.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    reporters: ['verbose'],
    hookTimeout: 60_000,
  },
});
