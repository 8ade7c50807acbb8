import { randomBytes } from 'node:crypto'

import { DRAFT_META_FLAG, Y_WORKSHOP_SILENT_KEY, silentStateSchema } from '@bordduk/shared'
import type { SilentState } from '@bordduk/shared'

import type { StoredRecord } from '../boards/boardDocument.ts'
import { checkRecord } from '../boards/checkRecord.ts'
import { apiProblem } from '../http/apiProblem.ts'
import type { Logger } from '../logger.ts'
import { redact } from '../logger.ts'
import type { BoardRoom } from '../rooms/BoardRoom.ts'
import type { RoomRegistry } from '../rooms/RoomRegistry.ts'
import type { Store } from '../storage/Store.ts'
import { checkDraftNotes } from './checkDraftNotes.ts'
import { deleteAllDrafts, readAllDrafts, readDrafts, writeDrafts } from './draftStore.ts'
import { draftWriter } from './draftWriter.ts'
import { cardOf, silentCards } from './silentCards.ts'

/** setTimeout's longest delay; longer ones fire at once. */
const MAX_TIMEOUT_MS = 2 ** 31 - 1

/**
 * Silent writing ("skriv hver for seg") on group boards. Notes written in silence never enter
 * the shared doc before the reveal (a Yjs update cannot be withheld from some peers): the
 * writer's browser sends them here, they are kept as server-only state per writer, and the
 * board only carries blank placeholders. The reveal puts every writer's notes on the board in
 * one transaction, on the facilitator's word or when the set time is up (a timer in this
 * process, picked up again whenever the board is loaded).
 *
 * Every change of one board's silent state runs in turn, so a drafts PUT never lands between
 * a reveal's read and its clean-up.
 */
export class SilentWriting {
  private readonly timers = new Map<string, NodeJS.Timeout>()
  private readonly queues = new Map<string, Promise<unknown>>()
  private readonly store: Store
  private readonly rooms: RoomRegistry
  private readonly logger: Logger

  constructor(store: Store, rooms: RoomRegistry, logger: Logger) {
    this.store = store
    this.rooms = rooms
    this.logger = logger
    rooms.onLoad((room) => this.resume(room))
    // Started through another instance: this one reveals at the end too, should that one be gone.
    rooms.onWorkshopChangedElsewhere((room) => this.resume(room))
  }

  /** Turns silent writing on (or sets a new end time); notes already held back stay. */
  start(boardId: string, durationMs: number | undefined): Promise<SilentState> {
    return this.inTurn(boardId, () =>
      this.rooms.withRoom(boardId, async (room) => {
        const now = Date.now()
        const current = silentOf(room)
        const state: SilentState = {
          startedAt: current?.startedAt ?? now,
          endsAt: durationMs === undefined ? null : now + durationMs,
          cards: current?.cards ?? [],
        }
        await room.change(({ workshop }) => workshop.set(Y_WORKSHOP_SILENT_KEY, state))
        this.schedule(boardId, state.endsAt)
        return state
      }),
    )
  }

  /** Shows every note written in silence to everyone and ends silent writing; answers how many. */
  reveal(boardId: string): Promise<number> {
    return this.inTurn(boardId, () => this.revealNow(boardId))
  }

  /**
   * Replaces the notes one tab holds back (`session` is its sync socket's secret). Answers the
   * ids of this writer's own blank cards.
   */
  putDrafts(
    boardId: string,
    session: string,
    previousSession: string | undefined,
    notes: readonly Record<string, unknown>[],
  ): Promise<string[]> {
    return this.inTurn(boardId, () =>
      this.rooms.withRoom(boardId, async (room) => {
        const silent = silentOf(room)
        if (!silent) throw apiProblem(409, 'notSilent', 'silent writing is not on for this board')
        if (room.frozen) throw apiProblem(409, 'boardFrozen', 'the board is frozen')
        if (!(await room.hasWriterSocket(session))) {
          throw apiProblem(409, 'noLiveSession', 'this tab is not connected to the board with an edit link')
        }
        const writer = draftWriter(session)
        const previous = previousSession && previousSession !== session ? draftWriter(previousSession) : null
        const all = await readAllDrafts(this.store, boardId)
        const others = all.filter((d) => d.writer !== writer && d.writer !== previous)
        const records = room.readRecords()
        const checked = checkDraftNotes(notes, {
          pageIds: new Set(records.filter((r) => r.typeName === 'page').map((r) => r.id)),
          boardIds: new Set(records.map((r) => r.id)),
          othersDraftIds: new Set(others.flatMap((d) => d.notes.map((n) => n.id))),
        })
        await writeDrafts(this.store, boardId, writer, checked)
        if (previous) await writeDrafts(this.store, boardId, previous, [])
        const mine = { writer, notes: checked }
        const cards = silentCards([...others, mine])
        // Typing changes no card: the board (and every browser) is only told when one moves or comes.
        if (JSON.stringify(cards) !== JSON.stringify(silent.cards)) {
          await room.change(({ workshop }) => workshop.set(Y_WORKSHOP_SILENT_KEY, { ...silent, cards }))
        }
        return checked.map((note) => cardOf(writer, note).id)
      }),
    )
  }

  /** The notes this tab holds back (a reload asks for them). */
  getDrafts(boardId: string, session: string): Promise<StoredRecord[]> {
    return readDrafts(this.store, boardId, draftWriter(session))
  }

  private async revealNow(boardId: string): Promise<number> {
    this.clearTimer(boardId)
    return this.rooms.withRoom(boardId, async (room) => {
      const drafts = await readAllDrafts(this.store, boardId)
      if (!silentOf(room) && drafts.length === 0) return 0
      const records = room.readRecords()
      const pageIds = records.filter((r) => r.typeName === 'page').map((r) => r.id)
      const taken = new Set(records.map((r) => r.id))
      const notes: StoredRecord[] = []
      for (const note of drafts.flatMap((d) => d.notes)) {
        const revealed = asRevealed(note, pageIds, taken)
        if (revealed) notes.push(revealed)
        else this.logger.warn({ board: redact(boardId) }, 'a note written in silence was no longer valid')
      }
      await room.revealNotes(notes)
      await deleteAllDrafts(
        this.store,
        boardId,
        drafts.map((d) => d.writer),
      )
      this.logger.info({ board: redact(boardId), notes: notes.length }, 'silent writing revealed')
      return notes.length
    })
  }

  /** A board loaded with silent writing on: its end time is kept, even after a restart. */
  private resume(room: BoardRoom): void {
    const silent = silentOf(room)
    if (silent?.endsAt != null) this.schedule(room.boardId, silent.endsAt)
  }

  private schedule(boardId: string, endsAt: number | null): void {
    this.clearTimer(boardId)
    if (endsAt === null) return
    const delay = Math.min(Math.max(0, endsAt - Date.now()), MAX_TIMEOUT_MS)
    const timer = setTimeout(() => {
      this.timers.delete(boardId)
      if (this.rooms.isClosed) return
      void this.inTurn(boardId, async () => {
        // A newer round (started again with a later end) has its own timer.
        const room = this.rooms.get(boardId)
        const silent = room ? silentOf(room) : undefined
        if (silent?.endsAt != null && silent.endsAt > Date.now()) return this.schedule(boardId, silent.endsAt)
        await this.revealNow(boardId)
      }).catch((error: unknown) =>
        this.logger.error({ board: redact(boardId), err: error }, 'silent writing could not be revealed'),
      )
    }, delay)
    timer.unref()
    this.timers.set(boardId, timer)
  }

  private clearTimer(boardId: string): void {
    const timer = this.timers.get(boardId)
    if (timer) clearTimeout(timer)
    this.timers.delete(boardId)
  }

  /** Runs `work` after everything queued for the board before it. */
  private inTurn<T>(boardId: string, work: () => Promise<T>): Promise<T> {
    const before = this.queues.get(boardId) ?? Promise.resolve()
    const result = before.then(work, work)
    const settled = result.catch(() => {})
    this.queues.set(boardId, settled)
    void settled.then(() => {
      if (this.queues.get(boardId) === settled) this.queues.delete(boardId)
    })
    return result
  }
}

/** The board's silent state, if silent writing is on. */
export function silentOf(room: BoardRoom): SilentState | undefined {
  const parsed = silentStateSchema.safeParse(room.workshopValue(Y_WORKSHOP_SILENT_KEY))
  return parsed.success ? parsed.data : undefined
}

/**
 * A held-back note as it goes on the board: the draft flag gone, checked again, on a page that
 * still exists (else the first), under an id nobody took meanwhile.
 */
function asRevealed(note: StoredRecord, pageIds: readonly string[], taken: Set<string>): StoredRecord | null {
  const meta = { ...(note.meta as Record<string, unknown>) }
  delete meta[DRAFT_META_FLAG]
  const parentId = pageIds.includes(String(note.parentId)) ? note.parentId : pageIds[0]
  const id = taken.has(note.id) ? `shape:${randomBytes(12).toString('base64url')}` : note.id
  const revealed: StoredRecord = { ...note, id, parentId, meta }
  if (parentId === undefined || checkRecord(revealed) !== null) return null
  taken.add(id)
  return revealed
}
