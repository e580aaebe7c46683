/** Every string of the offering profile (/profile/), in German. */

import { plainNumber } from '../../lib/number-input';
import type * as en from '../en/profile';
import { formatFixed, formatNumber } from '../format';
import { shorten } from '../quote';
import type { Translation } from '../types';

/** German ordinals in the dative feminine, as in „an dritter Stelle“; past six, „an 7. Stelle“. */
const ORDINALS = ['erster', 'zweiter', 'dritter', 'vierter', 'fünfter', 'sechster'] as const;
const ordinal = (n: number) => ORDINALS[n - 1] ?? `${n}.`;
const places = (n: number) => `${n} ${n === 1 ? 'Stelle' : 'Stellen'}`;
const list = (items: readonly string[]) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} und ${items[items.length - 1]}`;
/** Untrusted text, shortened as `quote` does, in German quotation marks. */
const q = (raw: string) => `„${shorten(raw)}“`;

/** Counts and limits, written without Intl: a form's hints show them as soon as it renders. */
const num = (n: number) => plainNumber(n, { decimal: ',', group: '.', maxFractionDigits: 3 });
const kb = (bytes: number) => `${formatNumber(Math.round(bytes / 1024), { max: 0 }, 'de-DE')} KB`;
const mb = (bytes: number) => `${formatFixed(bytes / (1024 * 1024), 1, 'de-DE')}\u00a0MB`;

export const profileText: Translation<typeof en.profileText> = {
  navLabel: 'Angebotsprofil',
  blurb:
    'an einem Ort sammeln, was jedes Werkzeug über ein Angebot sagt, die vier Fragen beantworten, vergleichen, ein Handout drucken.',
  title: 'Angebotsprofil',
  description:
    'Sammeln Sie, was Sie in den Werkzeugen zu einem Angebot eingegeben haben, beantworten Sie die vier Fragen in eigenen Worten, vergleichen Sie Angebote, drucken Sie ein einseitiges Handout und speichern Sie alles als Datei.',
  lead: 'Eine Seite für ein Angebot: Ihre Antworten auf die vier Fragen und was Spektrum-Raster, Wert-Quiz, Kano-Klassifikator und Unsicherheitsrechner darüber sagen; dazu, wer für welchen Kontaktpunkt mit Kunden zuständig ist und wo Sie anfangen. Halten Sie bis zu drei Angebote fest und vergleichen Sie sie.',
  privacy: 'Alles bleibt in diesem Browser, bis Sie es als Datei exportieren.',
  islandLabel: 'Angebotsprofil',

  offerings: {
    legend: 'Angezeigtes Angebot',
    unnamed: (n: number) => `Angebot ${n}`,
    nameLabel: 'Name des Angebots',
    nameHint: 'Zum Beispiel „Kochbox-Abo“. Unter demselben Namen findet sich das Angebot im Spektrum-Raster.',
    add: 'Angebot hinzufügen',
    max: (n: number) => `Ein Profil fasst bis zu ${n} Angebote.`,
    remove: 'Dieses Angebot entfernen',
    clear: 'Dieses Angebot leeren',
    added: (name: string) => `${name} hinzugefügt und angezeigt.`,
    removed: (name: string) => `${name} entfernt.`,
    cleared: (name: string) => `${name} geleert.`,
    restored: (name: string) => `${name} wiederhergestellt.`,
  },

  take: {
    heading: 'Aus den Werkzeugen übernehmen',
    undoable: (name: string) =>
      `${name} aus den Werkzeugen ausgefüllt; „Rückgängig“ stellt den vorherigen Inhalt wieder her.`,
    intro:
      'Übernimmt in das angezeigte Angebot, was jedes Werkzeug in diesem Browser gespeichert hat. Werkzeuge, die Sie nicht genutzt oder abgewählt haben, bleiben außen vor.',
    legend: 'Werkzeuge, aus denen übernommen wird',
    button: 'Aus den Werkzeugen übernehmen',
    taken: (tools: string) => `Übernommen aus: ${tools}.`,
    nothing: (tools: string) => `Noch nichts gespeichert in: ${tools}.`,
    noneChosen: 'Wählen Sie mindestens ein Werkzeug aus.',
    gridMatched: (name: string) => `Im Spektrum-Raster wurde das Angebot ${q(name)} verwendet.`,
    gridOther: (name: string, grid: string) =>
      `Das Spektrum-Raster hat kein Angebot namens ${q(name)}; verwendet wurde das dort ausgewählte, ${q(grid)}.`,
    gridSelected: (grid: string) => `Im Spektrum-Raster wurde das dort ausgewählte Angebot ${q(grid)} verwendet.`,
    named: (name: string) => `Das Angebot heißt jetzt ${q(name)}, wie in den Werkzeugen.`,
    list: (items: readonly string[]) => list(items),
  },

  questions: {
    heading: 'Vier Fragen',
    intro:
      'Gegen Ende seines Essays über das Spektrum stellt McDonald (Part 2, 2012) jedem Angebot vier Fragen. Beantworten Sie sie in eigenen Worten; die Werkzeuge unten liefern die Belege.',
    count: (used: number, max: number) => `${num(used)} von ${num(max)} Zeichen`,
    labels: {
      frequency: 'Wie oft begegnen Kunden dem Angebot?',
      complexity: 'Wie komplex ist es?',
      value: 'Wie schafft es Wert für Kunden?',
      realise: 'Wie kommen Kunden zu diesem Wert?',
    },
    hints: {
      frequency: 'Zählen Sie Kauf und Begegnung im Alltag: mehrmals täglich, wöchentlich, einmal in zehn Jahren.',
      complexity: 'Wie viele Entscheidungen und wie viel Umgewöhnung zwischen dem Kauf und seinem Wert liegen.',
      value: 'Welche Wertquellen es tragen: ein Problem lösen, eine Chance eröffnen, sich gut fühlen, gut dastehen.',
      realise: 'Wann und wie der Wert ankommt, wie sich das Warten anfühlt und wer unterwegs hilft.',
    },
    empty: 'Noch nicht beantwortet.',
  },

  tools: {
    heading: 'Was die Werkzeuge sagen',
    notTaken:
      'Aus diesem Werkzeug wurde noch nichts übernommen. Nutzen Sie es und wählen Sie dann „Aus den Werkzeugen übernehmen“.',
    summaryLabel: (tool: string) => `${tool}: Zusammenfassung`,
  },

  grid: {
    offering: 'Angebot im Raster',
    position: 'Position',
    inWords: 'In Worten',
    region: 'Feld',
    lead: 'Voraussichtlich stärkste Wertquellen',
    anxiety: 'Anfälligkeit für die Unsicherheitslücke',
    others: (n: number) =>
      `Das Raster enthält ${n} ${n === 1 ? 'Angebot' : 'Angebote'}; dieses Profil nutzt das hier gezeigte.`,
    chartLabel: (name: string, position: string) =>
      `Streudiagramm der Fläche aus Komplexität und Häufigkeit mit ${name} bei ${position}. Die Liste daneben sagt dasselbe in Worten.`,
    xAxis: 'Häufigkeit (0 bis 10)',
    yAxis: 'Komplexität (0 bis 10)',
    span: 'Spanne',
  },

  quiz: {
    offering: 'Angebot im Quiz',
    unnamed: '(kein Name angegeben)',
    answered: 'Beantwortete Aussagen',
    answeredValue: (done: number, total: number) => `${done} von ${total}`,
    notScored: 'noch nicht ausgewertet',
    shape: 'Form',
    shapes: {
      low: 'Bei allen Wertquellen niedrig',
      functional: 'Schwerpunkt auf dem, was es leistet',
      expressive: 'Schwerpunkt auf Gefühl und Wirkung',
      broad: 'Breit: Alle Wertquellen schneiden gut ab',
      balanced: 'Ausgewogen',
    },
    incomplete: 'Das Diagramm erscheint, sobald jede Wertquelle mindestens zwei Antworten hat.',
    chartLabel: (name: string, scores: string) =>
      `Balkendiagramm des Wertprofils${name ? ` von ${name}` : ''}: ${scores}. Die Liste daneben nennt dieselben Zahlen.`,
    axis: 'Punktzahl (0 bis 100)',
  },

  kano: {
    feature: 'Merkmal',
    unnamed: '(ohne Namen)',
    functional: 'Mit dem Merkmal',
    dysfunctional: 'Ohne das Merkmal',
    notAnswered: 'nicht beantwortet',
    category: 'Kategorie',
    pending: 'im Klassifikator beide Antworten wählen',
    survey:
      'Der Klassifikator stand zuletzt in der Befragungsansicht. Befragungsergebnisse bleiben im Klassifikator; das Profil übernimmt nur das einzelne Antwortpaar.',
  },

  anxiety: {
    today: 'Verunsicherungsindex heute',
    changed: 'Verunsicherungsindex mit Änderungen',
    index: (n: string, band: string) => `${n} von 100 (${band.toLocaleLowerCase('de-DE')})`,
    driver: 'Stärkster Treiber heute',
    gap: 'Zeit bis zum Wertmoment heute',
    noDriver: 'keiner',
    chartLabel: (today: string, changed: string) =>
      `Liniendiagramm der Verunsicherung vom Kauf bis über den Wertmoment hinaus: Der Höchstwert liegt heute bei ${today}, mit Änderungen bei ${changed}. Die Sätze darunter beschreiben beide Kurven.`,
  },

  functions: {
    support: 'Kundenservice',
    product: 'Produktentwicklung',
    logistics: 'Einkauf und Logistik',
    sales: 'Vertrieb',
    marketing: 'Marketing',
    operations: 'Betrieb',
  },

  ownership: {
    heading: 'Zuständigkeitskarte',
    intro:
      'Nennen Sie für jeden Kontaktpunkt mit dem Angebot die eine Abteilung, die dafür zuständig ist, die Abteilungen, deren Fachleute mitwirken, und wer in sozialen Kanälen dafür spricht.',
    ours: 'Unsere Lesart: Die Aufteilung in Zuständige, Mitwirkende und eine Stimme stammt von diesem Handbuch. Sie baut auf dem Argument der Kolumne in Strictly Marketing auf, dass Fachleute außerhalb des Marketings vernetzte Kunden oft besser bedienen als das Marketing selbst. Siehe das Kapitel',
    chapterLink: 'Wer für soziale Medien zuständig sein soll',
    suggested: [
      'Fragen vor dem Kauf',
      'Bestellen und Bezahlen',
      'Lieferung oder Einrichtung',
      'Der Einstieg',
      'Probleme und Beschwerden',
      'Verlängerung oder erneuter Kauf',
      'Lob und Erfahrungsberichte',
    ],
    addSuggested: 'Übliche Kontaktpunkte hinzufügen',
    addedSuggested: (n: number) =>
      n === 0
        ? 'Die üblichen Kontaktpunkte stehen schon auf der Karte.'
        : `${n} ${n === 1 ? 'Kontaktpunkt' : 'Kontaktpunkte'} hinzugefügt.`,
    newLabel: 'Neuer Kontaktpunkt',
    newHint: 'Wo Kunden dem Angebot begegnen, zum Beispiel „Fragen zur Lieferung“ oder „der erste Monat der Nutzung“.',
    add: 'Kontaktpunkt hinzufügen',
    added: (name: string) => `${name} zur Zuständigkeitskarte hinzugefügt.`,
    needName: 'Geben Sie zuerst einen Namen für den Kontaktpunkt ein.',
    max: (n: number) => `Die Karte fasst bis zu ${n} Kontaktpunkte.`,
    empty: 'Noch keine Kontaktpunkte. Fügen Sie eigene hinzu oder beginnen Sie mit den üblichen.',
    unnamed: (n: number) => `Kontaktpunkt ${n}`,
    name: 'Name des Kontaktpunkts',
    owner: 'Zuständig (steht dafür ein)',
    ownerNone: 'Noch nicht entschieden',
    contributors: 'Wirkt mit (Fachleute, die helfen)',
    voices: 'Spricht in sozialen Kanälen dafür',
    remove: 'Entfernen',
    removeLabel: (name: string) => `${name} entfernen`,
    removed: (name: string) => `${name} von der Zuständigkeitskarte entfernt.`,
    gaps: { 'no-name': 'kein Name', 'no-owner': 'niemand zuständig', 'no-voice': 'niemand spricht dafür' },
    open: (gaps: readonly string[]) => `Noch offen: ${list(gaps)}.`,
    caption: 'Wer für jeden Kontaktpunkt zuständig ist, wer mitwirkt und wer dafür spricht',
    touchpoint: 'Kontaktpunkt',
    none: '—',
    loadCaption: 'Kontaktpunkte je Abteilung',
    function: 'Abteilung',
    owns: 'Zuständig für',
    contributes: 'Wirkt mit bei',
    speaks: 'Spricht für',
  },

  start: {
    heading: 'Startreihenfolge',
    intro:
      'Axel Schultze („Social Media? DO NOT Start in Marketing“) plädiert dafür, mit sozialen Medien im Kundenservice zu beginnen, dann in der Produktentwicklung, dann in Einkauf und Logistik, dann im Vertrieb und zuletzt im Marketing, eingebettet in einen Sechs-Schritte-Rahmen für Unternehmen. Bringen Sie die Abteilungen in die Reihenfolge, in der Sie beginnen würden, und halten Sie zu jedem Schritt Notizen fest.',
    orderHeading: 'Wo Sie anfangen',
    orderHint:
      'Verschieben Sie eine Abteilung mit ihren Schaltflächen. Daneben steht, wo der Essay sie einordnet, damit Sie sehen, wo Sie abweichen.',
    moveUp: (fn: string) => `${fn} früher einordnen`,
    moveDown: (fn: string) => `${fn} später einordnen`,
    up: 'Früher',
    down: 'Später',
    moved: (fn: string, position: number) => `${fn} steht jetzt an ${ordinal(position)} Stelle.`,
    same: 'wie im Essay',
    earlier: (n: number, essay: number) => `${places(n)} früher als im Essay (dort an ${ordinal(essay)} Stelle)`,
    later: (n: number, essay: number) => `${places(n)} später als im Essay (dort an ${ordinal(essay)} Stelle)`,
    matches: 'Ihre Reihenfolge entspricht der des Essays.',
    differs: (n: number) => `Ihre Reihenfolge weicht bei ${n} der 5 Abteilungen von der des Essays ab.`,
    restore: 'Reihenfolge des Essays wiederherstellen',
    restored: 'Die Reihenfolge des Essays ist wiederhergestellt.',
    why: 'Warum diese Reihenfolge',
    whyHint: 'Ihre Gründe, vor allem dort, wo Ihre Reihenfolge von der des Essays abweicht.',
    stepsHeading: 'Die sechs Schritte',
    stepsIntro:
      'Der Essay nennt sechs Schritte eines Rahmens für Unternehmen, den er der Social Media Academy zuschreibt; er gibt nur ihre Namen an. Unsere Lesart: Die kurze Beschreibung unter jedem Namen stammt von diesem Handbuch.',
    steps: {
      objectives: {
        name: 'Ziele',
        hint: 'Was das Unternehmen von sozialen Medien braucht, noch vor jedem Kanal.',
      },
      assessment: {
        name: 'Bestandsaufnahme',
        hint: 'Wo Kunden schon über Sie sprechen, wer sich beteiligt und welche Fähigkeiten und Werkzeuge Sie haben.',
      },
      strategy: { name: 'Strategie', hint: 'Wo Sie anfangen und warum.' },
      execution: {
        name: 'Umsetzungsplan',
        hint: 'Wer was wann tut und wie eine öffentliche Beschwerde das Team erreicht, das die Ursache beheben kann.',
      },
      budgets: {
        name: 'Budgets und ROI',
        hint: 'Die Menschen und Werkzeuge, die Sie finanzieren, und der Ertrag, den Sie erwarten.',
      },
      measure: {
        name: 'Messen und Nachsteuern',
        hint: 'Die Ergebnisse gemessen an den Zielen, und was Sie als Nächstes ändern.',
      },
    },
    status: 'Stand',
    statuses: { 'not-started': 'Nicht begonnen', 'in-progress': 'In Arbeit', done: 'Erledigt' },
    notes: 'Notizen',
    orderCaption: 'Abteilungen in Ihrer Reihenfolge, verglichen mit der des Essays',
    position: 'Ihre Stelle',
    essayPosition: 'Stelle im Essay',
    stepsCaption: 'Die sechs Schritte',
    step: 'Schritt',
  },

  compare: {
    heading: 'Angebote vergleichen',
    intro: 'Jede Tabelle stellt die Angebote nebeneinander, eine Zeile je Punkt der Zusammenfassung.',
    needTwo: 'Fügen Sie ein zweites Angebot hinzu, um zu vergleichen.',
    caption: (tool: string) => `${tool}: Angebote im Vergleich`,
    questionsCaption: 'Die vier Fragen: Angebote im Vergleich',
    planCaption: 'Zuständigkeit und Startreihenfolge: Angebote im Vergleich',
    touchpoints: 'Kontaktpunkte auf der Karte',
    owners: 'Zuständige',
    ownerCount: (fn: string, n: number) => `${fn} ${n}`,
    startOrder: 'Startreihenfolge',
    stepsDone: 'Erledigte Schritte',
    stepsDoneValue: (done: number, total: number) => `${done} von ${total}`,
    item: 'Punkt',
    none: '—',
  },

  file: {
    heading: 'Speichern, teilen und drucken',
    export: 'Als Datei exportieren',
    exported: (file: string) => `${file} gespeichert.`,
    fileBase: 'angebotsprofil',
    importLabel: 'Aus Datei importieren',
    importHint:
      'Eine Profildatei, die von dieser Seite exportiert wurde (JSON). Der Import ersetzt die hier gezeigten Angebote. Eine Datei wird ganz oder gar nicht übernommen: Lässt sich ein Teil davon nicht so lesen, wie er ist, auch ein Wert, den ein Werkzeug ersetzen müsste, ändert sich nichts, und die Probleme werden aufgelistet.',
    imported: (n: number) => `${n} ${n === 1 ? 'Angebot' : 'Angebote'} importiert.`,
    importedCards: (n: number) =>
      `${n === 1 ? 'Die Wiederholungskarte der Datei wurde' : `Die ${n} Wiederholungskarten der Datei wurden`} mit Ihren zusammengeführt; wo beide eine Frage hatten, zählt die spätere Antwort.`,
    cardsNotKept:
      'Die Wiederholungskarten der Datei konnten in diesem Browser nicht gespeichert werden; das Profil wurde importiert.',
    replacedUndoable: 'Die importierte Datei hat die bisherigen Angebote ersetzt; „Rückgängig“ holt sie zurück.',
    refused: 'Die Datei wurde nicht importiert, Ihr Profil ist unverändert:',
    print: 'Handout drucken',
    printHint: 'Druckt das angezeigte Angebot auf einer Seite, A4 oder Letter.',
  },

  problems: {
    tooLarge: (bytes: number, max: number) =>
      `Die Datei ist ${mb(bytes)} groß; eine Profildatei hat höchstens ${kb(max)}.`,
    empty: 'Die Datei ist leer.',
    unreadable: 'Die Datei konnte nicht gelesen werden.',
    notJson: 'Die Datei ist kein JSON: Vielleicht ist sie keine Profildatei, oder sie ist unvollständig.',
    tooDeep: (max: number) => `Die Datei verschachtelt Daten tiefer als ${max} Stufen; das tut keine Profildatei.`,
    forbiddenKey: (key: string) => `Die Datei enthält ein Feld namens ${q(key)}, das nie erlaubt ist.`,
    notObject: 'Die Datei enthält kein Profil: Sie ist als Ganzes kein Objekt mit benannten Feldern.',
    wrongFormat: 'Die Datei ist kein Profil dieses Handbuchs (ihr Feld „format“ fehlt oder weicht ab).',
    newerVersion: (v: number, max: number) =>
      `Die Datei stammt aus einer neueren Version des Handbuchs (Profilversion ${v}); diese Seite liest die Versionen 1 bis ${max}.`,
    unknownKey: (tool: string, key: string) => `${tool}: Das Feld ${q(key)} gehört nicht zu diesem Werkzeug.`,
    toolNotice: (tool: string, message: string) => `${tool}: ${message}`,
    badCurrent: 'Die Nummer des angezeigten Angebots zeigt über das letzte Angebot hinaus.',
    generic: 'Die Datei konnte nicht als Profil gelesen werden.',
    more: (n: number) => `… und ${n} ${n === 1 ? 'weiteres Problem' : 'weitere Probleme'}.`,
    where: {
      file: 'Die Datei',
      offerings: 'Die Liste der Angebote',
      offering: (n: number) => `Angebot ${n}`,
      name: (n: number) => `Angebot ${n}, Name`,
      answers: (n: number) => `Angebot ${n}, Antworten`,
      answer: (n: number, q: string) => `Angebot ${n}, Antwort auf „${q}“`,
      tools: (n: number) => `Angebot ${n}, Werkzeugdaten`,
      tool: (n: number, tool: string) => `Angebot ${n}, Daten aus dem ${tool}`,
      field: (name: string) => `Das Feld ${q(name)}`,
      ownership: (n: number) => `Angebot ${n}, Zuständigkeitskarte`,
      touchpoint: (n: number, k: number) => `Angebot ${n}, Zuständigkeitskarte, Kontaktpunkt ${k}`,
      start: (n: number) => `Angebot ${n}, Startreihenfolge`,
      startOrder: (n: number) => `Angebot ${n}, Startreihenfolge, Reihenfolge der Abteilungen`,
      startWhy: (n: number) => `Angebot ${n}, Startreihenfolge, Begründung`,
      startStep: (n: number, step: string) => `Angebot ${n}, Startreihenfolge, Schritt „${step}“`,
    },
    issue: {
      type: (where: string, expected: string) => `${where}: Erwartet wird ${expected}.`,
      missing: (where: string) => `${where} fehlt.`,
      longText: (where: string, max: number) => `${where} ist länger als ${num(max)} Zeichen.`,
      tooMany: (where: string, max: number) => `${where} hat mehr als ${num(max)} Einträge.`,
      tooFew: (where: string, min: number) =>
        `${where} braucht mindestens ${min} ${min === 1 ? 'Eintrag' : 'Einträge'}.`,
      number: (where: string) => `${where} ist keine ganze Zahl im zulässigen Bereich.`,
      unknownKeys: (where: string, keys: string) => `${where} hat Felder, die diese Seite nicht kennt: ${keys}.`,
      value: (where: string) => `${where} hat einen Wert, den diese Seite nicht annimmt.`,
      control: (where: string) => `${where} enthält Steuerzeichen.`,
    },
    types: {
      string: 'Text',
      number: 'eine Zahl',
      object: 'ein Objekt mit benannten Feldern',
      array: 'eine Liste',
      other: 'eine andere Art von Wert',
    },
  },

  dismiss: 'Schließen',

  saved: {
    elsewhere: (fields: string) => `Auch in einem anderen Tab geändert, daher gilt die spätere Änderung: ${fields}.`,
  },

  chart: {
    loading: 'Diagramm wird gezeichnet …',
    failed: 'Das Diagramm ließ sich hier nicht zeichnen; die Zusammenfassung daneben sagt dasselbe.',
  },

  print: {
    heading: (name: string) => `Angebotsprofil: ${name}`,
    planHeading: (name: string) => `Zuständigkeit und Startreihenfolge: ${name}`,
    planSource:
      'Handbuch CX Spectrum. Startreihenfolge und sechs Schritte folgen Schultze, „Social Media? DO NOT Start in Marketing“; die Rollen Zuständig, Mitwirkend und Stimme sind die Lesart dieses Handbuchs von „Should Marketing Really Own Social Media?“, Strictly Marketing (2016).',
    source:
      'Handbuch CX Spectrum. Die vier Fragen folgen McDonald, „Beyond Social Media Marketing, Part 2“ (2012); die Auswertungen stammen von den Werkzeugen selbst.',
  },
};
