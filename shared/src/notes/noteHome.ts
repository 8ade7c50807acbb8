import { NOTE_SIZE } from './noteGrid.ts'

/** tldraw's text shape at scale 1: half a line, where its first line's middle lies. */
const TEXT_HALF_LINE = 16

type Point = { x: number; y: number }
type Box = { x: number; y: number; props: { w: number; h: number } }

/** What the centre of a note or text shape is computed from: its record's position and props. */
export interface WrittenShape {
  type: string
  x: number
  y: number
  props: { scale?: number; growY?: number; w?: number }
}

/**
 * Where a sticky note (or a text shape) is, for deciding which section it belongs to: the
 * centre of a note, the middle of a text's first line. Read from the record alone, so the
 * server's answers and the browser's outline compute it the same way.
 */
export function noteCentre(shape: WrittenShape): Point {
  const scale = shape.props.scale ?? 1
  if (shape.type === 'note')
    return {
      x: shape.x + (NOTE_SIZE * scale) / 2,
      y: shape.y + ((NOTE_SIZE + (shape.props.growY ?? 0)) * scale) / 2,
    }
  return { x: shape.x + ((shape.props.w ?? 0) * scale) / 2, y: shape.y + TEXT_HALF_LINE * scale }
}

/**
 * The section a note centred at `centre` belongs to: the first of `sections` (in printed
 * order) whose rectangle holds it. One rule for `answers.md`, the outline and the canvas.
 */
export function homeSection<S extends Box>(sections: readonly S[], centre: Point): S | undefined {
  return sections.find(
    (s) => centre.x >= s.x && centre.x < s.x + s.props.w && centre.y >= s.y && centre.y < s.y + s.props.h,
  )
}
