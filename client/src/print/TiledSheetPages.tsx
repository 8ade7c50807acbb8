import type { PaperSize } from '@bordduk/shared'

import { useI18n } from '../i18n/I18nProvider.tsx'
import type { ExportedSheet } from './exportSheets.ts'
import { FOOTER_MM, PAGE_MARGIN_MM, pageSizeMm } from './printLayout.ts'
import { TILE_OVERLAP_MM, planTiles } from './tileLayout.ts'

const mm = (n: number) => `${n}mm`
/** Room above the page map for its heading and instructions. */
const MAP_HEADING_MM = 22

interface TiledSheetPagesProps {
  sheet: ExportedSheet
  paper: PaperSize
  tile: PaperSize
  /** Number of the first page these pages take, and of all pages printed. */
  firstPage: number
  totalPages: number
}

/** Pages one poster-size sheet takes when tiled: a page map, then the tiles with cut marks. */
export function tiledPageCount(sheet: ExportedSheet, paper: PaperSize, tile: PaperSize): number {
  return 1 + planTiles(pageSizeMm(paper, sheet.w, sheet.h), tile).tiles.length
}

/** A poster cut onto office paper: a map of the tiles, then each tile with cut marks and overlap. */
export function TiledSheetPages({ sheet, paper, tile, firstPage, totalPages }: TiledSheetPagesProps) {
  const { t } = useI18n()
  const poster = pageSizeMm(paper, sheet.w, sheet.h)
  const plan = planTiles(poster, tile)
  const svg = { __html: sheet.svg }
  const pageStyle = { width: mm(plan.page.w), height: mm(plan.page.h), padding: mm(PAGE_MARGIN_MM) }
  // The map shows the whole grid of tiles (a bit larger than the poster), below its heading.
  const { grid } = plan
  const scale = Math.min(plan.area.w / grid.w, (plan.area.h - MAP_HEADING_MM) / grid.h)
  return (
    <>
      <section className="print-page print-map" style={pageStyle}>
        <h2>{t('tileMapTitle', { sheet: sheet.title, n: plan.tiles.length, tile, paper })}</h2>
        <p>{t('tileMapHelp')}</p>
        <div className="print-map__grid" style={{ width: mm(grid.w * scale), height: mm(grid.h * scale) }}>
          <div
            className="print-sheet print-map__poster"
            style={{
              left: mm(-grid.x * scale),
              top: mm(-grid.y * scale),
              width: mm(poster.w * scale),
              height: mm(poster.h * scale),
            }}
            dangerouslySetInnerHTML={svg}
          />
          {plan.tiles.map((tl) => (
            <span
              key={tl.label}
              className="print-map__tile"
              style={{
                left: mm((tl.x - grid.x) * scale),
                top: mm((tl.y - grid.y) * scale),
                width: mm(plan.area.w * scale),
                height: mm(plan.area.h * scale),
              }}
            >
              {tl.label}
            </span>
          ))}
        </div>
        <footer className="print-footer" style={{ height: mm(FOOTER_MM) }}>
          {firstPage}/{totalPages}
        </footer>
      </section>
      {plan.tiles.map((tl, i) => (
        <section key={tl.label} className="print-page" style={pageStyle}>
          <div className="print-tile" style={{ width: mm(plan.area.w), height: mm(plan.area.h) }}>
            <div className="print-tile__window">
              <div
                className="print-tile__poster"
                style={{ left: mm(-tl.x), top: mm(-tl.y), width: mm(poster.w), height: mm(poster.h) }}
                dangerouslySetInnerHTML={svg}
              />
              {tl.col < plan.cols - 1 && (
                <span
                  className="print-tile__overlap print-tile__overlap--right"
                  style={{ width: mm(TILE_OVERLAP_MM) }}
                />
              )}
              {tl.row < plan.rows - 1 && (
                <span
                  className="print-tile__overlap print-tile__overlap--bottom"
                  style={{ height: mm(TILE_OVERLAP_MM) }}
                />
              )}
            </div>
            <span className="print-tile__mark print-tile__mark--tl" />
            <span className="print-tile__mark print-tile__mark--tr" />
            <span className="print-tile__mark print-tile__mark--bl" />
            <span className="print-tile__mark print-tile__mark--br" />
          </div>
          <footer className="print-footer" style={{ height: mm(FOOTER_MM) }}>
            {t('tileFooter', {
              sheet: sheet.title,
              label: tl.label,
              row: tl.row + 1,
              rows: plan.rows,
              col: tl.col + 1,
              cols: plan.cols,
              page: firstPage + 1 + i,
              pages: totalPages,
            })}
          </footer>
        </section>
      ))}
    </>
  )
}
