/** The browser routes Bordduk has. */
export type Route =
  | { name: 'start' }
  | { name: 'board'; boardId: string }
  | { name: 'outline'; boardId: string }
  | { name: 'workshop'; workshopId: string }
  | { name: 'present'; workshopId: string }
  | { name: 'print'; boardId: string }
  | { name: 'statement' }
  | { name: 'notFound' }

/** The accessibility statement's address (Norwegian, like the service's other public words). */
export const STATEMENT_PATH = '/tilgjengelighet'

/** Maps a pathname to a route. A handful of routes do not need a router library. */
export function matchRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '') return { name: 'start' }
  if (pathname === STATEMENT_PATH || pathname === `${STATEMENT_PATH}/`) return { name: 'statement' }
  const board = /^\/b\/([A-Za-z0-9_-]+)\/?$/.exec(pathname)
  if (board) return { name: 'board', boardId: board[1]! }
  const outline = /^\/b\/([A-Za-z0-9_-]+)\/outline\/?$/.exec(pathname)
  if (outline) return { name: 'outline', boardId: outline[1]! }
  const print = /^\/print\/([A-Za-z0-9_-]+)\/?$/.exec(pathname)
  if (print) return { name: 'print', boardId: print[1]! }
  const workshop = /^\/w\/([A-Za-z0-9_-]+)\/?$/.exec(pathname)
  if (workshop) return { name: 'workshop', workshopId: workshop[1]! }
  const present = /^\/w\/([A-Za-z0-9_-]+)\/present\/?$/.exec(pathname)
  if (present) return { name: 'present', workshopId: present[1]! }
  return { name: 'notFound' }
}
