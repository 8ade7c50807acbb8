import { templateSchema } from '@bordduk/shared'
import type { Template } from '@bordduk/shared'

import { blankTemplate } from './blank.ts'
import { behovskartleggingTemplate } from './lup/behovskartlegging.ts'
import { ledelsesforankringTemplate } from './lup/ledelsesforankring.ts'
import { markedsdialogTemplate } from './lup/markedsdialog.ts'
import { oppstartTemplate } from './lup/oppstart.ts'
import { tidligfaseInnovasjonTemplate } from './lup/tidligfaseInnovasjon.ts'

/** Every built-in template, in gallery order, validated once when the module loads. */
export const builtInTemplates: readonly Template[] = [
  oppstartTemplate,
  behovskartleggingTemplate,
  markedsdialogTemplate,
  ledelsesforankringTemplate,
  tidligfaseInnovasjonTemplate,
  blankTemplate,
].map((template) => templateSchema.parse(template))

/** The built-in template with this id, or undefined. */
export function findBuiltInTemplate(id: string): Template | undefined {
  return builtInTemplates.find((template) => template.id === id)
}
