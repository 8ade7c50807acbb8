import {
  UserRecordType,
  atom,
  computed,
  createTLStore,
  createUserId,
  defaultBindingUtils,
  defaultShapeUtils,
} from 'tldraw'
import type { Atom, TLStore, TLUserPreferences } from 'tldraw'

import type { BoardRole } from '@bordduk/shared'

import { templateShapeUtils } from '../shapes/templateShapes.ts'
import type { BoardConnection } from './BoardConnection.ts'
import { bindPresence } from './bindPresence.ts'
import { bindRecords } from './bindRecords.ts'

/** Every shape the board's store knows: tldraw's and the template layer's. */
export const boardShapeUtils = [...defaultShapeUtils, ...templateShapeUtils]

/**
 * A tldraw store bound to the board's Y.Doc (records both ways, presence), with this person
 * as the current user, so notes they write carry their name. The canvas and the outline view
 * (which has no canvas) make their store here, so both write the same records. Throws what
 * `bindRecords` throws; the returned function unbinds.
 */
export function createBoardStore(options: {
  connection: BoardConnection
  role: BoardRole
  preferences: Atom<TLUserPreferences>
  linkOnline: Atom<'online' | 'offline'>
}): { store: TLStore; unbind(): void } {
  const { connection, role, preferences, linkOnline } = options
  const currentUser = computed('bordduk current user', () => {
    const p = preferences.get()
    return UserRecordType.create({ id: createUserId(p.id), name: p.name ?? '', color: p.color ?? '' })
  })
  const store = createTLStore({
    shapeUtils: boardShapeUtils,
    bindingUtils: defaultBindingUtils,
    users: { currentUser },
    collaboration: { status: linkOnline, mode: atom('mode', role === 'view' ? 'readonly' : 'readwrite') },
  })
  const unbindRecords = bindRecords(store, connection.doc)
  const unbindPresence = bindPresence(store, connection.provider.awareness, currentUser)
  return {
    store,
    unbind: () => {
      unbindPresence()
      unbindRecords()
    },
  }
}
