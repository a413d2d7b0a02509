import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['{lib,components,entrypoints,emulator,build,scripts}/**/*.test.{ts,tsx}'],
    environment: 'node',
    restoreMocks: true,
  },
});
