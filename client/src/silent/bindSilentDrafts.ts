import type { Editor, RecordsDiff, TLRecord } from 'tldraw'

import { DRAFT_META_FLAG, Y_WORKSHOP_MAP } from '@bordduk/shared'

import { ApiError } from '../api/api.ts'
import { putDrafts } from '../api/silentWritingApi.ts'
import type { BoardConnection } from '../sync/BoardConnection.ts'
import { loadDraftCopy, saveDraftCopy } from './draftCopy.ts'
import { isDraft } from './isDraft.ts'
import { ownSilentCards } from './ownSilentCards.ts'
import { readFrozen, readSilent } from './readSilent.ts'

/** Typing is sent to the server in bursts, not per key. */
const SEND_AFTER_MS = 400
/** After a failed send (no network, socket not yet in the room) the next try. */
const RETRY_AFTER_MS = 3_000
/** Refusals that will not change by sending the same again. */
const FINAL_REFUSALS = new Set([
  'notSilent',
  'boardFrozen',
  'draftNotNote',
  'draftBadParent',
  'draftIdTaken',
  'tooManyDrafts',
])

interface SilentDraftsOptions {
  connection: BoardConnection
  boardId: string
  boardKey: string
}

/**
 * A participant's side of silent writing. While it is on, each new note this person makes is a
 * draft (meta flag): the Yjs binding keeps it out of the shared doc, this browser keeps a copy
 * (localStorage) and sends the set to the server, which holds it until the reveal. The reveal
 * brings the same notes back through the doc under the same ids, replacing the drafts. Drafts
 * the server never got (written offline) are sent as ordinary notes once silent writing is over.
 */
export function bindSilentDrafts(
  editor: Editor,
  { connection, boardId, boardKey }: SilentDraftsOptions,
): () => void {
  const { doc } = connection
  const own = ownSilentCards(editor)
  let copy = loadDraftCopy(boardId)
  /** The server lacks this tab's latest set of drafts. */
  let dirty = false
  let sending = false
  let timer: ReturnType<typeof setTimeout> | undefined

  const drafts = (): TLRecord[] =>
    editor.store.allRecords().filter((r) => r.typeName === 'shape' && isDraft(r))
  const keepCopy = () => {
    const notes = drafts()
    copy = notes.length === 0 && !readSilent(doc) ? { session: null, notes } : { ...copy, notes }
    saveDraftCopy(boardId, copy)
  }
  const schedule = (delayMs = SEND_AFTER_MS) => {
    clearTimeout(timer)
    timer = setTimeout(() => void send(), delayMs)
  }

  const stopMarking = editor.sideEffects.registerBeforeCreateHandler('shape', (shape, source) => {
    if (source !== 'user' || shape.type !== 'note' || !readSilent(doc) || readFrozen(doc)) return shape
    return { ...shape, meta: { ...shape.meta, [DRAFT_META_FLAG]: true } }
  })

  // This browser's drafts from before a reload; a note the board has already (revealed) wins.
  const missing = copy.notes.filter((note) => !editor.store.has(note.id))
  if (missing.length > 0) {
    try {
      editor.store.mergeRemoteChanges(() => editor.store.put(missing))
      dirty = true
    } catch (error) {
      console.warn('bordduk: could not restore the notes written in silence', error)
    }
  }

  const stopListening = editor.store.listen(
    ({ changes }) => {
      if (!touchesDrafts(changes)) return
      dirty = true
      keepCopy()
      schedule()
    },
    { scope: 'document' },
  )

  async function send(keepalive = false): Promise<void> {
    if (!readSilent(doc)) return promote()
    if (!dirty || sending || readFrozen(doc) || !connection.getState().synced) return
    sending = true
    dirty = false
    const notes = drafts()
    const previous = copy.session && copy.session !== connection.session ? copy.session : undefined
    try {
      const { ownCards } = await putDrafts(
        boardId,
        boardKey,
        {
          session: connection.session,
          ...(previous ? { previousSession: previous } : {}),
          notes: notes as unknown as Record<string, unknown>[],
        },
        { keepalive },
      )
      own.set(new Set(ownCards))
      copy = { session: connection.session, notes: drafts() }
      saveDraftCopy(boardId, copy)
    } catch (error) {
      dirty = true
      const final = error instanceof ApiError && FINAL_REFUSALS.has(error.code ?? '')
      if (!final) schedule(RETRY_AFTER_MS)
      else console.warn('bordduk: the server refused the notes written in silence', error)
    } finally {
      sending = false
    }
  }

  /**
   * Silent writing is over and the board is in step with the server: what is still a draft
   * here was never revealed (written offline, or after the last send), so it goes on the board
   * as an ordinary note now. Nothing is duplicated: revealed notes came back under their ids.
   */
  function promote(): void {
    if (readSilent(doc) || !connection.getState().synced) return
    const left = drafts()
    if (left.length === 0 && copy.notes.length === 0 && copy.session === null) return
    if (left.length > 0) {
      editor.run(
        () => editor.store.put(left.map((record) => ({ ...record, meta: withoutFlag(record.meta) }))),
        { history: 'ignore' },
      )
    }
    own.set(new Set())
    copy = { session: null, notes: [] }
    saveDraftCopy(boardId, copy)
    dirty = false
  }

  // Deferred: the records of the same transaction enter the store first.
  const onWorkshopChange = () => setTimeout(() => (readSilent(doc) ? dirty && schedule() : promote()), 0)
  const workshop = doc.getMap(Y_WORKSHOP_MAP)
  workshop.observe(onWorkshopChange)
  const stopWatchingLink = connection.subscribe(() => {
    if (!connection.getState().synced) return
    if (!readSilent(doc)) setTimeout(promote, 0)
    else if (dirty) schedule()
  })
  const onPageHide = () => {
    if (dirty) void send(true)
  }
  window.addEventListener('pagehide', onPageHide)
  if (dirty || (!readSilent(doc) && missing.length > 0)) schedule(0)

  return () => {
    onPageHide()
    clearTimeout(timer)
    window.removeEventListener('pagehide', onPageHide)
    workshop.unobserve(onWorkshopChange)
    stopWatchingLink()
    stopListening()
    stopMarking()
  }
}

function touchesDrafts(changes: RecordsDiff<TLRecord>): boolean {
  return (
    Object.values(changes.added).some(isDraft) ||
    Object.values(changes.updated).some(([before, after]) => isDraft(before) || isDraft(after)) ||
    Object.values(changes.removed).some(isDraft)
  )
}

function withoutFlag(meta: TLRecord['meta']): TLRecord['meta'] {
  const rest: Record<string, unknown> = { ...meta }
  delete rest[DRAFT_META_FLAG]
  return rest as TLRecord['meta']
}
