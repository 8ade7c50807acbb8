/** Saving a `.tldr` file as a custom template from the start page's import form. */
export const templateImportMessages = {
  nb: {
    importAsLegend: 'Hva skal fila bli?',
    importAsBoard: 'Start en tavle',
    importAsTemplate: 'Lagre som mal',
    importTemplateOwner: 'Workshop som eier malen',
    importTemplateOwnerHint:
      'Malen blir synlig i malgalleriet for alle. Du kan endre og slette den fra oversikten til workshopen.',
    importTemplateNeedsWorkshop:
      'For å lagre en mal trenger du en workshop laget i denne nettleseren: malgalleriet er åpent for alle, så bare tilretteleggere kan legge til maler.',
    importTemplateLabel: 'Velg .tldr-fil for malen',
    importTemplateSaved: 'Malen «{title}» er lagret i malgalleriet.',
    importTemplateOpenDashboard: 'Åpne oversikten til workshopen',
  },
  nn: {
    importAsLegend: 'Kva skal fila bli?',
    importAsBoard: 'Start ei tavle',
    importAsTemplate: 'Lagre som mal',
    importTemplateOwner: 'Workshop som eig malen',
    importTemplateOwnerHint:
      'Malen blir synleg i malgalleriet for alle. Du kan endre og slette han frå oversikta til workshopen.',
    importTemplateNeedsWorkshop:
      'For å lagre ein mal treng du ein workshop laga i denne nettlesaren: malgalleriet er ope for alle, så berre tilretteleggjarar kan leggje til malar.',
    importTemplateLabel: 'Vel .tldr-fil for malen',
    importTemplateSaved: 'Malen «{title}» er lagra i malgalleriet.',
    importTemplateOpenDashboard: 'Opne oversikta til workshopen',
  },
  en: {
    importAsLegend: 'What should the file become?',
    importAsBoard: 'Start a board',
    importAsTemplate: 'Save as template',
    importTemplateOwner: 'Workshop that owns the template',
    importTemplateOwnerHint:
      "The template appears in the gallery for everyone. You can edit and delete it from the workshop's overview.",
    importTemplateNeedsWorkshop:
      'Saving a template needs a workshop made in this browser: the template gallery is open to everyone, so only facilitators can add to it.',
    importTemplateLabel: 'Choose a .tldr file for the template',
    importTemplateSaved: 'The template “{title}” is saved in the gallery.',
    importTemplateOpenDashboard: "Open the workshop's overview",
  },
  sv: {
    importAsLegend: 'Vad ska filen bli?',
    importAsBoard: 'Starta en tavla',
    importAsTemplate: 'Spara som mall',
    importTemplateOwner: 'Workshop som äger mallen',
    importTemplateOwnerHint:
      'Mallen syns i mallgalleriet för alla. Du kan ändra och ta bort den från workshopens översikt.',
    importTemplateNeedsWorkshop:
      'För att spara en mall behöver du en workshop som skapats i den här webbläsaren: mallgalleriet är öppet för alla, så bara facilitatorer kan lägga till mallar.',
    importTemplateLabel: 'Välj .tldr-fil för mallen',
    importTemplateSaved: 'Mallen ”{title}” är sparad i mallgalleriet.',
    importTemplateOpenDashboard: 'Öppna workshopens översikt',
  },
} as const
