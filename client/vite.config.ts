// Vite configuration of the Semis client: the app lives in client/, builds to client/dist (served by the
// Express server), and the dev server forwards /api to the API server (SEMIS_API_PORT, 3000 by default).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = path.dirname(fileURLToPath(import.meta.url));
const apiPort = process.env.SEMIS_API_PORT ?? '3000';

export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: path.join(root, 'dist'),
    emptyOutDir: true,
    sourcemap: true,
    // sigma and graphology make one ~160 KiB gzip chunk for now; lazy loading comes with the explorer issue.
    chunkSizeWarningLimit: 800,
  },
  server: {
    // Fixed, because `npm run dev` tells the API to accept this origin for writes (SEMIS_DEV_ORIGINS).
    port: 5173,
    strictPort: true,
    proxy: {
      '/api': { target: `http://127.0.0.1:${apiPort}`, changeOrigin: true },
    },
  },
});
