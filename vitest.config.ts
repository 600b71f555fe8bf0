import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin'; // 'wxt/testing' is not exported by wxt 0.21.4

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    include: ['tests/**/*.test.{ts,tsx}'],
    mockReset: true,
    restoreMocks: true,
  },
});
