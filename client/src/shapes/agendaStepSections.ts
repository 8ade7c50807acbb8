import { atom } from 'tldraw'

/**
 * The section ids of the agenda step the groups are on (empty before the agenda starts): those
 * sections are drawn with a stronger edge, so the step's place on the sheet is plain to see.
 * An atom for the same reason as {@link boardTextLang}: sections read it inside their ShapeUtil.
 */
export const agendaStepSections = atom<ReadonlySet<string>>('agenda step sections', new Set())
