/** The outline page of a board, with the key that opened it. */
export function outlineHref(boardId: string, key: string): string {
  return `/b/${encodeURIComponent(boardId)}/outline?key=${encodeURIComponent(key)}`
}

/** The board's canvas, with the key that opened it. */
export function canvasHref(boardId: string, key: string): string {
  return `/b/${encodeURIComponent(boardId)}?key=${encodeURIComponent(key)}`
}
