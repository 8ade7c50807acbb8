import { useEffect } from 'react'
import { react, useA11y, useSelectedShapesAnnouncer } from 'tldraw'

import { announce } from '../a11y/announcer.ts'

/**
 * tldraw's announcer slot (`components.A11y`), without tldraw's own live region: what tldraw
 * says (the selected shape, "3 of 7"; messages given to `useA11y().announce`) goes through the
 * app's one region, so it never talks over our status announcements from a second place.
 */
export function BoardA11y() {
  useSelectedShapesAnnouncer()
  const a11y = useA11y()
  useEffect(
    () =>
      react('bordduk a11y announcements', () => {
        // Each announcement is a new object, so the same words twice are said twice.
        const { msg } = a11y.currentMsg.get()
        if (msg) announce(msg)
      }),
    [a11y],
  )
  return null
}
