// Before the schemas below are built (see the file); also why main.tsx imports it first.
import '../zodWithoutEval.ts'

import {
  boardMetaSchema,
  boardVersionSchema,
  clientConfigSchema,
  createdBoardSchema,
  ownedTemplateSchema,
  savedTemplateSchema,
  setBoardLocaleBodySchema,
  templateSummarySchema,
  workshopMessageSchema,
  workshopSchema,
  workshopTimerSchema,
} from '@bordduk/shared'
import type {
  BoardMeta,
  BoardVersionInfo,
  FreezeBody,
  ClientConfig,
  CreateBoardBody,
  CreatedBoard,
  Locale,
  OwnedTemplate,
  SaveTemplateBody,
  SavedTemplate,
  Template,
  TemplateSummary,
  TimerActionBody,
  Workshop,
  WorkshopMessage,
  WorkshopTimer,
} from '@bordduk/shared'
import { z } from 'zod'

/**
 * An HTTP error from our API, with the status the server chose, its English text as the
 * message, and its stable code (see shared/src/apiErrorCodes.ts; `errorText` shows it).
 */
export class ApiError extends Error {
  override name = 'ApiError'
  readonly status: number
  readonly code: string | undefined
  constructor(status: number, message: string, code?: string) {
    super(message)
    this.status = status
    this.code = code
  }
}

export async function request<S extends z.ZodType>(
  schema: S,
  url: string,
  init?: RequestInit,
): Promise<z.infer<S>> {
  const response = await fetch(url, init)
  const body: unknown = await response.json().catch(() => null)
  if (!response.ok) {
    const problem = body as { error?: string; code?: string } | null
    throw new ApiError(response.status, problem?.error ?? response.statusText, problem?.code)
  }
  return schema.parse(body)
}

export function createBoard(body: Partial<CreateBoardBody>): Promise<CreatedBoard> {
  return request(createdBoardSchema, '/api/boards', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
}

/** A new board from a `.tldr` file's text, sent as it is: the server reads and checks it. */
export function importTldrFile(fileText: string, locale: string): Promise<CreatedBoard> {
  return request(createdBoardSchema, `/api/boards/import?locale=${encodeURIComponent(locale)}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: fileText,
  })
}

/**
 * A custom template from a `.tldr` file's text, owned by a workshop's facilitator key (the
 * gallery is public, so publishing needs one), as "save as template" is.
 */
export function importTldrTemplate(
  fileText: string,
  workshop: { id: string; key: string },
): Promise<SavedTemplate> {
  const query = `workshop=${encodeURIComponent(workshop.id)}&key=${encodeURIComponent(workshop.key)}`
  return request(savedTemplateSchema, `/api/templates/import?${query}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: fileText,
  })
}

export function getBoard(id: string, key: string, init?: RequestInit): Promise<BoardMeta> {
  return request(
    boardMetaSchema,
    `/api/boards/${encodeURIComponent(id)}?key=${encodeURIComponent(key)}`,
    init,
  )
}

export function getClientConfig(init?: RequestInit): Promise<ClientConfig> {
  return request(clientConfigSchema, '/api/client-config', init)
}

export function listTemplates(locale: Locale): Promise<TemplateSummary[]> {
  return request(z.array(templateSummarySchema), `/api/templates?locale=${locale}`)
}

export function setBoardLocale(id: string, key: string, locale: Locale): Promise<{ locale: Locale }> {
  return request(
    setBoardLocaleBodySchema,
    `/api/boards/${encodeURIComponent(id)}/locale?key=${encodeURIComponent(key)}`,
    { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ locale }) },
  )
}

export function createWorkshop(body: {
  templateId: string
  groups: number
  locale: Locale
}): Promise<Workshop> {
  return request(workshopSchema, '/api/workshops', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
}

export function getWorkshop(id: string, key: string): Promise<Workshop> {
  return request(workshopSchema, `/api/workshops/${encodeURIComponent(id)}?key=${encodeURIComponent(key)}`)
}

export function rotateGroupKeys(id: string, key: string, boardId: string): Promise<Workshop> {
  const path = `/api/workshops/${encodeURIComponent(id)}/groups/${encodeURIComponent(boardId)}/rotate-keys`
  return request(workshopSchema, `${path}?key=${encodeURIComponent(key)}`, { method: 'POST' })
}

function workshopPath(id: string, key: string, action: string): string {
  return `/api/workshops/${encodeURIComponent(id)}/${action}?key=${encodeURIComponent(key)}`
}

export function setWorkshopTimer(id: string, key: string, body: TimerActionBody): Promise<WorkshopTimer> {
  return request(workshopTimerSchema, workshopPath(id, key, 'timer'), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
}

export function sendWorkshopMessage(id: string, key: string, text: string): Promise<WorkshopMessage> {
  return request(workshopMessageSchema, workshopPath(id, key, 'message'), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ text }),
  })
}

function versionsPath(boardId: string, key: string, rest = ''): string {
  return `/api/boards/${encodeURIComponent(boardId)}/versions${rest}?key=${encodeURIComponent(key)}`
}

export function listVersions(boardId: string, key: string): Promise<BoardVersionInfo[]> {
  return request(z.array(boardVersionSchema), versionsPath(boardId, key))
}

export function saveVersion(boardId: string, key: string, name: string): Promise<BoardVersionInfo> {
  return request(boardVersionSchema, versionsPath(boardId, key), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ name }),
  })
}

export function restoreVersion(boardId: string, key: string, versionId: number): Promise<unknown> {
  return request(z.unknown(), versionsPath(boardId, key, `/${versionId}/restore`), { method: 'POST' })
}

/** Freezes or unfreezes one group's board (`boardId`) or every group's. */
export function freezeWorkshop(id: string, key: string, body: FreezeBody): Promise<unknown> {
  return request(z.unknown(), workshopPath(id, key, 'freeze'), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
}

export function endWorkshop(id: string, key: string): Promise<unknown> {
  return request(z.unknown(), workshopPath(id, key, 'end'), { method: 'POST' })
}

export function saveTemplate(key: string, body: SaveTemplateBody): Promise<SavedTemplate> {
  return request(savedTemplateSchema, `/api/templates?key=${encodeURIComponent(key)}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
}

export function listOwnedTemplates(key: string): Promise<OwnedTemplate[]> {
  return request(z.array(ownedTemplateSchema), `/api/templates/mine?key=${encodeURIComponent(key)}`)
}

export function updateTemplate(key: string, template: Template): Promise<unknown> {
  return request(
    z.unknown(),
    `/api/templates/${encodeURIComponent(template.id)}?key=${encodeURIComponent(key)}`,
    {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(template),
    },
  )
}

export function deleteTemplate(key: string, id: string): Promise<unknown> {
  // 204 has no body: request() reads that as null.
  return request(z.unknown(), `/api/templates/${encodeURIComponent(id)}?key=${encodeURIComponent(key)}`, {
    method: 'DELETE',
  })
}
