/** Starting a board from a `.tldr` file on the start page, and why the server refused one. */
export const importTldrMessages = {
  nb: {
    importHeading: 'Importer en tavle',
    importIntro:
      'Har du en .tldr-fil fra tldraw eller eksportert fra Bordduk? Start en ny tavle med innholdet, eller lagre den som egen mal (høyst 5 MB).',
    importLabel: 'Importer .tldr-fil',
    importBusy: 'Importerer …',
    importFailed: 'Fila kunne ikke importeres: {reason}',
    apiErrorNotTldrFile: 'Fila er ikke en tldraw-fil.',
    apiErrorTldrSchemaTooNew:
      'Fila er laget med en nyere tldraw enn denne tjeneren kjenner, eller har figurer den ikke kjenner.',
    apiErrorTldrInvalidRecord: 'Fila har innhold som ikke er gyldig i tldraw.',
  },
  nn: {
    importHeading: 'Importer ei tavle',
    importIntro:
      'Har du ei .tldr-fil frå tldraw eller eksportert frå Bordduk? Start ei ny tavle med innhaldet, eller lagre ho som eigen mal (høgst 5 MB).',
    importLabel: 'Importer .tldr-fil',
    importBusy: 'Importerer …',
    importFailed: 'Fila kunne ikkje importerast: {reason}',
    apiErrorNotTldrFile: 'Fila er ikkje ei tldraw-fil.',
    apiErrorTldrSchemaTooNew:
      'Fila er laga med ein nyare tldraw enn denne tenaren kjenner, eller har figurar han ikkje kjenner.',
    apiErrorTldrInvalidRecord: 'Fila har innhald som ikkje er gyldig i tldraw.',
  },
  en: {
    importHeading: 'Import a board',
    importIntro:
      'Have a .tldr file from tldraw, or one exported from Bordduk? Start a new board with its contents, or save it as your own template (at most 5 MB).',
    importLabel: 'Import .tldr file',
    importBusy: 'Importing …',
    importFailed: 'The file could not be imported: {reason}',
    apiErrorNotTldrFile: 'The file is not a tldraw file.',
    apiErrorTldrSchemaTooNew:
      'The file was made by a newer tldraw than this server knows, or has shapes it does not know.',
    apiErrorTldrInvalidRecord: 'The file has contents that are not valid in tldraw.',
  },
  sv: {
    importHeading: 'Importera en tavla',
    importIntro:
      'Har du en .tldr-fil från tldraw eller exporterad från Bordduk? Starta en ny tavla med innehållet, eller spara den som egen mall (högst 5 MB).',
    importLabel: 'Importera .tldr-fil',
    importBusy: 'Importerar …',
    importFailed: 'Filen kunde inte importeras: {reason}',
    apiErrorNotTldrFile: 'Filen är inte en tldraw-fil.',
    apiErrorTldrSchemaTooNew:
      'Filen är skapad med en nyare tldraw än den här servern känner till, eller har former den inte känner till.',
    apiErrorTldrInvalidRecord: 'Filen har innehåll som inte är giltigt i tldraw.',
  },
} as const
