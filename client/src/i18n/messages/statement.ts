/**
 * The accessibility statement (`/tilgjengelighet`). It speaks for Bordduk, the software; what
 * only the host can say (who runs the service, their own tests) is marked as theirs to add.
 */
export const statementMessages = {
  nb: {
    statementTitle: 'Tilgjengelighetserklæring for Bordduk',
    statementIntro:
      'Denne siden gjelder Bordduk, programvaren tjenesten er laget med. Den sier hva Bordduk selv gjør for universell utforming, og hva som ikke er på plass ennå. Virksomheten som drifter tjenesten, er ansvarlig for den og for det som gjelder egen drift.',
    statementStandardHeading: 'Standard',
    statementStandard:
      'Bordduk skal oppfylle WCAG 2.1 på nivå AA, som forskrift om universell utforming av informasjons- og kommunikasjonsteknologiske (IKT-)løsninger krever.',
    statementConformsHeading: 'Dette er på plass',
    statementConforms1:
      'Tekst har minst 4,5:1 i kontrast mot bakgrunnen, og kanter og fokusmarkering minst 3:1. Farge står aldri alene: status, tidtaker og lappfarger har også tekst.',
    statementConforms2:
      'Alle knapper og felt utenfor tegneflaten kan brukes med tastatur og har navn som skjermlesere leser opp.',
    statementConforms3:
      'Endringer du ikke har bedt om, leses opp på ett sted: forbindelsen, at arbeid gjort uten nett er lagret, at tiden er ute, meldinger fra tilretteleggeren og at noen kommer inn på tavla.',
    statementConforms4:
      'Grensesnittet finnes på bokmål, nynorsk, engelsk og svensk, og siden oppgir hvilket språk den er på.',
    statementDeviationsHeading: 'Kjente avvik',
    statementDeviation1:
      'Frihåndstegning på tegneflaten har ikke noe alternativ for tastatur. Lapper og tekst kan legges til med tastatur.',
    statementDeviation2:
      'Tegneflaten er grafisk. Med skjermleser fungerer tavla best i disposisjonsvisningen, som viser ark, felt og lapper som tekst.',
    statementDeviation3:
      'Tegneverktøyet bygger på tldraw. Menyene og verktøylinjene derfra har vi ikke testet mot alle suksesskriteriene.',
    statementDeviation4:
      'PDF-filer for utskrift er laget for papir og er ikke kontrollert som tilgjengelige dokumenter.',
    statementHostHeading: 'Fylles ut av virksomheten',
    statementHost:
      'Virksomheten som drifter tjenesten, fyller ut hvem som har ansvaret, hvordan og når tjenesten er testet, og avvik i egen drift. Offentlige virksomheter skal også publisere en tilgjengelighetserklæring i løsningen til Tilsynet for universell utforming av IKT; denne siden erstatter ikke den.',
    statementReportHeading: 'Meld fra om feil',
    statementReportIntro:
      'Får du ikke brukt noe i Bordduk, eller finner du en feil i denne erklæringen? Si fra, så retter vi det eller finner en annen løsning for deg.',
    statementReportContact: 'Kontakt:',
    statementReportNoContact: 'Kontaktadresse: fylles ut av virksomheten.',
    statementComplaint:
      'Får du ikke svar, eller er du ikke fornøyd med svaret, kan du klage til Tilsynet for universell utforming av IKT (uutilsynet.no).',
    statementUpdated: 'Erklæringen ble sist oppdatert {date}.',
  },
  nn: {
    statementTitle: 'Tilgjengelegheitserklæring for Bordduk',
    statementIntro:
      'Denne sida gjeld Bordduk, programvaren tenesta er laga med. Ho seier kva Bordduk sjølv gjer for universell utforming, og kva som ikkje er på plass enno. Verksemda som driftar tenesta, er ansvarleg for henne og for det som gjeld eiga drift.',
    statementStandardHeading: 'Standard',
    statementStandard:
      'Bordduk skal oppfylle WCAG 2.1 på nivå AA, som forskrift om universell utforming av informasjons- og kommunikasjonsteknologiske (IKT-)løysingar krev.',
    statementConformsHeading: 'Dette er på plass',
    statementConforms1:
      'Tekst har minst 4,5:1 i kontrast mot bakgrunnen, og kantar og fokusmarkering minst 3:1. Farge står aldri åleine: status, tidtakar og lappfargar har òg tekst.',
    statementConforms2:
      'Alle knappar og felt utanfor teikneflata kan brukast med tastatur og har namn som skjermlesarar les opp.',
    statementConforms3:
      'Endringar du ikkje har bede om, blir lesne opp på éin stad: sambandet, at arbeid gjort utan nett er lagra, at tida er ute, meldingar frå tilretteleggjaren og at nokon kjem inn på tavla.',
    statementConforms4:
      'Grensesnittet finst på bokmål, nynorsk, engelsk og svensk, og sida oppgir kva språk ho er på.',
    statementDeviationsHeading: 'Kjende avvik',
    statementDeviation1:
      'Frihandsteikning på teikneflata har ikkje noko alternativ for tastatur. Lappar og tekst kan leggjast til med tastatur.',
    statementDeviation2:
      'Teikneflata er grafisk. Med skjermlesar fungerer tavla best i disposisjonsvisinga, som viser ark, felt og lappar som tekst.',
    statementDeviation3:
      'Teikneverktøyet byggjer på tldraw. Menyane og verktøylinjene derifrå har vi ikkje testa mot alle suksesskriteria.',
    statementDeviation4:
      'PDF-filer for utskrift er laga for papir og er ikkje kontrollerte som tilgjengelege dokument.',
    statementHostHeading: 'Blir fylt ut av verksemda',
    statementHost:
      'Verksemda som driftar tenesta, fyller ut kven som har ansvaret, korleis og når tenesta er testa, og avvik i eiga drift. Offentlege verksemder skal òg publisere ei tilgjengelegheitserklæring i løysinga til Tilsynet for universell utforming av IKT; denne sida erstattar ikkje den.',
    statementReportHeading: 'Meld frå om feil',
    statementReportIntro:
      'Får du ikkje brukt noko i Bordduk, eller finn du ein feil i denne erklæringa? Sei frå, så rettar vi det eller finn ei anna løysing for deg.',
    statementReportContact: 'Kontakt:',
    statementReportNoContact: 'Kontaktadresse: blir fylt ut av verksemda.',
    statementComplaint:
      'Får du ikkje svar, eller er du ikkje nøgd med svaret, kan du klage til Tilsynet for universell utforming av IKT (uutilsynet.no).',
    statementUpdated: 'Erklæringa vart sist oppdatert {date}.',
  },
  en: {
    statementTitle: 'Accessibility statement for Bordduk',
    statementIntro:
      'This page covers Bordduk, the software this service is built with. It says what Bordduk itself does for accessibility and what is not in place yet. The organisation that runs the service is responsible for it and for anything that concerns how they run it.',
    statementStandardHeading: 'Standard',
    statementStandard:
      'Bordduk aims to meet WCAG 2.1 at level AA, as required by the Norwegian regulation on universal design of information and communication technology (ICT) solutions.',
    statementConformsHeading: 'What is in place',
    statementConforms1:
      'Text has a contrast of at least 4.5:1 against its background, and edges and focus indicators at least 3:1. Colour never stands alone: status, timer and note colours also have text.',
    statementConforms2:
      'Every button and field outside the drawing canvas works with the keyboard and has a name that screen readers read out.',
    statementConforms3:
      'Changes you did not ask for are read out in one place: the connection, work done offline being stored, the time running out, messages from the facilitator and someone joining the board.',
    statementConforms4:
      'The interface is available in Norwegian Bokmål, Norwegian Nynorsk, English and Swedish, and each page states its language.',
    statementDeviationsHeading: 'Known deviations',
    statementDeviation1:
      'Freehand drawing on the canvas has no keyboard equivalent. Notes and text can be added with the keyboard.',
    statementDeviation2:
      'The canvas is graphical. With a screen reader the board works best in the outline view, which lists sheets, sections and notes as text.',
    statementDeviation3:
      'The drawing tool is built on tldraw. We have not tested its menus and toolbars against every success criterion.',
    statementDeviation4:
      'PDF files for printing are made for paper and are not checked as accessible documents.',
    statementHostHeading: 'To be completed by the host',
    statementHost:
      'The organisation that runs the service adds who is responsible, how and when the service was tested, and any deviations in how they run it. Public bodies in Norway must also publish an accessibility statement through the Authority for Universal Design of ICT (Uutilsynet); this page does not replace it.',
    statementReportHeading: 'Report a problem',
    statementReportIntro:
      'Is there something in Bordduk you cannot use, or an error in this statement? Tell us, and we will fix it or find another way for you.',
    statementReportContact: 'Contact:',
    statementReportNoContact: 'Contact address: to be completed by the host.',
    statementComplaint:
      'If you get no answer, or are not satisfied with it, you can complain to the Authority for Universal Design of ICT (uutilsynet.no).',
    statementUpdated: 'This statement was last updated on {date}.',
  },
  sv: {
    statementTitle: 'Tillgänglighetsredogörelse för Bordduk',
    statementIntro:
      'Den här sidan gäller Bordduk, programvaran som tjänsten är byggd med. Den beskriver vad Bordduk själv gör för tillgänglighet och vad som ännu inte är på plats. Organisationen som driver tjänsten ansvarar för den och för det som gäller den egna driften.',
    statementStandardHeading: 'Standard',
    statementStandard:
      'Bordduk ska uppfylla WCAG 2.1 på nivå AA, som den norska förordningen om universell utformning av informations- och kommunikationstekniska (IKT-)lösningar kräver.',
    statementConformsHeading: 'Detta är på plats',
    statementConforms1:
      'Text har minst 4,5:1 i kontrast mot bakgrunden, och kanter och fokusmarkeringar minst 3:1. Färg står aldrig ensam: status, timer och lappfärger har också text.',
    statementConforms2:
      'Alla knappar och fält utanför ritytan går att använda med tangentbord och har namn som skärmläsare läser upp.',
    statementConforms3:
      'Ändringar du inte har bett om läses upp på ett ställe: anslutningen, att arbete gjort utan nät är sparat, att tiden är ute, meddelanden från handledaren och att någon kommer in på tavlan.',
    statementConforms4:
      'Gränssnittet finns på norskt bokmål, nynorska, engelska och svenska, och varje sida anger sitt språk.',
    statementDeviationsHeading: 'Kända avvikelser',
    statementDeviation1:
      'Frihandsritning på ritytan saknar motsvarighet för tangentbord. Lappar och text kan läggas till med tangentbord.',
    statementDeviation2:
      'Ritytan är grafisk. Med skärmläsare fungerar tavlan bäst i dispositionsvyn, som visar ark, fält och lappar som text.',
    statementDeviation3:
      'Ritverktyget bygger på tldraw. Vi har inte testat dess menyer och verktygsfält mot alla framgångskriterier.',
    statementDeviation4:
      'PDF-filer för utskrift är gjorda för papper och är inte granskade som tillgängliga dokument.',
    statementHostHeading: 'Fylls i av organisationen',
    statementHost:
      'Organisationen som driver tjänsten fyller i vem som ansvarar, hur och när tjänsten har testats och avvikelser i den egna driften. Offentliga organisationer i Norge ska också publicera en tillgänglighetsredogörelse i tillsynsmyndighetens (Uutilsynet) lösning; den här sidan ersätter inte den.',
    statementReportHeading: 'Rapportera ett problem',
    statementReportIntro:
      'Finns det något i Bordduk som du inte kan använda, eller ett fel i den här redogörelsen? Säg till, så rättar vi det eller hittar en annan lösning åt dig.',
    statementReportContact: 'Kontakt:',
    statementReportNoContact: 'Kontaktadress: fylls i av organisationen.',
    statementComplaint:
      'Får du inget svar, eller är du inte nöjd med svaret, kan du klaga till den norska tillsynsmyndigheten för universell utformning av IKT (uutilsynet.no).',
    statementUpdated: 'Redogörelsen uppdaterades senast {date}.',
  },
} as const
