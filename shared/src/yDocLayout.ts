/**
 * Names of the shared types inside a board's Y.Doc. Client and server must agree on them,
 * so they live here and nowhere else.
 *
 * Records sit in a Y.Array managed as a key-value list (y-utility's YKeyValue), not in a
 * Y.Map: a Y.Map keeps history for keys written in alternating order, which is exactly what
 * dragging several shapes does.
 */
export const Y_RECORDS_ARRAY = 'tl_records'
/** Y.Map holding metadata about the records, such as the tldraw schema they were written with. */
export const Y_META_MAP = 'tl_meta'
/** Key in {@link Y_META_MAP}: the serialized tldraw schema (JSON object). */
export const Y_META_SCHEMA_KEY = 'schema'
/**
 * Y.Map written only by the server (the facilitator's `follow` aside): on a workshop's group
 * boards the facilitator's timer (`timer`) and message to all groups (`message`); on every board
 * the language of the printed layer ({@link Y_WORKSHOP_LOCALE_KEY}), so every open browser sees a
 * switch at once. Participants' writes to it are refused.
 */
export const Y_WORKSHOP_MAP = 'bd_workshop'
/** Key in {@link Y_WORKSHOP_MAP}: the board's language (`nb`/`en`), set by `PUT /api/boards/:id/locale`. */
export const Y_WORKSHOP_LOCALE_KEY = 'locale'
/**
 * Key in {@link Y_WORKSHOP_MAP}: `true` while the facilitator has frozen the board. The server
 * then drops participants' updates as it drops a viewer's; the facilitator still edits.
 */
export const Y_WORKSHOP_FROZEN_KEY = 'frozen'
/**
 * Key in {@link Y_WORKSHOP_MAP}: present while the facilitator has turned on silent writing
 * ("skriv hver for seg"). It holds only blank-card placeholders (position and size) for the
 * notes written in silence; their text stays with the server until the reveal.
 */
export const Y_WORKSHOP_SILENT_KEY = 'silent'

/**
 * Key in {@link Y_WORKSHOP_MAP}: the agenda step every group is on (`boardAgendaStepSchema`),
 * written by `POST /api/workshops/:id/agenda/step`. A new `at` moves every view to its sections.
 */
export const Y_WORKSHOP_STEP_KEY = 'step'

/** Key in {@link Y_WORKSHOP_MAP}: the current dot vote (see `voteSchema`); ballots stay on the server. */
export const Y_WORKSHOP_VOTE_KEY = 'vote'
/**
 * Key in {@link Y_WORKSHOP_MAP}: dots per note id. Written with every dot while the vote is
 * live, only at the reveal while it is hidden, so no browser holds hidden counts before.
 */
export const Y_WORKSHOP_VOTE_COUNTS_KEY = 'voteCounts'
