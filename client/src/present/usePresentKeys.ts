import { useEffect, useRef } from 'react'

/** What the projector's keys do; the page decides what each means in grid and large view. */
export interface PresentKeyActions {
  /** Right arrow, or Page Down (`byPage`: a presenter clicker's "next"). */
  next(byPage: boolean): void
  /** Left arrow, or Page Up (`byPage`: a clicker's "back"). */
  previous(byPage: boolean): void
  /** 1–9: that group, counted from 1. */
  jump(index: number): void
  /** Escape. */
  back(): void
}

/**
 * The projector's keyboard, on the whole page: presenter clickers send Page Up/Down to whatever
 * has focus, so the keys work wherever focus is. Keys with a modifier, and keys typed into a
 * field, are left to the browser.
 */
export function usePresentKeys(actions: PresentKeyActions): void {
  const latest = useRef(actions)
  useEffect(() => {
    latest.current = actions
  })
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return
      const target = event.target as HTMLElement | null
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return
      const act = latest.current
      if (event.key === 'ArrowRight' || event.key === 'PageDown') act.next(event.key === 'PageDown')
      else if (event.key === 'ArrowLeft' || event.key === 'PageUp') act.previous(event.key === 'PageUp')
      else if (event.key === 'Escape') act.back()
      else if (/^[1-9]$/.test(event.key)) act.jump(Number(event.key) - 1)
      else return
      event.preventDefault()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
}
