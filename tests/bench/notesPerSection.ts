// How many sticky notes of each template's note scale fit in each section of its A1 sheets,
// below the guiding prompts: side by side (one row) and in the whole grid "Rydd" lays out.
// Counts are for plain notes (no grown text), with the gap "Rydd" leaves between them, in the
// board language that gives the fewer (nb or en). A table row is one section; its column
// cells are shown, and counted, one by one too.
//
//   node tests/bench/notesPerSection.ts
import { gridCapacity, sectionNoteAreas, takesNotes } from '../../shared/src/shapes.ts'
import type { SectionShapeProps, SheetShapeProps } from '../../shared/src/shapes.ts'
import { builtInTemplates } from '../../templates/src/catalogue.ts'
import { instantiate } from '../../templates/src/instantiate.ts'

type Shape<P> = { type: string; props: P }

let minimum = Infinity
let where = ''
let cellMinimum = Infinity
for (const template of builtInTemplates) {
  const perLocale = (['nb', 'en'] as const).map(
    (locale) => instantiate(template, locale) as unknown as Shape<never>[],
  )
  const sheets = perLocale[0]!.filter((s) => s.type === 'bd-sheet') as Shape<SheetShapeProps>[]
  if (sheets.length === 0) continue
  const scale = sheets[0]!.props.noteScale ?? 1
  console.log(
    `\n${template.id}  note scale ${scale} (${Math.round(200 * scale)} units = ${Math.round(100 * scale)} mm on A1)`,
  )
  const sections = perLocale.map(
    (shapes) => shapes.filter((s) => s.type === 'bd-section') as Shape<SectionShapeProps>[],
  )
  sections[0]!.forEach((section, i) => {
    if (!takesNotes(section.props.kind)) return
    const counts = sections.map((inLocale) =>
      sectionNoteAreas(inLocale[i]!.props).map((area) => ({ area, ...gridCapacity(area, scale) })),
    )
    const worst = counts.reduce((a, b) => (sum(b) < sum(a) ? b : a))
    const label = `${section.props.sheetId}/${section.props.sectionId}`.padEnd(42)
    const cells = worst
      .map(
        (c) =>
          `${String(c.across).padStart(2)} across × ${c.down} down = ${String(c.total).padStart(2)}  (area ${Math.round(c.area.w)}×${Math.round(c.area.h)})`,
      )
      .join('\n' + ' '.repeat(44))
    console.log(`  ${label}${cells}${worst.length > 1 ? `\n${' '.repeat(44)}row total ${sum(worst)}` : ''}`)
    if (sum(worst) < minimum) {
      minimum = sum(worst)
      where = `${template.id} ${section.props.sectionId}`
    }
    if (worst.length > 1) cellMinimum = Math.min(cellMinimum, ...worst.map((c) => c.total))
  })
}
console.log(`\nminimum per section: ${minimum} (${where}); minimum per table cell: ${cellMinimum}`)
if (minimum < 6) {
  console.log('FAIL: a section holds fewer than 6 notes')
  process.exitCode = 1
}

function sum(cells: { total: number }[]): number {
  return cells.reduce((a, c) => a + c.total, 0)
}
