/**
 * Strings for trainers, in German: the heading copy-link control, the embed and presentation views,
 * the sharing block on every tool page, the ready-made example offerings and the trainers page.
 */
import type * as en from '../en/trainers';
import type { Translation } from '../types';

/** The heading copy-link control (loaded on demand). */
export const headingLinks: Translation<typeof en.headingLinks> = {
  copied: 'Link kopiert.',
  failed: 'Der Link ließ sich nicht kopieren; die Adressleiste zeigt ihn jetzt.',
};

/** The chrome-less embed view, its presentation mode, and the sharing block on a tool page. */
export const embedText: Translation<typeof en.embedText> = {
  description: (tool: string) =>
    `${tool} aus dem Handbuch CX Spectrum, für sich allein: zum Einbetten in eine andere Seite oder für den Beamer.`,
  openFull: 'Im Handbuch öffnen',
  readChapter: (title: string) => `Zum Kapitel: ${title}`,
  exitPresentation: 'Präsentation beenden',
  presentingLabel: 'Präsentationsansicht',
  shareLabel: 'Dieses Werkzeug teilen',
  present: 'Mit dem Beamer präsentieren',
  presentHint: 'Zeigt nur das Werkzeug, in großer Schrift und mit hohem Kontrast, samt Ihren Eingaben.',
  embedJump: 'In eine andere Seite einbetten',
  embedHeading: 'Dieses Werkzeug einbetten',
  embedIntro:
    'Fügen Sie diesen Code in eine Kursseite, eine Lernplattform oder jede andere Seite ein, die HTML erlaubt. Der Rahmen zeigt das Werkzeug ohne das Handbuch ringsum, gefüllt mit dem, was Sie hier eingegeben haben, und der Code folgt Ihren Änderungen.',
  embedLabel: 'Einbettungscode (HTML)',
  copyEmbed: 'Einbettungscode kopieren',
  embedCopied: 'Einbettungscode kopiert.',
  embedCopyFailed: 'Kopieren nicht möglich; der Code ist markiert, kopieren Sie ihn also mit der Tastatur.',
  frameTitle: (tool: string) => `${tool}, aus dem Handbuch CX Spectrum`,
};

/** The three ready-made example offerings a trainer can hand out. */
export const presetText: Translation<typeof en.presetText> = {
  'meal-kit': {
    title: 'Kochbox-Abo',
    summary:
      'Jede Woche eine Box mit Rezepten und abgewogenen Zutaten. Wöchentlich erlebt und einfach zu kaufen, verlangt sie doch, dass man anders plant und kocht.',
    offering: 'Kochbox-Abo',
    feature: 'Rezepttausch bis zwei Tage vor der Lieferung',
  },
  mortgage: {
    title: 'Baufinanzierung',
    summary:
      'Ein Darlehen für das erste Eigenheim. Ein- oder zweimal im Leben abgeschlossen, voller Entscheidungen, mit Wochen zwischen Angebot und Schlüsselübergabe.',
    offering: 'Baufinanzierung fürs erste Eigenheim',
    feature: 'Grundsätzliche Finanzierungszusage binnen eines Werktags',
  },
  'running-shoes': {
    title: 'Laufschuhe',
    summary:
      'Ein Paar Straßenlaufschuhe. Etwa einmal im Jahr gekauft, aber jede Woche getragen und gesehen, und mit ein wenig Beratung leicht auszuwählen.',
    offering: 'Laufschuhe',
    feature: 'Kostenlose Rückgabe auch nach dem ersten Lauf im Freien',
  },
};

/** Labels of the trainers page. */
export const trainersText: Translation<typeof en.trainersText> = {
  nav: 'Für Trainerinnen und Trainer',
  title: 'Für Trainerinnen und Trainer',
  description:
    'Ein Workshop von 60 bis 90 Minuten mit dem Handbuch: ein Ablauf, welche Links wann zu teilen sind, fertige Beispiele, eine Kano-Befragung mit der Gruppe und ein Raum ohne Internet.',
  /** Hidden words that finish a preset link's name for a screen reader, e.g. "Kano-Klassifikator für das Beispiel „Baufinanzierung“". */
  forExample: (title: string) => ` für das Beispiel „${title}“`,
  present: 'vorführen',
  presentHidden: (tool: string, title: string) => `: ${tool} für das Beispiel „${title}“`,
  presetTools: (title: string) => `${title}, in allen Werkzeugen`,
  linksCaption: 'Welche Links wann teilen',
  linksHead: { when: 'Wann', share: 'Was teilen', why: 'Warum' },
  surveyMode: 'Den Kano-Klassifikator in der Befragungsansicht öffnen',
  template: 'Kano-Vorlage herunterladen (CSV)',
  sectionLink: (text: string) => `Link zum Abschnitt: ${text}`,
};
