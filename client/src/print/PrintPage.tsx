import { getAssetUrlsByImport } from '@tldraw/assets/imports.vite'
import { createContext, useCallback, useContext, useEffect, useState } from 'react'
import type { CSSProperties } from 'react'
import { Tldraw, createTLStore, defaultBindingUtils, defaultShapeUtils } from 'tldraw'
import type { Editor, TLComponents, TLErrorFallbackComponent, TLStore } from 'tldraw'
import 'tldraw/tldraw.css'

import { CLOSE_CODES, LOCALE_TAGS, paperSizeSchema, tileSizeSchema } from '@bordduk/shared'
import type { BoardMeta, PaperSize } from '@bordduk/shared'

import { ApiError, getBoard, getClientConfig } from '../api/api.ts'
import { boardThemes } from '../board/boardTheme.ts'
import { FixedLocale, useI18n } from '../i18n/I18nProvider.tsx'
import { translate } from '../i18n/messages.ts'
import type { MessageKey } from '../i18n/messages.ts'
import { templateShapeUtils } from '../shapes/templateShapes.ts'
import { BoardConnection } from '../sync/BoardConnection.ts'
import { bindRecords } from '../sync/bindRecords.ts'
import { exportSheets } from './exportSheets.ts'
import type { ExportedSheet } from './exportSheets.ts'
import { FOOTER_MM, PAGE_MARGIN_MM, pageSizeMm } from './printLayout.ts'
import { SheetDownloads } from './SheetDownloads.tsx'
import { TiledSheetPages, tiledPageCount } from './TiledSheetPages.tsx'
import { planTiles } from './tileLayout.ts'
import './print.css'

const assetUrls = getAssetUrlsByImport()

/** Why the print view cannot show the board; the last one is drawing, the others loading. */
type PrintFailure = 'boardNotFound' | 'boardForbidden' | 'boardLoadFailed' | 'renderFailed'

/** How a part drawn inside tldraw reports that the board cannot be drawn. */
const FailContext = createContext<(failure: PrintFailure) => void>(() => {})

declare global {
  interface Window {
    /** Set once every page is laid out: the server's PDF export waits for it. */
    borddukPrintReady?: boolean
    /** Set instead when the board cannot be loaded or drawn, so the PDF export stops waiting. */
    borddukPrintError?: PrintFailure
  }
}

/**
 * `/print/:id?key=&paper=`: every sheet of the board as a page at the chosen paper size,
 * drawn with tldraw's own SVG export. The browser's print dialog and the server's PDF export
 * both use this page, so there is one renderer.
 */
export default function PrintPage({ boardId }: { boardId: string }) {
  const { t, locale } = useI18n()
  const params = new URLSearchParams(location.search)
  const key = params.get('key') ?? ''
  const paper: PaperSize = paperSizeSchema.catch('A1').parse(params.get('paper') ?? 'A1')
  const tileParse = tileSizeSchema.safeParse(params.get('tile'))
  const tile = tileParse.success ? tileParse.data : null
  const [meta, setMeta] = useState<BoardMeta | null>(null)
  const [store, setStore] = useState<TLStore | null>(null)
  const [sheets, setSheets] = useState<ExportedSheet[] | null>(null)
  const [licenseKey, setLicenseKey] = useState<string | undefined>()
  const windowWidth = useWindowWidth()
  const [problem, setProblem] = useState<PrintFailure | null>(null)
  const fail = useCallback((failure: PrintFailure) => {
    window.borddukPrintError ??= failure
    setProblem((shown) => shown ?? failure)
  }, [])

  useEffect(() => {
    let cancelled = false
    const connection = new BoardConnection(boardId, key)
    let unbind = () => {}
    Promise.all([getBoard(boardId, key), getClientConfig()]).then(
      ([board, config]) => {
        if (cancelled) return
        // Also the file name a browser suggests when it prints to PDF.
        document.title = `${board.title} – Bordduk`
        setMeta(board)
        setLicenseKey(config.tldrawLicenseKey)
      },
      (error: unknown) => {
        if (cancelled) return
        if (error instanceof ApiError && error.status === 404) fail('boardNotFound')
        else if (error instanceof ApiError && error.status === 403) fail('boardForbidden')
        else fail('boardLoadFailed')
      },
    )
    const onSync = (synced: boolean) => {
      if (!synced || cancelled) return
      connection.provider.off('sync', onSync)
      connection.provider.off('connection-close', onClose)
      const tlStore = createTLStore({
        shapeUtils: [...defaultShapeUtils, ...templateShapeUtils],
        bindingUtils: defaultBindingUtils,
      })
      try {
        unbind = bindRecords(tlStore, connection.doc)
        setStore(tlStore)
      } catch {
        fail('renderFailed')
      }
    }
    // A print is one-off: a socket the server closes with a reason before the board arrived
    // (refused, or the board could not be loaded) is a failure, not something to wait out.
    const onClose = (event: { code: number } | null) => {
      if (cancelled || !event || event.code < 4000) return
      if (event.code === CLOSE_CODES.notFound.code) fail('boardNotFound')
      else if (event.code === CLOSE_CODES.forbidden.code) fail('boardForbidden')
      else fail('boardLoadFailed')
    }
    connection.provider.on('sync', onSync)
    connection.provider.on('connection-close', onClose)
    return () => {
      cancelled = true
      unbind()
      connection.destroy()
    }
  }, [boardId, key, fail])

  const onMount = (editor: Editor) => {
    editor.updateInstanceState({ isReadonly: true })
    void document.fonts.ready
      .then(() => exportSheets(editor, meta?.title ?? 'Bordduk'))
      .then((exported) => {
        setSheets(exported)
        requestAnimationFrame(() => (window.borddukPrintReady = true))
      })
      .catch(() => fail('renderFailed'))
  }

  // The pages are printed in the board's language, like the sheets on them; the toolbar speaks the reader's.
  const pageLocale = meta?.locale ?? locale
  const date = new Date().toLocaleDateString(LOCALE_TAGS[pageLocale])
  const tPage = (key: MessageKey, values?: Record<string, string | number>) =>
    translate(pageLocale, key, values)
  const first = sheets?.[0]
  const page = tile
    ? first
      ? planTiles(pageSizeMm(paper, first.w, first.h), tile).page
      : { w: 210, h: 297 }
    : first
      ? pageSizeMm(paper, first.w, first.h)
      : pageSizeMm(paper, 2, 1)
  const pageCounts = sheets?.map((sheet) => (tile ? tiledPageCount(sheet, paper, tile) : 1)) ?? []
  const totalPages = pageCounts.reduce((a, b) => a + b, 0)
  // On screen a poster page is shrunk to the window (an A1 page is 3178 px wide); paper gets it 1:1.
  const previewZoom = Math.min(1, (windowWidth - 32) / ((page.w / 25.4) * 96))
  return (
    <div className="print-root">
      <style>{`@page { size: ${page.w}mm ${page.h}mm; margin: 0; }`}</style>
      {store && meta && (
        <div className="print-editor" aria-hidden="true">
          <FailContext.Provider value={fail}>
            <Tldraw
              store={store}
              hideUi
              assetUrls={assetUrls}
              themes={boardThemes}
              licenseKey={licenseKey}
              shapeUtils={templateShapeUtils}
              components={PRINT_COMPONENTS}
              onMount={onMount}
            />
          </FailContext.Provider>
        </div>
      )}
      <div className="print-toolbar">
        {sheets ? (
          <>
            <button type="button" className="primary-button" onClick={() => window.print()}>
              {t('print')}
            </button>
            <SheetDownloads sheets={sheets} paper={paper} boardTitle={meta?.title ?? 'Bordduk'} />
          </>
        ) : problem ? (
          // A drawing failure has no words of its own: "could not be loaded" is what the reader needs.
          <p role="alert">{t(problem === 'renderFailed' ? 'boardLoadFailed' : problem)}</p>
        ) : (
          <p role="status">{t('preparingPrint')}</p>
        )}
      </div>
      <FixedLocale locale={pageLocale}>
        <div
          className="print-pages"
          lang={pageLocale}
          style={{ '--preview-zoom': previewZoom } as CSSProperties}
        >
          {sheets?.length === 0 && (
            <section
              className="print-page print-empty"
              style={{ width: `${page.w}mm`, height: `${page.h}mm`, padding: `${PAGE_MARGIN_MM}mm` }}
            >
              <p>{tPage('nothingToPrint')}</p>
            </section>
          )}
          {tile &&
            sheets?.map((sheet, i) => (
              <TiledSheetPages
                key={i}
                sheet={sheet}
                paper={paper}
                tile={tile}
                firstPage={1 + pageCounts.slice(0, i).reduce((a, b) => a + b, 0)}
                totalPages={totalPages}
              />
            ))}
          {!tile &&
            sheets?.map((sheet, i) => {
              const size = pageSizeMm(paper, sheet.w, sheet.h)
              return (
                <section
                  key={i}
                  className="print-page"
                  style={{ width: `${size.w}mm`, height: `${size.h}mm`, padding: `${PAGE_MARGIN_MM}mm` }}
                >
                  <div
                    className="print-sheet"
                    style={{ height: `calc(100% - ${FOOTER_MM}mm)` }}
                    dangerouslySetInnerHTML={{ __html: sheet.svg }}
                  />
                  <footer className="print-footer" style={{ height: `${FOOTER_MM}mm` }}>
                    {tPage('printFooter', {
                      board: meta?.title ?? '',
                      sheet: sheet.title,
                      date,
                      page: i + 1,
                      pages: sheets.length,
                    })}
                  </footer>
                </section>
              )
            })}
        </div>
      </FixedLocale>
    </div>
  )
}

/** In place of the editor when tldraw cannot draw the board: the page says so and stops waiting. */
const PrintRenderError: TLErrorFallbackComponent = () => {
  const fail = useContext(FailContext)
  useEffect(() => fail('renderFailed'), [fail])
  return null
}
const PRINT_COMPONENTS: TLComponents = { ErrorFallback: PrintRenderError }

function useWindowWidth(): number {
  const [width, setWidth] = useState(window.innerWidth)
  useEffect(() => {
    const onResize = () => setWidth(window.innerWidth)
    window.addEventListener('resize', onResize)
    return () => window.removeEventListener('resize', onResize)
  }, [])
  return width
}
