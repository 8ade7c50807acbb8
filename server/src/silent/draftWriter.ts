import { createHash } from 'node:crypto'

/**
 * Who wrote a set of notes in silence, as the server files them: a hash of the tab's session
 * secret, so what is stored cannot be used to pose as that tab.
 */
export function draftWriter(session: string): string {
  return createHash('sha256').update(`bordduk-drafts:${session}`, 'utf8').digest('hex').slice(0, 32)
}

/** A blank card's id: stable for one note, telling others nothing about the note or its writer. */
export function silentCardId(writer: string, noteId: string): string {
  return createHash('sha256').update(`${writer}:${noteId}`, 'utf8').digest('hex').slice(0, 16)
}
