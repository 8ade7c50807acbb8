import { useSyncExternalStore } from 'react'

import { currentAnnouncement, subscribeAnnouncements } from './announcer.ts'

/**
 * The app's single polite live region. Rendered once, at the root of every page, before any
 * announcement is made: a region added together with its text is not spoken by most readers.
 */
export function LiveRegion() {
  const text = useSyncExternalStore(subscribeAnnouncements, currentAnnouncement)
  return (
    <div
      className="visually-hidden"
      role="status"
      aria-live="polite"
      aria-atomic="true"
      data-testid="live-region"
    >
      {text}
    </div>
  )
}
