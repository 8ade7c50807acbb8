import { useEditor, useValue } from 'tldraw'
import type { TLShapeId } from 'tldraw'

/**
 * True while this template shape is the one shape selected. Locked shapes cannot be selected
 * with the mouse, so this is keyboard focus: tldraw's Tab and Ctrl+arrow navigation moving
 * through the board. tldraw hides its selection outline for these shapes (they cannot be
 * resized or rotated), so the shape draws its own focus ring from this.
 */
export function useKeyboardFocus(id: TLShapeId): boolean {
  const editor = useEditor()
  return useValue('keyboard focus', () => editor.getOnlySelectedShapeId() === id, [editor, id])
}
