import type { Locale } from '@bordduk/shared'

/** Every user-visible string of the client, in bokmål and English. */
const nb = {
  appName: 'Bordduk',
  tagline: 'Digitale bordduker for innovative anskaffelser',
  intro:
    'Planlegg anskaffelsen sammen på en felles tavle. Alle i møtet skriver lapper og tegner samtidig, og tavla lagres på kommunens egen server.',
  newBoard: 'Ny tavle',
  templatesHeading: 'Velg et verktøy',
  templatesIntro: 'Hver mal er en bordduk fra LUPs planleggingsverktøy, klar til å fylles med lapper.',
  createFromTemplate: 'Lag tavle',
  whenToUse: 'Når',
  previewOf: 'Oppsettet til {title}',
  sheetCount: '{n} ark',
  loadingTemplates: 'Henter maler …',
  creatingBoard: 'Lager tavle …',
  createFailed: 'Kunne ikke lage tavla. Prøv igjen.',
  language: 'Språk',
  mainNavigation: 'Hovedmeny',
  loadingBoard: 'Henter tavla …',
  boardNotFound: 'Fant ikke tavla. Sjekk lenken.',
  boardForbidden: 'Lenken mangler nøkkel eller nøkkelen er feil.',
  boardLoadFailed: 'Tavla kunne ikke lastes. Prøv igjen om litt.',
  boardTooNew: 'Tavla er lagret med en nyere versjon av Bordduk. Last inn siden på nytt.',
  reload: 'Last inn på nytt',
  backToStart: 'Til forsiden',
  statusConnected: 'Tilkoblet',
  statusConnecting: 'Kobler til …',
  statusReconnecting: 'Kobler til igjen …',
  statusOffline: 'Frakoblet – endringer lagres lokalt',
  statusSaving: 'Lagrer …',
  statusSavedAt: 'Lagret {time}',
  statusNothingSaved: 'Ingen endringer ennå',
  viewOnly: 'Kun visning',
  boardLanguage: 'Tavlespråk',
  boardLanguageFailed: 'Kunne ikke bytte språk',
  connectionStatus: 'Tilkoblingsstatus',
  guestName: 'Gjest {n}',
} as const

export type MessageKey = keyof typeof nb

const en: Record<MessageKey, string> = {
  appName: 'Bordduk',
  tagline: 'Digital tablecloths for innovative public procurement',
  intro:
    'Plan the procurement together on a shared board. Everyone in the meeting writes notes and draws at the same time, and the board is stored on your own server.',
  newBoard: 'New board',
  templatesHeading: 'Choose a tool',
  templatesIntro: 'Each template is a tablecloth from LUP’s planning tools, ready to fill with notes.',
  createFromTemplate: 'Create board',
  whenToUse: 'When',
  previewOf: 'Layout of {title}',
  sheetCount: '{n} sheets',
  loadingTemplates: 'Loading templates …',
  creatingBoard: 'Creating board …',
  createFailed: 'Could not create the board. Please try again.',
  language: 'Language',
  mainNavigation: 'Main navigation',
  loadingBoard: 'Loading the board …',
  boardNotFound: 'Board not found. Check the link.',
  boardForbidden: 'The link has no key or a wrong one.',
  boardLoadFailed: 'The board could not be loaded. Try again shortly.',
  boardTooNew: 'This board was saved by a newer version of Bordduk. Reload the page.',
  reload: 'Reload',
  backToStart: 'Back to start',
  statusConnected: 'Connected',
  statusConnecting: 'Connecting …',
  statusReconnecting: 'Reconnecting …',
  statusOffline: 'Offline – changes are kept on this device',
  statusSaving: 'Saving …',
  statusSavedAt: 'Saved {time}',
  statusNothingSaved: 'No changes yet',
  viewOnly: 'View only',
  boardLanguage: 'Board language',
  boardLanguageFailed: 'Could not change the language',
  connectionStatus: 'Connection status',
  guestName: 'Guest {n}',
}

export const MESSAGES: Record<Locale, Record<MessageKey, string>> = { nb, en }

/** Looks up a message and fills `{name}` placeholders. */
export function translate(
  locale: Locale,
  key: MessageKey,
  values: Record<string, string | number> = {},
): string {
  return MESSAGES[locale][key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`))
}
