// Builds the dashboard into web/dist: one script and one stylesheet, no inline code
// (the server's Content-Security-Policy forbids it) and nothing fetched from a CDN.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  logLevel: 'warn',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    // Keep even small assets as files; CSP allows images only from 'self' and data:.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1024,
  },
});
