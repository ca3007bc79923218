import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Served by the service under /admin; `npm run dev -w ui` proxies the API to a local `npm start`.
export default defineConfig({
  base: '/admin/',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 600 },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
