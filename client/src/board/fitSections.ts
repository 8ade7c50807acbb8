import { Box, Vec, clamp } from 'tldraw'
import type { Editor, TLShape } from 'tldraw'

import { SECTION_SHAPE } from '@bordduk/shared/shapes'

/** Space kept between the sections and the chrome (or the screen's edge), in screen pixels. */
const GAP_PX = 16

/** The printed sections with these ids (an id may be on several sheets: all of them). */
export function sectionShapes(editor: Editor, sectionIds: readonly string[]): TLShape[] {
  const wanted = new Set(sectionIds)
  return editor
    .getCurrentPageShapes()
    .filter(
      (shape) =>
        shape.type === SECTION_SHAPE && wanted.has((shape.props as { sectionId?: string }).sectionId ?? ''),
    )
}

/**
 * How far the canvas's chrome reaches in from each edge right now: the banner and menu at the
 * top, tldraw's style panel on the right, its toolbar at the bottom. Measured, because the
 * banner grows with a step's instruction and a phone lays the chrome out differently.
 */
function coveredEdges(editor: Editor): { top: number; right: number; bottom: number; left: number } {
  const container = editor.getContainer()
  const box = container.getBoundingClientRect()
  const rectOf = (selector: string) => {
    const rect = container.querySelector(selector)?.getBoundingClientRect()
    return rect && rect.width > 0 && rect.height > 0 ? rect : undefined
  }
  const tops = ['.workshop-banner', '.tlui-menu-zone'].flatMap((s) => rectOf(s) ?? [])
  const stylePanel = rectOf('.tlui-style-panel__wrapper')
  const toolbar = rectOf('.tlui-layout__bottom')
  return {
    top: Math.max(0, ...tops.map((r) => r.bottom - box.top)) + GAP_PX,
    right: (stylePanel ? box.right - stylePanel.left : 0) + GAP_PX,
    bottom: (toolbar ? box.bottom - toolbar.top : 0) + GAP_PX,
    left: GAP_PX,
  }
}

/**
 * Moves the camera so these sections fill the part of the screen the chrome leaves free.
 * Animated unless the person asked for reduced motion (tldraw's animation speed follows it).
 * Answers false when the board has none of them (its printed layer was changed).
 */
export function fitSections(editor: Editor, sectionIds: readonly string[]): boolean {
  const all = sectionShapes(editor, sectionIds).flatMap((shape) => editor.getShapePageBounds(shape) ?? [])
  if (all.length === 0) return false
  const bounds = Box.Common(all)
  const screen = editor.getViewportScreenBounds()
  const edges = coveredEdges(editor)
  // On a screen too small for the chrome's margins, fall back to the whole canvas.
  const free =
    screen.w - edges.left - edges.right > screen.w / 3 && screen.h - edges.top - edges.bottom > screen.h / 3
      ? edges
      : { top: GAP_PX, right: GAP_PX, bottom: GAP_PX, left: GAP_PX }
  const width = screen.w - free.left - free.right
  const height = screen.h - free.top - free.bottom
  const { zoomSteps } = editor.getCameraOptions()
  const base = editor.getBaseZoom()
  const zoom = clamp(
    Math.min(width / bounds.w, height / bounds.h),
    zoomSteps[0]! * base,
    zoomSteps[zoomSteps.length - 1]! * base,
  )
  editor.setCamera(
    new Vec(
      -bounds.x + (free.left + (width - bounds.w * zoom) / 2) / zoom,
      -bounds.y + (free.top + (height - bounds.h * zoom) / 2) / zoom,
      zoom,
    ),
    { animation: { duration: 320 } },
  )
  return true
}
