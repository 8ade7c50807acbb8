import { z } from 'zod'

/** Settings the server hands the browser at start-up (`GET /api/client-config`). */
export const clientConfigSchema = z.object({
  tldrawLicenseKey: z.string().optional(),
  /** Where to report an accessibility problem: an e-mail address or an http(s) URL. */
  accessibilityContact: z
    .string()
    .refine((value) => isAccessibilityContact(value), 'an e-mail address or an http(s) URL')
    .optional(),
})
export type ClientConfig = z.infer<typeof clientConfigSchema>

/** An e-mail address or an http(s) URL: the only contacts the statement page links to. */
export function isAccessibilityContact(value: string): boolean {
  if (/^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(value)) return true
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:'
  } catch {
    return false
  }
}
