import type { Editor } from 'tldraw'

declare global {
  interface Window {
    editor?: Editor
    /** Set by the print view once its pages are laid out. */
    borddukPrintReady?: boolean
  }
}
