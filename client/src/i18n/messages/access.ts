/** Announcements to screen readers and the way to the accessibility statement. */
export const accessMessages = {
  nb: {
    announceOfflineSaved: 'Endringene du gjorde uten forbindelse, er nå lagret på serveren.',
    announcePeerJoined: '{name} kom inn på tavla.',
    announcePeerLeft: '{name} gikk ut av tavla.',
    announceMessage: 'Melding fra tilretteleggeren: {text}',
    accessibilityStatement: 'Tilgjengelighetserklæring',
    footerNavigation: 'Om tjenesten',
  },
  nn: {
    announceOfflineSaved: 'Endringane du gjorde utan samband, er no lagra på tenaren.',
    announcePeerJoined: '{name} kom inn på tavla.',
    announcePeerLeft: '{name} gjekk ut av tavla.',
    announceMessage: 'Melding frå tilretteleggjaren: {text}',
    accessibilityStatement: 'Tilgjengelegheitserklæring',
    footerNavigation: 'Om tenesta',
  },
  en: {
    announceOfflineSaved: 'The changes you made while offline are now stored on the server.',
    announcePeerJoined: '{name} joined the board.',
    announcePeerLeft: '{name} left the board.',
    announceMessage: 'Message from the facilitator: {text}',
    accessibilityStatement: 'Accessibility statement',
    footerNavigation: 'About the service',
  },
  sv: {
    announceOfflineSaved: 'Ändringarna du gjorde utan anslutning är nu sparade på servern.',
    announcePeerJoined: '{name} kom in på tavlan.',
    announcePeerLeft: '{name} lämnade tavlan.',
    announceMessage: 'Meddelande från handledaren: {text}',
    accessibilityStatement: 'Tillgänglighetsredogörelse',
    footerNavigation: 'Om tjänsten',
  },
} as const
