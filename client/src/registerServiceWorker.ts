/// <reference types="vite-plugin-pwa/vanillajs" />
import { registerSW } from 'virtual:pwa-register'

/**
 * Installs the service worker that keeps the app shell in the browser (see vite.config.ts), so
 * a board reloaded without network still opens. A new deploy's worker reloads open tabs itself.
 * Registered after the page's `load` (the default), so precaching 5 MB does not compete with the
 * board's own start.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return
  registerSW()
}
