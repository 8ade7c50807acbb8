import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'

// In development the API and sync socket run on the Bordduk server (pnpm dev:server).
const SERVER = 'http://127.0.0.1:8787'

/** The editor chunk alone is ~1.9 MB, near Workbox's 2 MiB default: an uncached chunk breaks offline boards. */
const MAX_PRECACHED_FILE_BYTES = 8 * 1024 * 1024

export default defineConfig({
  plugins: [
    react(),
    // The app shell lives in the browser, so a board reloaded while the Wi-Fi is down still opens
    // (its content comes from y-indexeddb, its metadata from offlineBoardCache).
    VitePWA({
      strategies: 'generateSW',
      // A new deploy takes over at once and reloads open tabs: an old shell could not load the new
      // deploy's lazy chunks, and edits are kept in IndexedDB across the reload.
      registerType: 'autoUpdate',
      // Registered from main.tsx (not on the print view, which the server's exporter opens).
      injectRegister: false,
      manifest: false,
      workbox: {
        // Everything the build emits, whatever its type: lazy routes, tldraw's fonts, icons and every
        // translation, and any asset added later (the worker itself is left out by the plugin).
        globPatterns: ['**/*'],
        maximumFileSizeToCacheInBytes: MAX_PRECACHED_FILE_BYTES,
        navigateFallback: 'index.html',
        // Browser routes get the shell; the API, sync socket, downloads and health check go to the server.
        navigateFallbackDenylist: [/^\/api\//, /^\/sync(\/|$)/, /^\/healthz$/],
        // Bundled into sw.js: Bordduk loads nothing from other hosts, and one file is one update check.
        inlineWorkboxRuntime: true,
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
      },
    }),
  ],
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
