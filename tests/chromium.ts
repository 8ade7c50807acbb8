/** Debian's Chromium: Playwright's own browser download is not available on our machines. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export { CHROMIUM_ARGS } from '../server/src/export/chromiumFlags.ts'
