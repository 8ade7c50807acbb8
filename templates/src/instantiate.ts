import { getIndices } from '@tldraw/utils'
import { DocumentRecordType, PageRecordType, TLDOCUMENT_ID } from '@tldraw/tlschema'
import type { TLPage, TLPageId, TLRecord } from '@tldraw/tlschema'

import { pickText, sheetSize } from '@bordduk/shared'
import { CHECK_SHAPE, SECTION_SHAPE, SHEET_SHAPE } from '@bordduk/shared/shapes'
import type { Area, Locale, Template, TemplateSection, TemplateSheet } from '@bordduk/shared'
import type { CheckShapeProps, SectionShapeProps, SheetShapeProps } from '@bordduk/shared/shapes'

import { fieldDrafts } from './fieldDrafts.ts'

/** The id of the single page every board has; sheets are laid out side by side on it. */
export const BOARD_PAGE_ID = 'page:board' as TLPageId

/** Space between two sheets on the canvas. */
export const SHEET_SPACING = 160

/** Where checklist items start below the checklist section's top edge (title and prompt above). */
const CHECKLIST_TOP = 200
const CHECK_ITEM_H = 120
const CHECK_ITEM_GAP = 14

export type ShapeDraft = { id: string; type: string; x: number; y: number; props: object }

/** The id of a template-layer shape: stable, so every board of a template has the same ids. */
export function templateShapeId(...parts: string[]): string {
  return `shape:tpl-${parts.join('-')}`
}

/**
 * The tldraw records a new board starts with: the document, one page, and the locked
 * template layer (sheets, sections, checklist items). Pure and deterministic, so every board
 * made from one template starts identical, whichever process created it.
 */
export function instantiate(template: Template, locale: Locale): TLRecord[] {
  const document = DocumentRecordType.create({ id: TLDOCUMENT_ID, name: pickText(template.title, locale) })
  const page = PageRecordType.create({
    id: BOARD_PAGE_ID,
    name: pickText(template.title, locale),
    index: 'a1' as TLPage['index'],
  })
  const drafts: ShapeDraft[] = []
  let left = 0
  for (const sheet of template.sheets) {
    // A template without sections (the blank board) has no printed layer to draw.
    if (sheet.sections.length > 0) drafts.push(...sheetDrafts(template, sheet, locale, left))
    left += sheetSize(sheet.paper, sheet.orientation).w + SHEET_SPACING
  }
  const indices = getIndices(drafts.length + 1).slice(1)
  const shapes = drafts.map(
    (draft, i) =>
      ({
        ...draft,
        typeName: 'shape',
        rotation: 0,
        index: indices[i]!,
        parentId: BOARD_PAGE_ID,
        isLocked: true,
        opacity: 1,
        meta: { template: true },
      }) as unknown as TLRecord,
  )
  return [document, page, ...shapes]
}

function sheetDrafts(template: Template, sheet: TemplateSheet, locale: Locale, left: number): ShapeDraft[] {
  const size = sheetSize(sheet.paper, sheet.orientation)
  const sheetProps: SheetShapeProps = {
    w: size.w,
    h: size.h,
    sheetId: sheet.id,
    toolTitle: pickText(template.title, locale),
    sheetTitle: template.sheets.length > 1 ? pickText(sheet.title, locale) : '',
    purpose: template.purpose ? pickText(template.purpose, locale) : '',
    // The header's fields are shapes of their own (see fieldDrafts), so they can be filled in.
    fieldLabels: [],
    columns: sheet.columns.map((c) => pickText(c, locale)),
    decoration: sheet.decoration,
    ...(template.noteScale ? { noteScale: template.noteScale } : {}),
  }
  const drafts: ShapeDraft[] = [
    { id: templateShapeId(sheet.id), type: SHEET_SHAPE, x: left, y: 0, props: sheetProps },
  ]
  for (const section of sheet.sections) {
    drafts.push(sectionDraft(sheet, section, locale, left))
    drafts.push(...checklistDrafts(sheet, section, locale, left))
  }
  drafts.push(...fieldDrafts(sheet, size.w, locale, left))
  return drafts
}

function sectionDraft(
  sheet: TemplateSheet,
  section: TemplateSection,
  locale: Locale,
  left: number,
): ShapeDraft {
  const props: SectionShapeProps = {
    w: section.area.w,
    h: section.area.h,
    sheetId: sheet.id,
    sectionId: section.id,
    number: section.number ?? '',
    title: pickText(section.title, locale),
    prompts: section.prompts.map((p) => pickText(p, locale)),
    kind: section.kind,
    columns: section.kind === 'tableRow' ? sheet.columns.length : 0,
  }
  return { id: templateShapeId(sheet.id, section.id), type: SECTION_SHAPE, ...at(left, section.area), props }
}

function checklistDrafts(
  sheet: TemplateSheet,
  section: TemplateSection,
  locale: Locale,
  left: number,
): ShapeDraft[] {
  return section.items.map((item, i) => {
    const area: Area = {
      x: section.area.x + 16,
      y: section.area.y + CHECKLIST_TOP + i * (CHECK_ITEM_H + CHECK_ITEM_GAP),
      w: section.area.w - 32,
      h: CHECK_ITEM_H,
    }
    const props: CheckShapeProps = {
      w: area.w,
      h: area.h,
      sheetId: sheet.id,
      itemId: item.id,
      label: pickText(item.label, locale),
      checked: false,
    }
    return { id: templateShapeId(sheet.id, section.id, item.id), type: CHECK_SHAPE, ...at(left, area), props }
  })
}

export function at(left: number, area: Area): { x: number; y: number } {
  return { x: left + area.x, y: area.y }
}
