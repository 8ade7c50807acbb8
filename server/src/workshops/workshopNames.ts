import type { Locale } from '@bordduk/shared'

const GROUP = { nb: 'Gruppe', nn: 'Gruppe', en: 'Group', sv: 'Grupp' } as const satisfies Record<
  Locale,
  string
>

/** "Gruppe 3" / "Group 3": how a workshop's boards are named for the room. */
export function groupName(locale: Locale, index: number): string {
  return `${GROUP[locale]} ${index + 1}`
}

/** Names of the versions saved automatically when a workshop starts and ends. */
export const WORKSHOP_VERSION_NAMES: Record<Locale, { start: string; end: string }> = {
  nb: { start: 'Workshop start', end: 'Workshop slutt' },
  nn: { start: 'Workshop start', end: 'Workshop slutt' },
  en: { start: 'Workshop start', end: 'Workshop end' },
  sv: { start: 'Workshop start', end: 'Workshop slut' },
}
