import type { Config } from './config.ts'
import type { PdfExporter } from './export/PdfExporter.ts'
import type { Fanout } from './fanout/Fanout.ts'
import type { Logger } from './logger.ts'
import type { RoomRegistry } from './rooms/RoomRegistry.ts'
import type { SilentWriting } from './silent/SilentWriting.ts'
import type { Store } from './storage/Store.ts'
import type { TemplateCatalogue } from './templates/TemplateCatalogue.ts'

/** What the HTTP routes need from the running server. */
export interface AppDeps {
  config: Config
  store: Store
  rooms: RoomRegistry
  logger: Logger
  /** Folder of the built client (index.html and assets); undefined serves no UI. */
  clientDir: string | undefined
  /** PDF export through headless Chromium (absent in tests that do not export). */
  exporter?: PdfExporter
  /** The other instances (absent: this process is the only one). */
  fanout?: Fanout
}

/** What each route receives: the server's parts plus the template catalogue built on the store. */
export interface RouteDeps extends AppDeps {
  templates: TemplateCatalogue
  exporter: PdfExporter
  fanout: Fanout
  /** Silent writing: held-back notes, their reveal and its timers. */
  silent: SilentWriting
}
