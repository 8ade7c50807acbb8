import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

// In development the API and sync socket run on the Bordduk server (pnpm dev:server).
const SERVER = 'http://127.0.0.1:8787'

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/api': SERVER,
      '/sync': { target: SERVER, ws: true },
    },
  },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 4096,
  },
})
