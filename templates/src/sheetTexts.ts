import type { Locale } from '@bordduk/shared'

/** Labels of the free fields every sheet's header has, in the board's language. */
export const HEADER_FIELD_LABELS: Record<Locale, string[]> = {
  nb: ['Anskaffelse', 'Dato og deltakere'],
  nn: ['Anskaffing', 'Dato og deltakarar'],
  en: ['Procurement', 'Date and participants'],
  sv: ['Upphandling', 'Datum och deltagare'],
}
