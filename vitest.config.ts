import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  resolve: {
    // vite does not resolve chrono-node's "./*" export pattern; node and esbuild do
    alias: { 'chrono-node/vi': fileURLToPath(new URL('./node_modules/chrono-node/dist/esm/locales/vi/index.js', import.meta.url)) },
  },
  test: { include: ['test/**/*.test.ts'], testTimeout: 60000, pool: 'threads' },
});
