/**
 * The prose of the trainers page, in German. Strings marked "HTML" in English keep their markup;
 * links to the chapter's sections use the German headings' ids, links to this page's own sections
 * the fixed ids (#agendas…).
 */
import type * as en from '../en/trainers-page';
import type { Translation } from '../types';
import { trainersText } from './trainers';

type Link = en.Link;

/** The trainers page. */
export const trainersPage: Translation<typeof en.trainersPage> = {
  lead: 'Das Handbuch ist zum Unterrichten gemacht. Kapitel und ihre Abschnitte haben feste Adressen, jedes Werkzeug hält seine Eingaben in der eigenen Adresse fest, jedes Werkzeug kann den Beamer füllen oder in Ihrer Kursseite stehen, und die ganze Website funktioniert auch in einem Raum ohne Netz. Diese Seite ordnet die Teile so, wie Trainerinnen und Trainer sie brauchen.',
  sections: {
    plan: 'Die Sitzung planen',
    agendas: 'Abläufe für 60 und 90 Minuten',
    links: 'Welche Links wann teilen',
    examples: 'Fertige Beispiele',
    present: 'Ein Werkzeug projizieren',
    embed: 'Ein Werkzeug in die Kursseite einbauen',
    'kano-survey': 'Eine Kano-Befragung mit der Gruppe',
    offline: 'Ein Raum ohne Internet',
    'section-links': 'Auf ein Kapitel oder einen Abschnitt verweisen',
  },
  plan: (to: Link) =>
    `Das letzte Kapitel, <a href="${to('/chapters/putting-it-together/')}">Alles zusammen</a>, enthält den Workshop selbst: <a href="${to('/chapters/putting-it-together/#der-ablauf')}">einen Ablauf für 75 Minuten</a> mit Zeit, Werkzeug und dem Ergebnis jeder Gruppe für jeden Schritt, dazu <a href="${to('/chapters/putting-it-together/#als-trainerin-oder-trainer-durchführen')}">Hinweise zur Durchführung</a>. Lesen Sie es zuerst. Die <a href="#agendas">Fassungen für 60 und 90 Minuten</a> stehen unten minutengenau; der Rest dieser Seite beschreibt, was Sie drumherum vorbereiten.`,
  planSteps: [
    '<strong>Ein Vorführangebot wählen.</strong> Nehmen Sie eines der <a href="#examples">fertigen Beispiele</a>, oder füllen Sie die vier Werkzeuge für ein eigenes Angebot aus und heben Sie den Link jedes Werkzeugs auf.',
    '<strong>Die Dauer festlegen.</strong> In 60 Minuten beurteilen die Gruppen jedes Merkmal im Kano-Schritt selbst. In 90 Minuten machen Sie eine <a href="#kano-survey">Befragung im ganzen Raum</a> und bereiten die Datei dafür am Vortag vor.',
    '<strong>Den Raum prüfen.</strong> Sie brauchen einen Beamer, einen Laptop pro Gruppe von drei bis fünf Personen und einen aktuellen Browser. Ist das Netz unsicher, bringen Sie die <a href="#offline">Offline-Ausgabe</a> mit.',
    '<strong>Die Links aufschreiben</strong>, auf einer Folie oder in einer kurzen Nachricht, nach der <a href="#links">Tabelle unten</a>, damit niemand eine Adresse abtippen muss.',
  ],
  handout: '<strong>Das Handout planen.</strong>',
  handoutProfile: (to: Link) =>
    `Die Seite <a href="${to('/profile/')}">Angebotsprofil</a> sammelt, was eine Gruppe in allen Werkzeugen eingegeben hat, und druckt es auf einer Seite.`,
  handoutPrint:
    'Jedes Werkzeug druckt sein aktuelles Ergebnis über die Druckfunktion des Browsers, ohne die Website ringsum.',
  agendasIntro:
    'Beide Fassungen behalten die Schritte des 75-Minuten-Ablaufs in derselben Reihenfolge bei; die Hinweise des Kapitels zu jedem Schritt gelten also weiter. Die Zeiten sind Minuten ab Beginn. Beenden Sie jeden Schritt pünktlich, denn auch eine unfertige Antwort ist nützlich.',
  agendaCaption: (minutes: number, note: string) => `${minutes} Minuten. ${note}`,
  agendaHead: { time: 'Minute', step: 'Schritt', tool: 'Werkzeug', produces: 'Ergebnis jeder Gruppe' },
  agendas: [
    {
      minutes: 60,
      note: 'Die Gruppen beurteilen im Kano-Schritt jedes Merkmal selbst; jede Gruppe stellt in einer Minute vor.',
      steps: [
        {
          from: 0,
          to: 4,
          step: 'Angebot und Segment wählen',
          tool: 'keines',
          produces: 'Eine Beschreibung in einem Satz',
        },
        {
          from: 4,
          to: 12,
          step: 'Im Raster verorten',
          tool: 'Spektrum-Raster',
          produces: 'Eine Position oder Spanne, je eine Begründung pro Achse',
        },
        {
          from: 12,
          to: 20,
          step: 'Wertprofil erstellen',
          tool: 'Wert-Quiz',
          produces: 'Das Wertprofil und die zwei stärksten Quellen',
        },
        {
          from: 20,
          to: 30,
          step: 'Drei oder vier Merkmale einordnen, mit je einem Antwortpaar nach dem Urteil der Gruppe',
          tool: 'Kano-Klassifikator',
          produces: 'Eine Kategorie pro Merkmal; ein Merkmal zum Schützen, eines zum Ergänzen',
        },
        {
          from: 30,
          to: 40,
          step: 'Unsicherheitslücke bemessen, heute und mit einer Verbesserung',
          tool: 'Unsicherheitsrechner',
          produces: 'Der Index in beiden Szenarien und sein Haupttreiber',
        },
        {
          from: 40,
          to: 50,
          step: 'Entscheiden, wer spricht und wo Sie anfangen',
          tool: 'keines',
          produces: 'Eine zuständige Stelle, ihre Fachexperten und drei erste Maßnahmen',
        },
        {
          from: 50,
          to: 60,
          step: 'Vorstellen: eine Minute pro Gruppe, dann je eine Überraschung und eine Maßnahme',
          tool: 'keines',
          produces: 'Das einseitige Profil',
        },
      ],
    },
    {
      minutes: 90,
      note: 'Der Raum beantwortet live eine Kano-Befragung, und der Schritt zur Unsicherheit vergleicht drei Szenarien.',
      steps: [
        {
          from: 0,
          to: 5,
          step: 'Angebot und Segment wählen',
          tool: 'keines',
          produces: 'Eine Beschreibung in einem Satz',
        },
        {
          from: 5,
          to: 15,
          step: 'Im Raster verorten',
          tool: 'Spektrum-Raster',
          produces: 'Eine Position oder Spanne, je eine Begründung pro Achse',
        },
        {
          from: 15,
          to: 25,
          step: 'Wertprofil erstellen',
          tool: 'Wert-Quiz',
          produces: 'Das Wertprofil und die zwei stärksten Quellen',
        },
        {
          from: 25,
          to: 35,
          step: 'Alle beantworten die Fragenpaare zu den Merkmalen aller Gruppen',
          tool: 'Kano-Befragungsdatei',
          produces: 'Eine Antwortzeile pro Person',
        },
        {
          from: 35,
          to: 50,
          step: 'Die Befragung des Raums auswerten und die Kategorien der Gruppen vergleichen',
          tool: 'Kano-Klassifikator, Befragungsansicht',
          produces: 'Kategorie, Better- und Worse-Koeffizient für vier bis sechs Merkmale',
        },
        {
          from: 50,
          to: 70,
          step: 'Unsicherheitslücke bemessen: heute und in drei veränderten Szenarien',
          tool: 'Unsicherheitsrechner',
          produces: 'Der Index pro Szenario, der Haupttreiber, die beste Verbesserung',
        },
        {
          from: 70,
          to: 80,
          step: 'Entscheiden, wer spricht und wo Sie anfangen',
          tool: 'keines',
          produces: 'Eine Zuständigkeitskarte und die Startreihenfolge mit drei ersten Maßnahmen',
        },
        {
          from: 80,
          to: 90,
          step: 'Vorstellen: zwei Minuten pro Gruppe, dann Gruppen mit demselben Angebot vergleichen',
          tool: 'keines',
          produces: 'Das einseitige Profil',
        },
      ],
    },
  ],
  linksIntro:
    'Teilen Sie wenige Links, und jeden erst, wenn er gebraucht wird. Ein Link, der zu früh kommt, wird auch zu früh geöffnet.',
  linkRows: (to: Link) => [
    {
      when: 'Einige Tage vorher',
      share: `Das Kapitel <a href="${to('/chapters/spectrum/')}">Das Spektrum des Kundenerlebnisses</a> oder die ganze Lesereihenfolge`,
      why: 'Alle kennen die beiden Achsen schon, und die Sitzung arbeitet mit ihnen, statt sie erst zu erklären.',
    },
    {
      when: 'Zum Auftakt, in den ersten fünf Minuten',
      share: 'Ein Beispiel in der Präsentationsansicht, auf dem Beamer',
      why: 'Der Raum sieht, wie ein fertiges Werkzeug aussieht, bevor jemand zu tippen beginnt.',
    },
    {
      when: 'Bei jedem Schritt des Ablaufs',
      share: `Die Seite des Werkzeugs, leer: Die <a href="${to('/tools/')}">Liste der Werkzeuge</a> verlinkt jedes`,
      why: 'Alle Gruppen beginnen mit denselben Startwerten, und „Zurücksetzen“ führt dorthin zurück.',
    },
    {
      when: 'Wenn eine Gruppe feststeckt',
      share: 'Dasselbe Werkzeug, mit einem Beispiel ausgefüllt',
      why: 'Ein durchgespielter Fall, an dem man sich reiben kann, hilft schneller als eine Erklärung.',
    },
    {
      when: 'Während einer Diskussion',
      share: 'Der Link zu einem Abschnitt, kopiert über das # neben der Überschrift',
      why: 'Alle landen im selben Absatz, statt ihn zu suchen.',
    },
    {
      when: 'Vor der Vorstellung',
      share: 'Bitten Sie jede Gruppe, Ihnen von jedem Werkzeug „Link zu diesem Ergebnis kopieren“ zu schicken',
      why: 'So öffnen Sie das Ergebnis jeder Gruppe nacheinander auf dem Beamer, genau so, wie die Gruppe es verlassen hat.',
    },
  ],
  board: (to: Link) =>
    `Wenn die Gruppen Ihnen ihre Adressen aus „Link zu diesem Ergebnis kopieren“ schicken, fügen Sie alles, was kam, in die <a href="${to('/board/')}">Klassenübersicht</a> ein: Sie setzt alle Gruppen in ein gemeinsames Spektrum-Raster und stellt ihre Wertprofile, Verunsicherungsindizes und Kano-Urteile für den Beamer nebeneinander.`,
  examples:
    'Drei Angebote, die im Spektrum weit auseinanderliegen, jedes schon in allen vier Werkzeugen ausgefüllt. Die Links tragen den ganzen Zustand in der Adresse und öffnen sich deshalb auf jedem Laptop gleich; „vorführen“ öffnet denselben Zustand in der Präsentationsansicht. Lagen, Antworten und Zahlen stammen von uns, für den Unterricht erfunden und zum Widersprechen gedacht.',
  present: [
    'Jede Werkzeugseite hat direkt unter dem Titel den Link <strong>Mit dem Beamer präsentieren</strong>. Er öffnet das Werkzeug für sich allein, mit größerer Schrift und größeren Bedienelementen, stärkerem Kontrast und nichts anderem auf dem Bildschirm, und behält die Eingaben bei. Sie können vor dem Raum darin weiterarbeiten. <strong>Präsentation beenden</strong> oben führt mit denselben Werten zur Werkzeugseite zurück.',
    'Der Vollbildmodus des Browsers (meist F11) blendet auch die letzten Leisten des Browsers aus. Die Ansicht folgt dem Design, das Sie im Handbuch gewählt haben: Hell liest sich in einem hellen Raum meist besser, Dunkel in einem abgedunkelten.',
  ],
  embed: [
    'Am Ende jeder Werkzeugseite liefert <strong>Dieses Werkzeug einbetten</strong> ein kurzes Stück HTML mit einer Schaltfläche zum Kopieren. Die meisten Lernplattformen, Wikis und Baukästen für Websites nehmen es in einem HTML- oder Einbettungsblock an. Der Rahmen zeigt nur das Werkzeug, gefüllt mit dem, was beim Kopieren auf dem Bildschirm stand, dazu zwei Links, die Werkzeugseite und Kapitel außerhalb des Rahmens öffnen.',
    'Was Teilnehmende in einem Rahmen eingeben, bleibt in ihrem eigenen Browser. Manche Browser speichern den Zustand eines Rahmens getrennt von dem des Handbuchs; bitten Sie deshalb alle, ein Ergebnis über den Kopier-Link des Werkzeugs mitzunehmen.',
  ],
  kanoIntro:
    'In der 90-Minuten-Fassung arbeitet der Kano-Schritt mit echten Antworten aus dem Raum. Sie einzusammeln dauert etwa zehn Minuten, wenn die Datei vor der Sitzung bereitliegt.',
  kanoNoSheet: (to: Link) =>
    `<strong>Ohne Tabellenkalkulation:</strong> <a href="${to('/tools/kano/questionnaire/')}">Erstellen Sie einen Fragebogen</a> aus Ihren Merkmalen, zeigen Sie seinen QR-Code auf dem Beamer und lassen Sie die Teilnehmenden am Smartphone antworten. Am Ende hat jede Person einen kurzen Antwortcode und schickt ihn per Chat oder E-Mail an Sie; fügen Sie die ganze Unterhaltung in dieselbe Seite ein, und sie findet die Codes, zählt sie und ordnet die Merkmale ein. Nichts läuft über einen Server. Die Schritte unten beschreiben den Weg über die Tabelle, der weiterhin funktioniert.`,
  kanoSteps: (to: Link, survey: string) => [
    `<a href="${to('/downloads/kano-template.csv')}" download>${trainersText.template}</a>. Sie hat eine Spalte für die befragte Person und für jedes Merkmal ein Spaltenpaar, eine Spalte endet auf „(functional)“, die andere auf „(dysfunctional)“.`,
    'Benennen Sie die Merkmalsspalten nach Ihren eigenen vier bis sechs Merkmalen um, behalten Sie dabei beide Endungen, und ergänzen Sie Spalten für weitere Merkmale nach demselben Muster.',
    'Sammeln Sie eine Zeile pro Person. Eine gemeinsame Tabelle eignet sich gut, ebenso Antwortkarten, die Sie in einer Pause abtippen. Fragen Sie zu jedem Merkmal, wie es den Befragten ginge, wenn das Angebot es hätte, und wie, wenn es fehlte. Als Antworten gehen die fünf Sätze von „Das würde mich freuen“ bis „Das würde mich stören“, die englischen Einzelwörter like, expect, neutral, tolerate und dislike oder die Zahlen 1 bis 5 in dieser Reihenfolge.',
    'Kopieren Sie die Zeilen samt Überschriften, oder speichern Sie sie als CSV-Datei. Komma, Semikolon und Tabulator funktionieren als Trennzeichen; ein Block, der direkt aus einer Tabellenkalkulation kopiert wurde, passt also.',
    `<a href="${survey}">${trainersText.surveyMode}</a>, fügen Sie die Zeilen ein und werten Sie sie aus, oder wählen Sie die Datei. Jedes Merkmal erhält seine Kategorienzählung, seine Kategorie, seinen Better- und Worse-Koeffizienten und einen Platz im Diagramm. Exporte aus Befragungswerkzeugen werden so gelesen, wie sie sind: Prüfen Sie die vorgeschlagenen Spalten und Antworten und korrigieren Sie, was nicht stimmt.`,
    'Besprechen Sie, wo die Einschätzungen der Gruppen aus der 60-Minuten-Fassung abgewichen wären, und laden Sie die Ergebnisse dann als CSV für die Unterlagen der Gruppe herunter.',
  ],
  kanoUncertainty:
    'Bei den Antworten eines einzigen Raums ist jede Zahl unsicher, und das Werkzeug zeigt, wie sehr. Lenken Sie den Blick der Gruppe auf drei Dinge. Das Intervall neben Better und Worse ist der Bereich, den die Antworten zulassen: Überschneiden sich die Bereiche zweier Merkmale, kann der Raum nicht sagen, welches wichtiger ist. Der Test der häufigsten Kategorie gegen die zweithäufigste zeigt „bei 5\u00a0% nicht eindeutig“, wenn beide gleichauf liegen könnten: Ein knappes Ergebnis ist keine Kategorie, nennen Sie also beide. Vergleichen Sie Segmente (etwa Führungskräfte und Mitarbeitende), lohnt ein Unterschied, den der Test eindeutig nennt, die Diskussion; einer, den er nicht so nennt, ist wahrscheinlich Zufall, und ein Segment aus zwei oder drei Personen zeigt für sich allein nichts.',
  kanoPrivacy:
    'Die Antworten verlassen den Browser nie: Die Datei wird auf dem Laptop gelesen, hochgeladen wird nichts. Zum Üben bietet die Befragungsansicht eine Beispielbefragung, die Sie mit einem Klick laden.',
  offline: (to: Link) =>
    `Ein Schulungsraum ohne verlässliches Netz ist häufig genug, um ihn einzuplanen. Die Seite <a href="${to('/offline/')}">Offline-Nutzung</a> erklärt beide Wege, das Handbuch mitzunehmen.`,
  offlineWays: (to: Link) => [
    `<strong>Die Offline-Ausgabe</strong> ist eine einzige ZIP-Datei. <a href="${to('/offline/#download')}">Laden Sie sie herunter</a>, bevor der Tag kommt, kopieren Sie sie auf einen USB-Stick oder ein gemeinsames Laufwerk, und lassen Sie jede Gruppe sie entpacken und <code>index.html</code> öffnen. Kapitel, Werkzeuge, Diagramme und Suche funktionieren von der Festplatte.`,
    `<strong>Die Installation über den Browser</strong> eignet sich für Laptops, die Sie vorher einrichten können: Öffnen Sie das Handbuch einmal online, <a href="${to('/offline/#install')}">installieren Sie es</a>, und dieselben Adressen, Beispiel-Links eingeschlossen, funktionieren auch ohne Verbindung.`,
    `In der ZIP-Ausgabe zeigen die Beispiel-Links dieser Seite auf das Online-Handbuch. Öffnen Sie das Beispiel entweder auf Ihrem eigenen Laptop, bevor Sie offline gehen, und präsentieren Sie von dort, oder lassen Sie die Gruppen die Werte eintippen; die Seite zur <a href="${to('/offline/#trainers')}">Offline-Nutzung für Trainerinnen und Trainer</a> hat weitere Tipps dieser Art.`,
  ],
  sectionLinks:
    'Die Adresse eines Kapitels ist sein Name, etwa <code>/de/chapters/anxiety-gap/</code>, und sie ändert sich nicht. Jede Abschnittsüberschrift in einem Kapitel und auf dieser Seite endet mit einem kleinen #. Wenn Sie es aktivieren, springt die Seite zum Abschnitt und kopiert seine vollständige Adresse, fertig zum Einfügen in eine Folie oder einen Chat; ein Screenreader meldet „Link kopiert“. Werkzeug-Links tragen den Zustand des Werkzeugs, ein Link aus einem ausgefüllten Werkzeug öffnet sich also ausgefüllt.',
};
