/**
 * Whether tldraw's keyboard shortcuts are on in this browser (WCAG 2.1.4: single-key
 * shortcuts can be turned off, for speech input and screen readers that use the same keys).
 * Remembered per browser, apart from the participant record, so it holds on every board.
 */
const STORAGE_KEY = 'bordduk:keyboard-shortcuts'

export function rememberedShortcutsEnabled(): boolean {
  try {
    return localStorage.getItem(STORAGE_KEY) !== 'off'
  } catch {
    return true
  }
}

export function rememberShortcutsEnabled(on: boolean): void {
  try {
    if (on) localStorage.removeItem(STORAGE_KEY)
    else localStorage.setItem(STORAGE_KEY, 'off')
  } catch {
    // Storage refused (private mode, full): the choice holds for this visit only.
  }
}
