import { Hono } from 'hono'
import { HTTPException } from 'hono/http-exception'

import type { AppDeps, RouteDeps } from './AppDeps.ts'
import { boardVersionsRoute } from './routes/boardVersions.ts'
import { createBoardRoute } from './routes/createBoard.ts'
import { customTemplatesRoute } from './routes/customTemplates.ts'
import { createWorkshopRoute } from './routes/createWorkshop.ts'
import { getWorkshopRoute } from './routes/getWorkshop.ts'
import { rotateGroupKeysRoute } from './routes/rotateGroupKeys.ts'
import { workshopControlsRoute } from './routes/workshopControls.ts'
import { TemplateCatalogue } from './templates/TemplateCatalogue.ts'
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

/** The HTTP application: API routes, then the built client. */
export function createApp(appDeps: AppDeps): Hono {
  const deps: RouteDeps = {
    ...appDeps,
    templates: new TemplateCatalogue(appDeps.store),
    exporter: appDeps.exporter ?? new PdfExporter(appDeps.config.chromiumPath, appDeps.logger),
  }
  const app = new Hono()
  app.route('/', healthzRoute(deps))
  app.route('/', listTemplatesRoute(deps))
  app.route('/', getTemplatePreviewRoute(deps))
  app.route('/', customTemplatesRoute(deps))
  app.route('/', createBoardRoute(deps))
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
  if (deps.clientDir) app.route('/', serveClientRoute(deps.clientDir))

  app.notFound((c) => c.json({ error: 'not found' }, 404))
  // Every error leaves through here: HTTPExceptions keep their status and message,
  // anything else is logged and answered with a bare 500.
  app.onError((error, c) => {
    if (error instanceof HTTPException) return c.json({ error: error.message }, error.status)
    // The route pattern, not the path: paths carry board ids, which must not reach the logs.
    deps.logger.error({ err: error, route: c.req.routePath }, 'request failed')
    return c.json({ error: 'internal error' }, 500)
  })
  return app
}
