import type { ReactNode, Ref } from 'react'

/**
 * A heading whose level is given: the outline starts at h1 on its own page and one lower in
 * the panel beside the canvas (whose page already has the board's h1). With `focusRef` it can
 * take focus from script (not from Tab), for when what had focus went away.
 */
export function Heading(props: {
  level: number
  id?: string
  focusRef?: Ref<HTMLHeadingElement>
  children: ReactNode
}) {
  const { level, id, focusRef, children } = props
  const Tag = `h${Math.min(6, Math.max(1, level))}` as 'h1'
  return (
    <Tag
      id={id}
      ref={focusRef}
      tabIndex={focusRef ? -1 : undefined}
      className={`outline__h outline__h--${Math.min(level, 4)}`}
    >
      {children}
    </Tag>
  )
}
