import { z } from 'zod'

/** Settings the server hands the browser at start-up (`GET /api/client-config`). */
export const clientConfigSchema = z.object({
  tldrawLicenseKey: z.string().optional(),
})
export type ClientConfig = z.infer<typeof clientConfigSchema>
