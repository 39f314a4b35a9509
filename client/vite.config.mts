import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The dev server (npm run client:dev) proxies the API to a running `npm start`, so hot reload works against real data.
const api = process.env.JIEBANG_API ?? 'http://localhost:4000';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // antd alone is ~1 MB before gzip; pages are lazy chunks (see src/app/routes.tsx).
    chunkSizeWarningLimit: 1500,
  },
  server: {
    port: 5173,
    proxy: {
      '/graphql': api,
      '/exports': api,
      '/imports': api,
    },
  },
});
