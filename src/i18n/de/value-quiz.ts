import { BROAD_FLOOR, LEAN_POINTS, LOW_CEILING } from '../../lib/quiz/profile';
import { MIN_ANSWERS_PER_SOURCE } from '../../lib/quiz/scoring';
import { HIGH_FROM } from '../../lib/quiz/spectrum-fit';
import type * as en from '../en/value-quiz';
import type { Translation } from '../types';

/** Every string the value quiz shows, in German. */
export const valueQuizText: Translation<typeof en.valueQuizText> = {
  heading: 'Wert-Quiz',
  intro:
    'Denken Sie an ein Angebot, aus Sicht Ihrer Kunden. Geben Sie an, wie weit jede Aussage zutrifft. Die Reihenfolge ist frei; lassen Sie aus, was Sie nicht beurteilen können. Jede Wertquelle wird gewertet, sobald zwei ihrer vier Aussagen beantwortet sind.',
  offeringLabel: 'Name des Angebots',
  offeringHint: 'Zum Beispiel „Kochbox-Abo“. Damit findet das Quiz dasselbe Angebot im Spektrum-Raster.',
  scale: ['Trifft gar nicht zu', 'Trifft eher nicht zu', 'Teils, teils', 'Trifft eher zu', 'Trifft voll zu'],
  sources: {
    problem: 'Ein Problem lösen',
    opportunity: 'Eine Chance eröffnen',
    feel: 'Sich gut fühlen',
    look: 'Gut dastehen',
  },
  sourceHints: {
    problem: 'Eine praktische Aufgabe wird erledigt, oder ein Ärgernis verschwindet.',
    opportunity: 'Kunden können etwas Neues tun oder jemand Neues werden.',
    feel: 'Kunden fühlen sich mit sich selbst wohler.',
    look: 'Kunden machen eine gute Figur, vor sich selbst oder vor anderen.',
  },
  statements: {
    problem1: 'Kunden kommen mit einem konkreten, praktischen Problem, das sie loswerden wollen.',
    problem2: 'Gäbe es das Angebot morgen nicht mehr, bliebe den Kunden eine Aufgabe, die ihnen niemand abnimmt.',
    problem3: 'Kunden beurteilen es zuerst danach, ob es funktioniert.',
    problem4: 'Die meisten Kunden könnten kaum ein konkretes Problem nennen, das es ihnen abnimmt.',
    opportunity1: 'Mit dem Angebot können Kunden etwas tun, was sie vorher nicht konnten.',
    opportunity2: 'Kunden wählen es mit Blick auf einen Plan oder ein Ziel für die Zukunft.',
    opportunity3: 'Mit dem Angebot können Kunden nichts tun, was sie nicht schon vorher konnten.',
    opportunity4: 'Sein Wert wächst, je mehr neue Verwendungen Kunden dafür entdecken.',
    feel1: 'Nach der Nutzung fühlen sich Kunden mit sich selbst wohler.',
    feel2: 'Kunden sprechen davon mit Stolz, Behagen oder Erleichterung.',
    feel3:
      'Es gibt Kunden das Gefühl, fähiger oder verantwortungsvoller zu sein oder ihr eigenes Leben besser im Griff zu haben.',
    feel4: 'Kunden empfinden nichts Besonderes dabei; es ist für sie nur Mittel zum Zweck.',
    look1: 'Kunden zeigen sich gern damit oder bei seiner Nutzung.',
    look2: 'Ob ein Kunde es hat oder nicht, würde sonst niemand bemerken.',
    look3: 'Es verrät anderen Menschen etwas über seinen Besitzer.',
    look4:
      'Kunden glauben, dass sie damit fähig, stilvoll oder erfolgreich wirken, in den eigenen Augen oder in denen anderer.',
  },
  statementNumber: (n: number) => `Aussage ${n}`,
  clearAnswer: 'Antwort löschen',
  clearAnswerLabel: (n: number) => `Antwort löschen: Aussage ${n}`,
  progress: (done: number, total: number) => `${done} von ${total} Aussagen beantwortet`,
  profileReady: 'Das Wertprofil ist fertig.',
  sourceProgress: (done: number, total: number) => `${done} von ${total} beantwortet`,
  resultHeading: 'Wertprofil',
  needMore: 'Das Profil erscheint, sobald jede Quelle mindestens zwei Antworten hat. Es fehlen noch:',
  needMoreItem: (source: string, missing: number) => `${source}: noch ${missing}`,
  chartLabel: (name: string, scores: string) =>
    `Balkendiagramm des Wertprofils${name ? ` für ${name}` : ''}: ${scores}.`,
  chartNote:
    'Die ersten beiden Balken (was das Angebot leistet) teilen sich eine Farbe, die letzten beiden (wie man sich damit fühlt und dasteht) eine andere.',
  chartLoading: 'Diagramm wird gezeichnet …',
  chartFailed: 'Das Diagramm ließ sich nicht zeichnen; die Tabelle darunter enthält dieselben Zahlen.',
  tableCaption: 'Punkte je Wertquelle (0 bis 100)',
  tableSource: 'Wertquelle',
  tableScore: 'Punkte',
  tableAnswered: 'Beantwortete Aussagen',
  axisScore: 'Punkte (0 bis 100)',
  shapeHeading: 'Was die Form bedeutet',
  shapes: {
    low: `Alle Quellen liegen unter ${LOW_CEILING} Punkten. Entweder bietet das Angebot bisher kaum Wert irgendeiner Art, oder die Aussagen passten nicht dazu; antworten Sie probeweise für eine Kundengruppe, die Sie gut kennen.`,
    functional:
      'Der Wert liegt eher in dem, was das Angebot leistet: ein Problem lösen oder eine Chance eröffnen. Unsere Lesart: Kunden vergleichen vermutlich Ergebnisse und Preise, also trägt der Nachweis, dass es funktioniert, das Erlebnis.',
    expressive:
      'Der Wert liegt eher darin, wie Kunden sich mit dem Angebot fühlen und dastehen. Unsere Lesart: Marke, Gestaltung und die Momente, in denen andere es sehen, zählen so viel wie seine Leistung.',
    broad: `Alle Quellen erreichen ${BROAD_FLOOR} Punkte oder mehr. Unsere Lesart: Das Angebot bietet Wert jeder Art, also kann eine Schwäche in einer Quelle das übrige Erlebnis zunichtemachen.`,
    balanced:
      'Keine Seite führt deutlich: Was das Angebot leistet und wie es sich anfühlt, es zu haben, zählen etwa gleich viel.',
  },
  visibility: {
    visible:
      'Gut dastehen wiegt schwerer als sich gut fühlen. Unsere Lesart: Ein großer Teil des Werts ist für andere sichtbar, also öffentlich und sozial.',
    private:
      'Sich gut fühlen wiegt schwerer als gut dastehen. Unsere Lesart: Der emotionale Wert ist überwiegend privat; der Kunde spürt ihn, statt ihn zu zeigen.',
    even: 'Sich gut fühlen und gut dastehen halten sich etwa die Waage.',
  },
  strongest: (names: string) => `Am stärksten: ${names}.`,
  spectrumHeading: 'Abgleich mit der Lage im Spektrum-Raster',
  spectrumIntro:
    'Der Essay verknüpft Wert mit dem Raster: Je öfter Menschen einem Angebot begegnen, desto mehr verlagert sich sein Wert auf das, was andere sehen können; bei komplexen, selten gekauften Angeboten stellen sich gutes Gefühl und gutes Dastehen eher im Stillen und mit der Zeit ein.',
  gridFound: (name: string, f: string, c: string, spread: boolean) =>
    `„${name}“ im Spektrum-Raster gefunden: Häufigkeit ${f}, Komplexität ${c}${spread ? ' (Mitte der abgedeckten Spanne)' : ''}.`,
  gridNotFound: (name: string) =>
    `Im Spektrum-Raster gibt es kein Angebot namens „${name}“; geben Sie seine Lage stattdessen unten ein.`,
  gridNone: 'Tragen Sie das Angebot ins Spektrum-Raster ein, oder geben Sie seine Lage unten ein.',
  placeLegend: 'Lage im Spektrum-Raster (optional)',
  frequencyLabel: 'Häufigkeit (0 bis 10)',
  complexityLabel: 'Komplexität (0 bis 10)',
  placeHint:
    '0 heißt selten bzw. einfach, 10 täglich bzw. sehr komplex. Lassen Sie beide Felder leer, um diesen Teil zu überspringen.',
  placeOverride: 'Statt der Lage im Raster gilt die unten eingegebene.',
  clearPlace: 'Lage löschen',
  placeCleared: 'Lage gelöscht.',
  expectations: {
    expressive:
      'Häufig und einfach. Unsere Lesart der Tendenz im Essay: Der Wert dürfte eher darin liegen, dass Kunden sich gut fühlen und gut dastehen, vor aller Augen.',
    both: 'Häufig und komplex: Hier nennen die Essays kein Produkt. Unsere Lesart, beide Tendenzen zusammengenommen: Zu erwarten ist Wert jeder Art, aus dem, was das Angebot leistet, und daraus, dass man ihm täglich begegnet.',
    'functional-then-private':
      'Selten und komplex. Laut Essay werden sich gut fühlen und gut dastehen hier privat und über die Zeit erlebt. Unsere Lesart: Der Wert dürfte eher darin liegen, ein Problem zu lösen oder eine Chance zu eröffnen.',
    functional:
      'Selten und einfach: Hier sagen die Essays wenig. Unsere Lesart: Der Wert liegt schlicht darin, ein Problem zu lösen.',
  },
  fits: {
    matches: 'Ihr Profil passt zu dem, was diese Lage nahelegt.',
    partly: 'Ihr Profil passt zum Teil zu dem, was diese Lage nahelegt.',
    differs:
      'Ihr Profil weicht von dem ab, was diese Lage nahelegt. Das kann selbst ein Befund sein: Prüfen Sie die Lage, oder fragen Sie, ob Kunden das Angebot anders schätzen, als es in seiner Kategorie üblich ist.',
    unclear: 'Alle Punktzahlen sind niedrig; es gibt also keine klare Form, die sich mit der Lage vergleichen ließe.',
  },
  formulaIntro: 'So werden die Punkte berechnet:',
  formulaRules: [
    'Die Antworten reichen von 1 (trifft gar nicht zu) bis 5 (trifft voll zu).',
    'Jede Antwort gibt ihrer Quelle (Antwort − 1) ÷ 4, also 0 bis 1. Bei einer umgekehrt gewerteten Aussage, bei der Zustimmung weniger von dieser Quelle bedeutet, gibt sie (5 − Antwort) ÷ 4.',
    'Die Punktzahl einer Quelle ist 100 × der Mittelwert ihrer beantworteten Aussagen, auf eine ganze Zahl gerundet; sie reicht also von 0 bis 100.',
    `Eine Quelle wird gewertet, sobald mindestens ${MIN_ANSWERS_PER_SOURCE} ihrer 4 Aussagen beantwortet sind; das Profil erscheint, wenn alle vier Quellen gewertet sind.`,
    `Form: funktionale Seite = Mittelwert aus Problem und Chance; expressive Seite = Mittelwert aus sich gut fühlen und gut dastehen. Ein Abstand von ${LEAN_POINTS} Punkten oder mehr ist eine Neigung; alle Punktzahlen unter ${LOW_CEILING} heißt niedrig; alle ab ${BROAD_FLOOR} heißt breit; alles andere heißt ausgewogen.`,
    `Lage im Raster: Häufigkeit und Komplexität ab ${HIGH_FROM} gelten als hoch. Die Erwartung für jede Ecke ist unsere Lesart des Essays, kein gemessenes Ergebnis.`,
  ],
  reversedHeading: 'Umgekehrt gewertete Aussagen:',
  assumptions:
    'Annahmen: Die vier Wertquellen stammen aus Mark P. McDonalds Essay („Beyond Social Media Marketing, Part 2“, 2012); er schreibt, er habe sie über das Kano-Modell kennengelernt. Die Aussagen, die Wertung und die Schwellen stammen von uns; das Quiz soll eine Diskussion anstoßen und ist kein validiertes Erhebungsinstrument.',
  notices: {
    badAnswer: (key: string, raw: string) =>
      `Die Antwort ${raw} für ${key} ist keine ganze Zahl von 1 bis 5; sie bleibt unbeantwortet.`,
    badPlace: (label: string, raw: string) => `${label} ${raw} ist keine Zahl; das Feld bleibt leer.`,
  },
};
