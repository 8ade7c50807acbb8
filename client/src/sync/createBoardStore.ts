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

import { Y_WORKSHOP_FROZEN_KEY, Y_WORKSHOP_MAP } from '@bordduk/shared'
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
  // A participant on a frozen board is a viewer until it thaws (the server drops their edits);
  // the facilitator still writes. Follows the server-written workshop map, so no reload is needed.
  const workshop = connection.doc.getMap<unknown>(Y_WORKSHOP_MAP)
  const frozen = atom('frozen', workshop.get(Y_WORKSHOP_FROZEN_KEY) === true)
  const onWorkshop = () => frozen.set(workshop.get(Y_WORKSHOP_FROZEN_KEY) === true)
  workshop.observe(onWorkshop)
  const mode = computed('mode', () =>
    role === 'view' || (role === 'edit' && frozen.get()) ? 'readonly' : 'readwrite',
  )
  const store = createTLStore({
    shapeUtils: boardShapeUtils,
    bindingUtils: defaultBindingUtils,
    users: { currentUser },
    collaboration: { status: linkOnline, mode },
  })
  const unbindRecords = bindRecords(store, connection.doc)
  const unbindPresence = bindPresence(store, connection.provider.awareness, currentUser)
  return {
    store,
    unbind: () => {
      workshop.unobserve(onWorkshop)
      unbindPresence()
      unbindRecords()
    },
  }
}
