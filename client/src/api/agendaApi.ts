import { workshopAgendaSchema } from '@bordduk/shared'
import type { AgendaStep, AgendaStepAction, WorkshopAgenda } from '@bordduk/shared'

import { request } from './api.ts'

const agendaUrl = (id: string, key: string, path = '') =>
  `/api/workshops/${encodeURIComponent(id)}/agenda${path}?key=${encodeURIComponent(key)}`

/** A workshop's agenda (the template's suggestion until the facilitator changes it). */
export function getAgenda(id: string, key: string): Promise<WorkshopAgenda> {
  return request(workshopAgendaSchema, agendaUrl(id, key))
}

export function saveAgenda(id: string, key: string, steps: AgendaStep[]): Promise<WorkshopAgenda> {
  return request(workshopAgendaSchema, agendaUrl(id, key), {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ steps }),
  })
}

/** Moves every group to another step: views, banner and timer. */
export function stepAgenda(id: string, key: string, action: AgendaStepAction): Promise<WorkshopAgenda> {
  return request(workshopAgendaSchema, agendaUrl(id, key, '/step'), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(action),
  })
}
