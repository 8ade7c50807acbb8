import { Hono } from 'hono'
import { HTTPException } from 'hono/http-exception'

import type { AppDeps, RouteDeps } from './AppDeps.ts'
import { errorCodeOf } from './http/apiProblem.ts'
import { rateLimit } from './http/rateLimit.ts'
import { securityHeaders } from './http/securityHeaders.ts'
import { boardVersionsRoute } from './routes/boardVersions.ts'
import { createBoardRoute } from './routes/createBoard.ts'
import { importBoardRoute } from './routes/importBoard.ts'
import { importTemplateRoute } from './routes/importTemplate.ts'
import { customTemplatesRoute } from './routes/customTemplates.ts'
import { createWorkshopRoute } from './routes/createWorkshop.ts'
import { getWorkshopRoute } from './routes/getWorkshop.ts'
import { rotateGroupKeysRoute } from './routes/rotateGroupKeys.ts'
import { workshopControlsRoute } from './routes/workshopControls.ts'
import { boardDraftsRoute } from './routes/boardDrafts.ts'
import { silentWritingControlsRoute } from './routes/silentWritingControls.ts'
import { SilentWriting } from './silent/SilentWriting.ts'
import { workshopAgendaRoute } from './routes/workshopAgenda.ts'
import { votesRoute } from './routes/votes.ts'
import { TemplateCatalogue } from './templates/TemplateCatalogue.ts'
import { LocalFanout } from './fanout/LocalFanout.ts'
import { PdfExporter } from './export/PdfExporter.ts'
import { exportBoardPdfRoute } from './routes/exportBoardPdf.ts'
import { getBoardAnswersRoute } from './routes/getBoardAnswers.ts'
import { getBoardRoute } from './routes/getBoard.ts'
import { getBoardSnapshotRoute } from './routes/getBoardSnapshot.ts'
import { getBoardThumbnailRoute } from './routes/getBoardThumbnail.ts'
import { getClientConfigRoute } from './routes/getClientConfig.ts'
import { healthzRoute } from './routes/healthz.ts'
import { getTemplatePreviewRoute } from './routes/getTemplatePreview.ts'
import { listTemplatesRoute } from './routes/listTemplates.ts'
import { serveClientRoute } from './routes/serveClient.ts'
import { setBoardLocaleRoute } from './routes/setBoardLocale.ts'

const TEN_MINUTES_S = 10 * 60
const VOTE_CASTS_PER_IP_PER_MINUTE = 1_200

/** The HTTP application: security headers and rate limits, API routes, then the built client. */
export function createApp(appDeps: AppDeps): Hono {
  const deps: RouteDeps = {
    ...appDeps,
    templates: new TemplateCatalogue(appDeps.store),
    exporter: appDeps.exporter ?? new PdfExporter(appDeps.config.chromiumPath, appDeps.logger),
    fanout: appDeps.fanout ?? new LocalFanout(),
    silent: new SilentWriting(appDeps.store, appDeps.rooms, appDeps.logger),
  }
  const { config } = deps
  const app = new Hono()
  app.use(securityHeaders(config.publicUrl))

  // Per-address budgets, before anything is read or written: creating is one budget across
  // boards, workshops and templates; PDF export another, since each one occupies Chromium.
  const creates = rateLimit({
    points: config.limits.createsPerIpPer10Min,
    windowSeconds: TEN_MINUTES_S,
    trustProxy: config.trustProxy,
    what: 'boards, workshops and templates created',
  })
  app.post('/api/boards', creates)
  app.post('/api/boards/import', creates)
  app.post('/api/workshops', creates)
  app.post('/api/templates', creates)
  app.post('/api/templates/import', creates)
  app.get(
    '/api/boards/:id/export.pdf',
    rateLimit({
      points: config.limits.exportsPerIpPer10Min,
      windowSeconds: TEN_MINUTES_S,
      trustProxy: config.trustProxy,
      what: 'PDF exports',
    }),
  )

  // Dots are cheap but each is stored: generous for a workshop behind one office address.
  app.post(
    '/api/boards/:id/votes',
    rateLimit({
      points: VOTE_CASTS_PER_IP_PER_MINUTE,
      windowSeconds: 60,
      trustProxy: config.trustProxy,
      what: 'dots cast',
    }),
  )

  app.route('/', healthzRoute(deps))
  app.route('/', listTemplatesRoute(deps))
  app.route('/', getTemplatePreviewRoute(deps))
  app.route('/', customTemplatesRoute(deps))
  app.route('/', createBoardRoute(deps))
  app.route('/', importBoardRoute(deps))
  app.route('/', importTemplateRoute(deps))
  app.route('/', getBoardSnapshotRoute(deps))
  app.route('/', getBoardAnswersRoute(deps))
  app.route('/', getBoardThumbnailRoute(deps))
  app.route('/', boardVersionsRoute(deps))
  app.route('/', exportBoardPdfRoute(deps))
  app.route('/', getBoardRoute(deps))
  app.route('/', setBoardLocaleRoute(deps))
  app.route('/', getClientConfigRoute(deps))
  app.route('/', createWorkshopRoute(deps))
  app.route('/', getWorkshopRoute(deps))
  app.route('/', rotateGroupKeysRoute(deps))
  app.route('/', workshopControlsRoute(deps))
  app.route('/', silentWritingControlsRoute(deps))
  app.route('/', boardDraftsRoute(deps))
  app.route('/', workshopAgendaRoute(deps))
  app.route('/', votesRoute(deps))
  if (deps.clientDir) app.route('/', serveClientRoute(deps.clientDir))

  app.notFound((c) => c.json({ error: 'not found', code: 'notFound' }, 404))
  // Every error leaves through here: HTTPExceptions keep their status and message,
  // anything else is logged and answered with a bare 500.
  app.onError((error, c) => {
    if (error instanceof HTTPException)
      return c.json({ error: error.message, code: errorCodeOf(error) }, error.status)
    // The route pattern, not the path: paths carry board ids, which must not reach the logs.
    deps.logger.error({ err: error, route: c.req.routePath }, 'request failed')
    return c.json({ error: 'internal error', code: 'internalError' }, 500)
  })
  return app
}
