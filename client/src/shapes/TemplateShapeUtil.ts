import { Rectangle2d, ShapeUtil } from 'tldraw'
import type { TLShape } from 'tldraw'

type Sized = TLShape & { props: { w: number; h: number } }

/**
 * What every template-layer shape shares: a fixed rectangle that cannot be resized, rotated,
 * edited as text or bound to. The shapes are locked; these flags keep tldraw's UI from offering
 * what the lock forbids anyway.
 */
export abstract class TemplateShapeUtil<S extends Sized> extends ShapeUtil<S> {
  override canResize = () => false
  override canEdit = () => false
  override canBind = () => false
  override hideRotateHandle = () => true
  override hideResizeHandles = () => true
  override hideSelectionBoundsFg = () => true

  getGeometry(shape: S) {
    // Not filled: clicks inside a section reach the canvas, so notes can be put there.
    return new Rectangle2d({ width: shape.props.w, height: shape.props.h, isFilled: false })
  }

  getIndicatorPath(shape: S) {
    const path = new Path2D()
    path.rect(0, 0, shape.props.w, shape.props.h)
    return path
  }
}
