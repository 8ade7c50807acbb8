import { stopEventPropagation } from 'tldraw'

/**
 * Spread onto a button or field inside a shape so it works like any button, by mouse and by
 * touch. tldraw's canvas turns pointer events into selecting and dragging, and it cancels
 * touchstart/touchend (so a finger pans and draws instead of scrolling the page); a cancelled
 * touch makes no click, so a tap on a control inside a shape did nothing. The control keeps
 * its pointer and touch events to itself, and the browser turns a tap into a click.
 */
export const canvasControlEvents = {
  onPointerDown: stopEventPropagation,
  onPointerUp: stopEventPropagation,
  onTouchStart: stopEventPropagation,
  onTouchEnd: stopEventPropagation,
} as const
