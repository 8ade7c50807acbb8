import * as Y from 'yjs'

import type { Locale, Template } from '@bordduk/shared'
import { instantiate } from '@bordduk/templates'

import { writeInitialRecords } from './boardDocument.ts'
import type { StoredRecord } from './boardDocument.ts'
import { tldrawSchema } from './tldrawSchema.ts'

/** The first stored state of a board made from a template: its records and schema, encoded. */
export function newBoardState(template: Template, locale: Locale): Uint8Array {
  const doc = new Y.Doc()
  writeInitialRecords(doc, instantiate(template, locale) as unknown as StoredRecord[], tldrawSchema)
  const state = Y.encodeStateAsUpdate(doc)
  doc.destroy()
  return state
}
