import { templateSchema } from '@bordduk/shared'
import type { Template } from '@bordduk/shared'
import { builtInTemplates, findBuiltInTemplate } from '@bordduk/templates'

import type { Store } from '../storage/Store.ts'

/** Every template a board can be made from: the built-in tablecloths and the facilitators' own. */
export class TemplateCatalogue {
  private readonly store: Store

  constructor(store: Store) {
    this.store = store
  }

  async find(id: string): Promise<Template | undefined> {
    const builtIn = findBuiltInTemplate(id)
    if (builtIn) return builtIn
    const row = await this.store.getTemplate(id)
    // Stored data was validated on the way in; parse again so a bad row can never reach a board.
    return row && templateSchema.parse(JSON.parse(row.data))
  }

  async list(): Promise<{ template: Template; custom: boolean }[]> {
    const custom = await this.store.listCustomTemplates()
    return [
      ...builtInTemplates.map((template) => ({ template, custom: false })),
      ...custom.flatMap((row) => {
        const parsed = templateSchema.safeParse(JSON.parse(row.data))
        return parsed.success ? [{ template: parsed.data, custom: true }] : []
      }),
    ]
  }
}
