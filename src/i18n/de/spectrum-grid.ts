import type { SpectrumText } from '../../lib/spectrum/text';
import type * as en from '../en/spectrum-grid';
import type { Translation } from '../types';

/** "a", "a und b", "a, b und c". */
function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} und ${items[items.length - 1]}`;
}

/** German nouns start with a capital, even where the caller lower-cases an axis name. */
function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

const PART_2 = 'McDonald, Part 2 (2012)';
const PART_3 = 'McDonald, Part 3 (2012)';

/** The words of the spectrum model: axes, regions, sources of value, citations, reference products. */
export const spectrumText: SpectrumText = {
  axes: {
    frequency: {
      name: 'Häufigkeit',
      note: 'Wie oft ein Kunde dem Angebot begegnet, beim Kauf ebenso wie im Alltag, wo er es sieht.',
      ticks: [
        'einmal im Leben',
        'etwa einmal im Jahrzehnt',
        'alle paar Jahre',
        'etwa einmal im Jahr',
        'ein paar Mal im Jahr',
        'etwa einmal im Monat',
        'ein paar Mal im Monat',
        'etwa einmal pro Woche',
        'ein paar Mal pro Woche',
        'täglich',
        'mehrmals täglich',
      ],
    },
    complexity: {
      name: 'Komplexität',
      note: 'Wie viele Entscheidungen und wie viel Umstellung des Verhaltens nötig sind, bis der Wert eintritt.',
      ticks: [
        'eine einfache Wahl',
        'ein schneller Griff zu Vertrautem',
        'ein paar Merkmale im Vergleich',
        'etwas Recherche vor der Wahl',
        'eine Einrichtung oder etwas Lernaufwand',
        'mehrere verknüpfte Entscheidungen',
        'mehrere Entscheidungen und neue Gewohnheiten',
        'Fachberatung oder Papierkram',
        'viele Entscheidungen über Wochen',
        'viele Entscheidungen, Verträge und Nachbetreuung',
        'viele Entscheidungen und ein geändertes Verhalten',
      ],
    },
  },
  bands: {
    frequency: { rare: 'selten', occasional: 'gelegentlich', frequent: 'häufig' },
    complexity: { simple: 'einfach', involved: 'mit etwas Abwägen', complex: 'komplex' },
  },
  regions: {
    'frequent-simple': {
      name: 'Alltäglich und einfach',
      gist: 'Kunden begegnen ihm ständig und wählen es ohne viel Nachdenken, wie Lebensmittel, einen Snack oder eine Handtasche, die jeden Tag zu sehen ist.',
    },
    'frequent-involved': {
      name: 'Alltäglich mit etwas Abwägen',
      gist: 'Oft anzutreffen und mit etwas Vergleichen oder Lernen verbunden; weil es im Blick bleibt, zählt viel, was es über seinen Besitzer sagt.',
    },
    'frequent-complex': {
      name: 'Alltäglich und anspruchsvoll',
      gist: 'Teil des Alltags und doch mit vielen Entscheidungen und neuen Gewohnheiten verbunden. Die Essays nennen hier kein Produkt; diese Deutung verbindet ihre beiden Trends.',
    },
    'occasional-simple': {
      name: 'Gelegentlich und einfach',
      gist: 'Alle paar Wochen oder Monate anzutreffen, mit wenig zu entscheiden; der Wert liegt vor allem darin, eine Aufgabe ohne Umstände zu erledigen. Die Essays nennen hier kein Produkt.',
    },
    'occasional-involved': {
      name: 'Mitte der Fläche',
      gist: 'Ab und zu anzutreffen und mit etwas Überlegung verbunden, daher fällt die Deutung gemischt aus. Hier liegt die Mitte des Bereichs, den wir Autos geben.',
    },
    'occasional-complex': {
      name: 'Gelegentlich und anspruchsvoll',
      gist: 'Hin und wieder anzutreffen, aber mit vielen Entscheidungen oder neuen Routinen verbunden; der Wert kommt langsam und ist mitunter schwer zu erkennen. Die Essays nennen hier kein Produkt.',
    },
    'rare-simple': {
      name: 'Selten und einfach',
      gist: 'Eine Wahl alle paar Jahre, mit wenig zu entscheiden. Die Essays nennen hier kein Produkt; nach unserer Lesart macht schon die Seltenheit daraus einen geplanten, privaten Kauf.',
    },
    'rare-involved': {
      name: 'Selten mit etwas Abwägen',
      gist: 'Ein geplanter Kauf alle paar Jahre mit echten Merkmalen zum Abwägen, etwa ein großes Haushaltsgerät; seinen Wert beurteilt man privat, über Jahre der Nutzung.',
    },
    'rare-complex': {
      name: 'Selten und anspruchsvoll',
      gist: 'Eine geplante, gewichtige Entscheidung wie eine Immobilie, eine Versicherung oder Finanzdienstleistungen: viele Entscheidungen, oft fachliche Hilfe und ein langes Warten, bis sich der Wert zeigt.',
    },
  },
  valueSources: {
    'solve-problem': 'ein Problem lösen',
    'enable-opportunity': 'eine Chance eröffnen',
    'feel-good': 'sich gut fühlen',
    'look-good': 'gut dastehen (vor sich selbst oder vor anderen)',
  },
  visibility: {
    'seen-by-others':
      'Hier ist der Wert sichtbar: Marke, Lebensstil und das Gesehenwerden mit dem Angebot zählen ebenso viel wie das, was es leistet.',
    mixed:
      'Hier ist der Wert teils sichtbar, teils privat: Was das Angebot leistet und wie es auf andere wirkt, zählt beides.',
    'private-over-time':
      'Sich gut fühlen und gut dastehen sind hier privat und wachsen langsam: über Monate oder Jahre der Nutzung, nicht vor den Augen anderer.',
  },
  anxiety: {
    low: {
      name: 'gering',
      text: 'Zwischen Kauf und Wertmoment vergeht wenig Zeit, und der Einsatz ist klein; Zweifel haben kaum Raum zu wachsen.',
    },
    moderate: {
      name: 'mäßig',
      text: 'Das Warten auf den Wert oder die Größe der Verpflichtung lässt Raum für Bedenken; Bestärkung während des Wartens zahlt sich aus.',
    },
    high: {
      name: 'hoch',
      text: 'Das Warten auf den Wert ist lang und die Verpflichtung groß: der Nährboden für Kaufreue und Abwanderung. Planen Sie für die Lücke, nicht nur für den Verkauf.',
    },
  },
  community: {
    show: 'ein Publikum, das das Angebot im Gebrauch sieht, es weiterzeigt und mit einem Lebensstil verbindet',
    recommend: 'Mundpropaganda und Tipps, die dem nächsten Käufer bei der Wahl helfen',
    advise: 'Menschen, die diese seltene Entscheidung schon getroffen haben und anderen sagen können, was sie erwartet',
    support: 'Besitzer, die einander nach dem Kauf zum Wert verhelfen',
    reassure: 'Menschen mit derselben Wahl, die einander Halt geben, solange der Wert noch auf sich warten lässt',
  },
  claims: {
    'visible-with-frequency':
      'Je öfter Kunden einem Angebot begegnen, desto mehr verlagert sich sein Wert zu dem, was andere sehen können: Marke, Lebensstil, damit gesehen werden.',
    'private-over-time':
      'In komplexen, selten gekauften Kategorien wie Finanzdienstleistungen und langlebigen Gütern wirken sich gut fühlen und gut dastehen nach innen: Man erlebt beides für sich, und beides wächst mit der Zeit.',
    'decisions-and-behaviour':
      'Komplexe Angebote verlangen mehrere Entscheidungen und eine Änderung von Gewohnheiten, bevor sie sich auszahlen.',
    'simple-is-direct':
      'Am einfachen Ende, bei Lebensmitteln oder einem Snack, ist der Wert unmittelbar und leicht zu erreichen.',
    'rare-is-planned':
      'Seltene Käufe werden oft geplant: Menschen vereinbaren Termine und ziehen Fachleute hinzu, etwa bei einer Immobilie oder bei Finanzdienstleistungen.',
    'same-frequency':
      'Ungleiche Produkte können gleich häufig sein: Eine modische Handtasche sieht man etwa so oft, wie man Lebensmittel kauft, und eine Versicherung wählt man etwa so selten wie ein großes Haushaltsgerät.',
    'owners-support-owners':
      'Nach dem Kauf können Kunden einander unterstützen, wie es Besitzer in Fords Support-Community für Sync tun.',
    'cars-span':
      'Autos decken den größten Teil der Fläche ab: ein seltener, komplexer Kauf, dessen Image jeden Tag zu sehen ist.',
    'anxiety-gap':
      'Verunsicherung entsteht in der Lücke zwischen Kauf und Wertmoment; je länger oder größer die Lücke, desto mehr Raum für verunsicherte Kunden und ein schwächeres Kundenerlebnis, und jede Lücke gibt Kunden Gelegenheit zu gehen.',
    'lunch-versus-investment':
      'Die Unsicherheit bei der Wahl eines Lokals fürs Mittagessen wird der bei einer Geldanlage, einem Autokauf oder einer Lebensversicherung gegenübergestellt.',
    'community-shapes-experience':
      'Wie Kunden sich fühlen, prägt ihr Austausch untereinander, nicht nur ihr Umgang mit dem Unternehmen.',
  },
  sources: {
    'mcdonald-2012-part-2': {
      short: PART_2,
      full: 'Mark P. McDonald, „Beyond Social Media Marketing, Part 2“, Gartner Blog Network, 13. September 2012',
    },
    'mcdonald-2012-part-3': {
      short: PART_3,
      full: 'Mark P. McDonald, „Beyond Social Media Marketing, Part 3“, Gartner Blog Network, 30. November 2012',
    },
  },
  references: {
    groceries: {
      name: 'Lebensmittel',
      why: `Mit Snacks das Beispiel des Essays für das einfache Ende, an dem das Erlebnis unmittelbar ist (${PART_2}); so oft anzutreffen wie eine modische Handtasche. Die Einordnung stammt von uns.`,
    },
    snacks: {
      name: 'Snacks',
      why: `Mit Lebensmitteln das Beispiel des Essays für das einfache Ende, an dem das Erlebnis unmittelbar ist (${PART_2}). Die Häufigkeit ist unsere Schätzung: sehr hoch.`,
    },
    handbags: {
      name: 'Handtaschen',
      why: `Ein Modestück, das jeden Tag zu sehen ist und dem man daher so oft begegnet wie Lebensmitteln (${PART_2}). Die Komplexität ist unsere Schätzung: gering.`,
    },
    insurance: {
      name: 'Versicherungen',
      why: `Etwa so selten gewählt wie ein großes Haushaltsgerät (${PART_2}); die Lebensversicherung ist eine der Entscheidungen, die der Wahl des Mittagessens gegenübergestellt werden (${PART_3}). Die Komplexität ist unsere Schätzung: hoch.`,
    },
    'major-appliances': {
      name: 'Große Haushaltsgeräte',
      why: `So selten gekauft wie eine Versicherung; ein langlebiges Gut, dessen Wert man über Jahre privat erlebt (${PART_2}). Bei der Komplexität setzen wir sie etwas unter Versicherungen an.`,
    },
    'financial-services': {
      name: 'Finanzdienstleistungen',
      why: `Das Beispiel des Essays für hohe Komplexität, mit mehreren Entscheidungen und einer Änderung des Verhaltens; zugleich einer der seltenen Käufe, die Menschen mit Terminen und Fachleuten planen (${PART_2}).`,
    },
    'buying-a-home': {
      name: 'Immobilienkauf',
      why: `Einer der seltenen Käufe, auf die sich Menschen mit Terminen und Fachleuten vorbereiten (${PART_2}). Die Einordnung in die seltene, komplexe Ecke stammt von uns.`,
    },
    cars: {
      name: 'Autos',
      why: `Eine Spanne: ein seltener, komplexer Kauf, dessen Image jeden Tag zu sehen ist (${PART_2}); der Autokauf ist eine der Entscheidungen, die der Wahl des Mittagessens gegenübergestellt werden (${PART_3}).`,
    },
  },
  frames: {
    unnamed: (n) => `Angebot ${n}`,
    range: (from, to) => `${from} bis ${to}`,
    axisValue: (axis, value) => `${capitalise(axis)} ${value}`,
    position: (name, frequency, complexity) => `${name}: ${frequency}, ${complexity}`,
    inWords: (frequency, complexity) => `In Worten: Man begegnet ihm ${frequency}; ${complexity}.`,
    region: (region) => `Feld: ${region}.`,
    value: (lead, rest) => `Voraussichtlich führende Wertquellen: ${list(lead)}; danach ${list(rest)}.`,
    anxiety: (level, text) => `Anfälligkeit für die Unsicherheitslücke: ${level}. ${text}`,
    // The roles hold commas of their own, so semicolons keep them apart.
    community: (roles) => `Was eine Kundengemeinschaft hier leistet: ${roles.join('; ')}.`,
    nearby: (names) => `Referenzprodukte in der Nähe: ${list(names)}.`,
    inside: (names) => `Es liegt innerhalb des Bereichs, den wir ${list(names)} geben.`,
    sameFrequency: (names) =>
      `Etwa gleich häufig, aber anders komplex: ${list(names)}. Produkte gleicher Häufigkeit können sich darin ähneln, wie ihr Wert entsteht.`,
    spread: (regions, lowest, highest) =>
      `Als Spanne erstreckt es sich über ${regions.length} Felder (${list(regions)}); die Anfälligkeit für die Unsicherheitslücke liegt dort zwischen ${lowest} und ${highest}. Die Deutung oben gilt für die Mitte der Spanne.`,
    list,
  },
};

/** The words of the tool's controls, headings and announcements. */
export const spectrumUi: Translation<typeof en.spectrumUi> = {
  headings: {
    offerings: 'Ihre Angebote',
    reading: 'Was die Position nahelegt',
    how: 'Wie die Felder entstehen',
    references: 'Zu den Referenzprodukten',
  },
  plane: {
    label: 'Fläche aus Komplexität und Häufigkeit',
    caption:
      'Die Häufigkeit verläuft von links nach rechts, von einmal im Leben bis mehrmals täglich; die Komplexität von unten nach oben, von einer einfachen Wahl bis zu vielen Entscheidungen und einem geänderten Verhalten.',
    title: 'Das Spektrum des Kundenerlebnisses: Komplexität und Häufigkeit',
    keyboardHelp:
      'Mit Tab gelangen Sie zu einer Markierung. Die Pfeiltasten verschieben sie um einen halben Punkt, mit Umschalt um zwei. Alt (Option) mit einer Pfeiltaste weitet sie zu einer Spanne, um einen halben Punkt je Seite (rechts oder oben), oder verengt sie (links oder unten). Mit Maus oder Finger: Ziehen Sie eine Markierung, klicken Sie in die Fläche, um das ausgewählte Angebot dorthin zu setzen, oder ziehen Sie am quadratischen Griff daneben, um es zu verbreitern. Oder tippen Sie die Werte in die Liste unten ein.',
    axisArrow: '→',
    lowEnd: { frequency: 'einmal im Leben', complexity: 'eine Wahl' },
    highEnd: { frequency: 'mehrmals täglich', complexity: 'viele Entscheidungen' },
    referenceMarker: (label: string) => `${label} (Referenzprodukt, ungefähr)`,
    ownMarker: (label: string, selected: boolean) => (selected ? `${label} (Deutung angezeigt)` : label),
  },
  offerings: {
    add: 'Angebot hinzufügen',
    max: 'Sie können bis zu acht Angebote einordnen.',
    none: 'Noch keine Angebote. Fügen Sie eines hinzu, um zu lesen, was seine Position nahelegt.',
    name: 'Name',
    namePlaceholder: 'z. B. Kochbox',
    frequency: 'Häufigkeit',
    complexity: 'Komplexität',
    of: (name: string) => ` (${name})`,
    span: 'Zu einer Spanne erweitern',
    spanHelp:
      'Geben Sie einen Bereich an, wenn das Angebot einen Abschnitt einer Achse abdeckt (wie Autos); zweimal dieselbe Zahl ergibt einen Punkt.',
    from: 'von',
    to: 'bis',
    show: 'Deutung zeigen',
    remove: 'Entfernen',
    removed: (name: string) => `${name} entfernt.`,
    added: (name: string) => `${name} in der Mitte der Fläche hinzugefügt.`,
    showReferences: 'Referenzprodukte aus den Essays zeigen',
  },
  reading: {
    none: 'Fügen Sie ein Angebot hinzu oder wählen Sie eines aus, um zu lesen, was seine Position nahelegt.',
    basedOn: 'Grundlage',
    approximate:
      'Die Referenzprodukte sind nur ungefähr eingeordnet: Die Essays sagen hoch oder niedrig, nennen aber keine Zahlen.',
    ours: 'Unsere Lesart: Die Felder und was sie nahelegen stammen von diesem Handbuch und stützen sich auf die Aussagen der Essays, die unter „Grundlage“ stehen.',
  },
  table: {
    caption: 'Alle Angebote und Referenzprodukte mit ihren Werten und ihrem Feld',
    offering: 'Angebot',
    frequency: 'Häufigkeit',
    complexity: 'Komplexität',
    region: 'Feld',
    reference: (name: string) => `${name} (Referenz)`,
  },
  exporting: {
    svg: 'SVG herunterladen',
    png: 'PNG herunterladen',
    failed: 'Das Bild ließ sich nicht erstellen; versuchen Sie das andere Format.',
    done: (file: string) => `${file} gespeichert.`,
    fileBase: 'spektrum-raster',
  },
  how: [
    'Jede Achse reicht von 0 bis 10 und ist bei 3,5 und 6,5 in Drittel geteilt; so entstehen neun Felder. Die Essays ziehen keine solchen Linien: Die Schnitte stammen von uns, und eine Position nahe an einer Linie hat von beiden Seiten etwas.',
    'Wertquellen. Teil 2 sagt: Je öfter man einem Angebot begegnet, desto mehr verlagert sich sein Wert zu dem, was andere sehen können; bei seltenen, komplexen Käufen dagegen sind sich gut fühlen und gut dastehen privat und wachsen mit der Zeit. In jedem Feld ordnen wir die vier Wertquellen entlang dieser beiden Trends.',
    'Unsicherheitslücke. Teil 3 knüpft die Verunsicherung an die Lücke zwischen Kauf und Wertmoment, in Zeit und in Größe. Wir lesen seltener und komplexer als längere und größere Lücke; die Anfälligkeit steigt also, wenn die Häufigkeit sinkt und die Komplexität steigt: gering, mäßig oder hoch.',
    'Gemeinschaft. Teil 2 verweist auf Besitzer, die einander nach dem Kauf helfen, Teil 3 darauf, dass der Austausch der Kunden untereinander prägt, wie sie sich fühlen. Für jedes Feld nennen wir die Rollen, die eine Kundengemeinschaft am ehesten übernimmt.',
    'Die Referenzprodukte haben wir nach den Beschreibungen der Essays eingeordnet; ihre Positionen sind ungefähr. Eine Spanne wird in ihrer Mitte gedeutet, und die Felder, die sie erreicht, werden mit der Bandbreite der Anfälligkeit über sie hinweg aufgeführt.',
  ],
};
