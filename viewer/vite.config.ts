// Builds the viewer into viewer/dist (served by `newskg serve`). Run from the project root:
// `vite build viewer` (npm run build:viewer; also part of `prepare`).
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // no inline <script>/<style> and no data: module preloads: the server's CSP forbids them
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 1000,
  },
  server: {
    // `npx vite viewer` for development, with `newskg serve --port 5174` answering /sparql
    proxy: { '/sparql': 'http://127.0.0.1:5174', '/queries': 'http://127.0.0.1:5174', '/api': 'http://127.0.0.1:5174', '/graph': 'http://127.0.0.1:5174' },
  },
});
