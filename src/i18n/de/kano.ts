import type { Answer } from '../../lib/kano/answers';
import { MIXED_MARGIN_POINTS } from '../../lib/kano/classify';
import type { Quadrant } from '../../lib/kano/coefficients';
import { QUESTIONABLE_FLAG_SHARE, REVERSE_FLAG_SHARE } from '../../lib/kano/feature';
import { columnLetter, type SurveyIssue } from '../../lib/kano/issues';
import { MAX_CHARS, MAX_ISSUES } from '../../lib/kano/limits';
import { MAX_DISTINCT_ANSWERS } from '../../lib/kano/responses';
import type { Category } from '../../lib/kano/table';
import type * as en from '../en/kano';
import type { FilterSummary } from '../en/kano';
import type { Translation } from '../types';

const percent = (share: number) => `${Math.round(share * 100)}\u00a0%`;

/** A number in German form with exactly `digits` decimals (1.250,5). */
const decimal = (n: number, digits: number) =>
  n.toLocaleString('de-DE', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** Millions, German form, as few decimals as needed (20; 2,5). */
/** Was die Grenzen für Befragte bewirkt haben, wie der Satz dazu es braucht. */
const limitWords = (f: FilterSummary) =>
  [
    f.maxQuestionable === undefined ? '' : `mehr als ${f.maxQuestionable} fragwürdige`,
    f.maxIndifferent === undefined ? '' : `mehr als ${f.maxIndifferent} indifferente`,
  ]
    .filter((x) => x !== '')
    .join(' oder ')
    .concat(' Antwortpaare');

const reasons = (f: FilterSummary) =>
  f.leftOut === 0
    ? ''
    : ` (${[
        f.maxQuestionable === undefined ? '' : `${f.tooManyQuestionable} wegen fragwürdiger`,
        f.maxIndifferent === undefined ? '' : `${f.tooManyIndifferent} wegen indifferenter`,
      ]
        .filter((x) => x !== '')
        .join(', ')} Antworten)`;

const millions = (n: number) => (n / 1e6).toLocaleString('de-DE', { maximumFractionDigits: 1 });

function where(i: SurveyIssue): string {
  const parts: string[] = [];
  if (i.row !== undefined) parts.push(`Zeile ${i.row}`);
  if (i.column !== undefined) parts.push(`Spalte ${columnLetter(i.column)}${i.header ? ` („${i.header}“)` : ''}`);
  return parts.length > 0 ? `${parts.join(', ')}: ` : '';
}

const ISSUES: Record<SurveyIssue['code'], (i: SurveyIssue) => string> = {
  'empty-input': () => 'Es gibt nichts zu lesen: Fügen Sie eine Befragung ein oder wählen Sie eine Datei.',
  'too-large': (i) =>
    `Der Text hat ${decimal((i.amount ?? 0) / 1e6, 1)} Millionen Zeichen; die Grenze liegt bei ${millions(MAX_CHARS)} Millionen. Teilen Sie die Befragung auf und lesen Sie sie in Teilen ein.`,
  'parse-error': (i) =>
    `Die Datei ließ sich nicht sauber lesen${i.value ? ` (${i.value})` : ''}; prüfen Sie, ob ein Anführungszeichen geöffnet, aber nie geschlossen wird.`,
  unreadable: () =>
    'Die Befragung ließ sich nicht lesen: Das Einlesen brach mit einem Fehler ab, bevor es ein Ergebnis gab. Lesen Sie sie noch einmal ein; scheitert auch das, teilen Sie die Datei und lesen Sie sie in Teilen ein.',
  'no-feature-columns': () =>
    'Es wurden keine Merkmalsspalten erkannt. Legen Sie jedes Merkmal unten in der Spaltentabelle an und wählen Sie seine zwei Spalten, oder benennen Sie jedes Spaltenpaar „Merkmal (functional)“ und „Merkmal (dysfunctional)“.',
  'no-header': () =>
    'Die erste Zeile enthält Antworten oder Zahlen statt Spaltennamen: Der Datei scheint die Kopfzeile zu fehlen. Ergänzen Sie eine erste Zeile, die jede Spalte benennt.',
  'bad-importance': (i) =>
    `„${i.value ?? ''}“ ist keine Wichtigkeitsangabe (eine ganze Zahl von 1 bis 10, etwa „6“ oder „9 - Extremely important“) für „${i.feature ?? ''}“; diese Angabe wurde nicht gezählt.`,
  'row-not-counted': () =>
    'diese Zeile hat für kein zugeordnetes Merkmal ein vollständiges, erkanntes Antwortpaar und wurde daher nicht gezählt.',
  'answers-left-out': (i) =>
    `Über die ${MAX_DISTINCT_ANSWERS} aufgeführten hinaus wurden ${i.amount ?? 0} weitere verschiedene Antworttexte gefunden; ihre Zellen wurden nicht gezählt. Prüfen Sie, ob die zugeordneten Spalten Kano-Antworten enthalten.`,
  'unnamed-feature': () =>
    'diese Spalte nennt vor „(functional)“ oder „(dysfunctional)“ keinen Merkmalsnamen; sie wurde übergangen.',
  'unpaired-column': (i) =>
    `Merkmal „${i.feature ?? ''}“ hat keine ${i.value === 'functional' ? 'funktionale' : i.value === 'dysfunctional' ? 'dysfunktionale' : (i.value ?? '')} Spalte und wurde daher weggelassen.`,
  'duplicate-column': (i) =>
    `Merkmal „${i.feature ?? ''}“ kommt auf dieser Seite zweimal vor; die zweite Spalte wurde übergangen.`,
  'ignored-column': () => 'keine Merkmalsspalte; übergangen.',
  delimiter: (i) =>
    `Als Datei mit ${i.value === ';' ? 'Semikolons' : i.value === '\t' ? 'Tabulatoren' : i.value === '|' ? 'senkrechten Strichen' : `„${i.value ?? ''}“`} als Trennzeichen gelesen.`,
  'empty-row': () => 'leere Zeile; übersprungen.',
  'short-row': (i) =>
    `diese Zeile hat nur ${i.amount ?? 0} Felder, weniger als die Kopfzeile; die fehlenden Zellen gelten als leer.`,
  'long-row': (i) =>
    `diese Zeile hat ${i.amount ?? 0} Felder, mehr als die Kopfzeile; die überzähligen Zellen wurden übergangen.`,
  'half-answer': (i) =>
    `Merkmal „${i.feature ?? ''}“ hat nur eine seiner beiden Antworten; dieses Paar wurde übersprungen.`,
  'unknown-answer': (i) =>
    `„${i.value ?? ''}“ ist für „${i.feature ?? ''}“ keiner Antwortstufe zugeordnet; dieses Paar wurde nicht gezählt. Ordnen Sie den Text in der Antworttabelle zu.`,
  'feature-no-answers': (i) => `Merkmal „${i.feature ?? ''}“ hat kein gültiges Antwortpaar.`,
  'no-answers': () => 'Keine Zeile hat ein gültiges Antwortpaar, es gibt also nichts einzuordnen.',
};

/** Every string the Kano classifier shows, in German. */
export const kanoText: Translation<typeof en.kanoText> = {
  heading: 'Kano-Klassifikator',
  intro:
    'Das Kano-Modell ordnet Merkmale danach, wie Kunden es empfinden, wenn ein Merkmal vorhanden ist und wenn es fehlt. Ordnen Sie ein einzelnes Antwortpaar ein oder eine ganze Befragung.',
  modeLegend: 'Was möchten Sie einordnen?',
  modes: { single: 'Ein Antwortpaar', survey: 'Eine Befragung (CSV)' },
  answers: {
    like: 'Das würde mich freuen',
    expect: 'Das setze ich voraus',
    neutral: 'Das ist mir egal',
    tolerate: 'Das nehme ich in Kauf',
    dislike: 'Das würde mich stören',
  } satisfies Record<Answer, string>,
  answersShort: {
    like: 'Erfreulich',
    expect: 'Vorausgesetzt',
    neutral: 'Egal',
    tolerate: 'Hinnehmbar',
    dislike: 'Störend',
  } satisfies Record<Answer, string>,
  featureLabel: 'Merkmal (optional)',
  featureHint: 'Zum Beispiel „kostenloses Aussetzen einer Woche“.',
  theFeature: (name: string) => (name ? `„${name}“` : 'das Merkmal'),
  functionalLegend: (f: string) => `Funktionale Frage: Wie würden Sie es finden, wenn das Angebot ${f} hätte?`,
  dysfunctionalLegend: (f: string) =>
    `Dysfunktionale Frage: Wie würden Sie es finden, wenn das Angebot ${f} nicht hätte?`,
  pickBoth: 'Wählen Sie zu jeder Frage eine Antwort, um die Kategorie zu sehen.',
  categories: {
    A: 'Begeisterungsanforderung',
    O: 'Leistungsanforderung',
    M: 'Basisanforderung',
    I: 'Indifferentes Merkmal',
    R: 'Rückweisungsmerkmal',
    Q: 'Fragwürdige Antwort',
  } satisfies Record<Category, string>,
  categoryMeaning: {
    A: 'Begeistert: Ist es da, freut es; fehlt es, enttäuscht es nicht.',
    O: 'Je mehr, desto besser: Ist es da, freut es; fehlt es, enttäuscht es, beides im Maß der Erfüllung.',
    M: 'Selbstverständlich: Ist es da, gibt es keinen Dank; fehlt es, enttäuscht es.',
    I: 'Macht so oder so kaum einen Unterschied.',
    R: 'Unerwünscht: Diese Person hätte es lieber nicht.',
    Q: 'Die beiden Antworten widersprechen sich; vermutlich wurde eine Frage missverstanden.',
  } satisfies Record<Category, string>,
  singleResult: (category: string) => `Kategorie: ${category}`,
  why: (f: string, d: string) =>
    `Warum: Mit dem Merkmal haben Sie „${f}“ geantwortet, ohne es „${d}“. Die Auswertungstabelle ordnet dieses Paar hier ein:`,
  tableCaption:
    'Kano-Auswertungstabelle (Berger et al., 1993): Zeilen sind die funktionale Antwort, Spalten die dysfunktionale',
  tableCorner: 'Funktional ↓ / Dysfunktional →',
  yourCell: '(Ihre Antworten)',
  legendLine:
    'A Begeisterungsanforderung, O Leistungsanforderung, M Basisanforderung, I indifferentes Merkmal, R Rückweisungsmerkmal, Q fragwürdige Antwort.',
  // Survey
  surveyIntro:
    'Eine Zeile je befragter Person. Exportieren Sie die Antworten aus Ihrem Befragungswerkzeug als CSV und lesen Sie die Datei unverändert ein: Das Werkzeug schlägt vor, welche Spalten die funktionale und die dysfunktionale Frage jedes Merkmals sind (nach Spaltennamen wie „Name (functional)“, „F6_functional“ / „F6_dysfunctional“, „pos“/„neg“ oder nach dem Wortlaut der Frage) und wie jeder Antworttext zu lesen ist; beides können Sie unten ändern. Kommas, Semikolons und Tabulatoren funktionieren gleichermaßen.',
  pasteLabel: 'Befragung als CSV einfügen',
  fileLabel: 'Oder eine CSV-Datei wählen',
  readButton: 'Eingefügte Befragung einordnen',
  loadSample: 'Beispielbefragung laden',
  downloadTemplate: 'Vorlage als CSV herunterladen',
  downloadSample: 'Beispielbefragung als CSV herunterladen',
  downloadResults: 'Ergebnisse als CSV herunterladen',
  downloadWorkbook: 'Ergebnisse als Tabellendatei herunterladen (.xlsx)',
  workbookWriting: 'Die Tabellendatei wird geschrieben …',
  workbookDone: 'Die Tabellendatei ist fertig und wird heruntergeladen.',
  workbookFailed:
    'Die Tabellendatei konnte nicht geschrieben werden (das Schreibprogramm wurde nicht geladen); der CSV-Download funktioniert weiterhin.',
  printReport: 'Befragungsbericht drucken',
  clearSurvey: 'Befragung leeren',
  resetWithSurvey:
    'Auf die Anfangswerte zurückgesetzt; die gespeicherte Befragung und ihre Spaltenauswahl wurden gelöscht.',
  reading: 'Befragung wird gelesen …',
  readNothing: 'Es wurde nichts gelesen; das Problem ist unten genannt.',
  cancelled: 'Abgebrochen. Angezeigte Ergebnisse stammen, falls vorhanden, vom vorigen Einlesen.',
  cancel: 'Einlesen abbrechen',
  progressLabel: 'Fortschritt beim Einlesen',
  levels: {
    like: 'Würde mich freuen',
    expect: 'Setze ich voraus',
    neutral: 'Ist mir egal',
    tolerate: 'Nehme ich in Kauf',
    dislike: 'Würde mich stören',
  } satisfies Record<Answer, string>,
  mapping: {
    heading: 'Als Merkmale gelesene Spalten',
    intro:
      'Aus der Datei vorgeschlagen; ändern Sie eine Auswahl, und die Ergebnisse passen sich an. An Ihrer Datei ändert sich nichts. Hier nicht gewählte Spalten werden übergangen (oben aufgeführt).',
    noneFound: 'Es wurde kein Merkmal erkannt. Legen Sie ein Merkmal an und wählen Sie seine zwei Spalten.',
    caption: 'Zuordnung der Spalten',
    feature: 'Name des Merkmals',
    functional: 'Funktionale Spalte (Merkmal vorhanden)',
    dysfunctional: 'Dysfunktionale Spalte (Merkmal fehlt)',
    importance: 'Spalte für Wichtigkeit',
    found: 'Erkannt an',
    foundBy: { header: 'Spaltennamen', question: 'Wortlaut der Frage' },
    byReader: 'Ihre Wahl',
    remove: 'Kein Merkmal',
    removeLabel: (name: string) => `Kein Merkmal: „${name}“ entfernen`,
    add: 'Merkmal hinzufügen',
    newFeature: (n: number) => `Merkmal ${n}`,
    nameLabel: (n: number) => `Name von Merkmal ${n}`,
    functionalLabel: (name: string) => `Funktionale Spalte von „${name}“`,
    dysfunctionalLabel: (name: string) => `Dysfunktionale Spalte von „${name}“`,
    importanceLabel: (name: string) => `Spalte für die Wichtigkeit von „${name}“`,
    none: 'Keine',
    columnHint:
      'Jedes Spaltenfeld nimmt einen Spaltenbuchstaben (etwa „C“) oder den Namen einer Spalte; beim Tippen erscheinen die passenden Spalten. Lassen Sie das Feld für die Wichtigkeit leer, wenn es keine gibt.',
    unknownColumn: (typed: string, kept: string) =>
      `Keine Spalte heißt „${typed}“; gewählt bleibt ${kept}. Tippen Sie einen Spaltenbuchstaben oder wählen Sie einen Namen aus der Liste.`,
    pagesLabel: 'Seiten der Spaltenzuordnung',
    previousPage: 'Vorige Merkmale',
    nextPage: 'Nächste Merkmale',
    pageStatus: (from: number, to: number, of: number) => `Merkmale ${from} bis ${to} von ${of}`,
    removed: (name: string) => `Merkmal „${name}“ aus der Zuordnung entfernt.`,
    unnamedColumn: '(ohne Namen)',
    segment: 'Segmente vergleichen nach Spalte',
  },
  answerMap: {
    heading: 'Antworten gelesen als',
    intro:
      'Jede verschiedene Antwort aus den Merkmalsspalten und die Stufe, als die sie gelesen wird. Bekannte Formulierungen werden ohne Hilfe erkannt: die vier Antwortskalen von Berger et al. 1993, auf Englisch und auf Deutsch; die deutsche Skala, mit der die meisten deutschsprachigen Fragebögen arbeiten (nach Sauerwein und Kollegen, „Das würde mich sehr freuen“ bis „Das würde mich sehr stören“); die Formulierungen des Fragebogens dieses Handbuchs in beiden Sprachen; Kurzwörter wie „egal“ oder „like“; und die Zahlen 1 bis 5. Alles andere bleibt ohne Zuordnung, und seine Zellen zählen nicht, bis Sie eine Stufe wählen.',
    unassignedCount: (n: number) =>
      n === 1
        ? '1 Antworttext ist nicht zugeordnet; seine Zellen werden nicht gezählt (er steht unter den Problemen).'
        : `${n} Antworttexte sind nicht zugeordnet; ihre Zellen werden nicht gezählt (jeder steht unter den Problemen).`,
    caption: 'Zuordnung der Antworten',
    text: 'Antworttext',
    cells: 'Zellen',
    level: 'Gelesen als',
    levelLabel: (text: string) => `„${text.length > 60 ? `${text.slice(0, 59)}…` : text}“ lesen als`,
    unassigned: 'Nicht zugeordnet (zählt nicht)',
  },
  choices: {
    tableLegend: 'Auswertungstabelle',
    tables: {
      standard: 'Standard (Berger et al. 1993)',
      pouliot: 'Abgewandelt nach Pouliot (zweimal dieselbe Antwort, außer „egal“, ist fragwürdig)',
    },
    ruleLegend: 'Regel für die Einordnung',
    rules: {
      'most-frequent': 'Häufigste Kategorie',
      'aom-vs-irq': 'Zuerst A+O+M gegen I+R+Q',
    },
  },
  methodLine: (table: string, rule: string) => `Auswertungstabelle: ${table}. Regel: ${rule}.`,
  filterLine: (f: FilterSummary) =>
    `Ausgeschlossene Befragte (wie bei rm_Q und rm_I in stp25): ${limitWords(f)}: ${f.leftOut} von ${f.before}${reasons(f)}; ${f.before - f.leftOut} ausgewertet.`,
  filter: {
    legend: 'Befragte ausschließen (optional)',
    intro:
      'Wer viele fragwürdige Antworten gibt, hat die Fragen vermutlich missverstanden; wer viele indifferente gibt, war womöglich nicht bei der Sache. Mit einer Obergrenze fallen solche Befragte aus allen Zählungen heraus; ein leeres Feld heißt: keine Grenze (so ist es voreingestellt).',
    questionable: 'Höchstens erlaubte fragwürdige Antwortpaare (Q) je befragter Person',
    indifferent: 'Höchstens erlaubte indifferente Antwortpaare (I) je befragter Person',
    hint: 'Eine ganze Zahl ab 0; leer für keine Grenze.',
  },
  resultsCaptionFiltered: (left: number, of: number) =>
    `Ergebnisse je Merkmal (${left} von ${of} Befragten durch die Grenzen oben ausgeschlossen)`,
  priority: {
    heading: 'Prioritätenliste',
    intro:
      'Die Merkmale in der Reihenfolge, in der sie Handeln verlangen: zuerst Basisanforderungen, dann Leistungs- und Begeisterungsanforderungen und indifferente Merkmale (rückweisende und fragwürdige zuletzt), jeweils mit einem Satz als Rat.',
    orderLegend: 'Innerhalb einer Kategorie ordnen nach',
    orders: {
      importance: 'Mittlerer Wichtigkeit (höchste zuerst)',
      worse: '|Worse| (größter Wert zuerst)',
      better: 'Better (größter Wert zuerst)',
    },
    noImportance: 'keine Wichtigkeitsspalte zugeordnet',
    caption: (order: string) => `Prioritätenliste, innerhalb jeder Kategorie nach ${order}`,
    item: (name: string, value: string) => `${name} (${value})`,
  },
  chartCaption: (method: string) => `Better gegen |Worse|, mit 95-%-Wilson-Intervallen als Fehlerbalken. ${method}`,
  everyone: 'Alle Befragten',
  segmentName: (name: string) => `Segment „${name}“`,
  blankSegment: '(leer)',
  intervalValue: (low: string, high: string) => `${low} bis ${high}`,
  pValue: (p: number) => (p < 0.001 ? `p < ${decimal(0.001, 3)}` : `p = ${decimal(p, 3)}`),
  testClear: (a: string, b: string, p: string) => `Eindeutig: ${a} liegt vor ${b} (${p}, exakter Binomialtest)`,
  testUnclear: (a: string, b: string, p: string) =>
    `Bei 5\u00a0% nicht eindeutig: ${a} und ${b} könnten gleichauf liegen (${p}, exakter Binomialtest)`,
  importanceValue: (mean: string, sd: string, n: number) =>
    `Mittelwert ${mean}, SD ${sd} (${n} ${n === 1 ? 'Angabe' : 'Angaben'})`,
  sizeLegend: (lo: string, hi: string) =>
    `Punktgröße: mittlere Wichtigkeit, von ${lo} (kleinster Punkt) bis ${hi} (größter Punkt).`,
  errorBarLegend:
    'Fehlerbalken: 95-%-Wilson-Intervalle für Better (senkrecht) und |Worse| (waagerecht). Lange Balken bedeuten wenige Antworten.',
  chartText: 'Diagrammwerte als Text',
  pointText: (name: string, b: string, bi: string, w: string, wi: string, importance: string) =>
    `${name}: Better ${b} (95-%-Intervall ${bi}), Worse ${w} (95-%-Intervall ${wi})${importance ? `, mittlere Wichtigkeit ${importance}` : ''}.`,
  howSure: {
    heading: 'Wie sicher ist jedes Urteil?',
    paragraphs: [
      'Intervall: der Bereich von Better oder Worse, der mit 95\u00a0% Konfidenz zu den Antworten passt, nach dem Wilson-Intervall für einen Anteil. Wir haben Wilson gewählt, weil es auch bei kleinen Stichproben und nahe 0 oder 1 genau genug ist, ohne zufälliges Nachziehen auskommt (die Zahlen sind also bei jedem Lauf gleich) und schnell ist. Überlappen sich die Intervalle zweier Merkmale stark, ordnen Sie sie nicht allein nach Better oder Worse.',
      'Test: Die Anzahl der gewählten Kategorie wird mit der der zweithäufigsten durch einen exakten zweiseitigen Binomialtest verglichen (sind beide gleich wahrscheinlich?). „Eindeutig“ heißt p unter 0,05; „bei 5\u00a0% nicht eindeutig“ heißt, die Daten können die beiden nicht unterscheiden: Ein knappes Ergebnis ist keine Kategorie, lesen Sie das Merkmal also als beides.',
      `Fong-Test (Fong 1996), so wie ihn das R-Paket stp25 rechnet: Sind a und b die Anzahlen der beiden häufigsten Kategorien unter M, O, A, I und R und ist n die Zahl aller Antwortpaare (fragwürdige eingeschlossen), dann ist der Vorsprung bei 5\u00a0% signifikant, wenn |a − b| ≥ 1,65 × √((a + b)(2n − a − b) ÷ 2n); die rechte Seite wird wie in stp25 auf eine Nachkommastelle gerundet. Wie stp25 nennen wir ihn nur, wenn A + O + M + I mindestens 12 beträgt. Er ist ein Näherungstest neben dem exakten Binomialtest; widersprechen sich beide, ist der Vorsprung knapp.`,
      'Kategoriestärke (Lee und Newcomb 1997): der Anteil der häufigsten Kategorie minus der Anteil der zweithäufigsten, bezogen auf alle Antwortpaare; fragwürdige Antworten werden dabei wie in stp25 nicht mitgereiht. Gesamtstärke: der Anteil von A + O + M, also wie vielen Befragten das Merkmal überhaupt etwas bedeutet. Eine niedrige Gesamtstärke heißt: Das Merkmal ist wenigen wichtig, gleich welcher Kategorie es angehört.',
      `Markierung „gemischt“: Die gewählte Kategorie liegt weniger als ${MIXED_MARGIN_POINTS} Prozentpunkte aller Antwortpaare vor der nächsten. Nach der Regel „häufigste Kategorie“ ist das eine Kategoriestärke unter ${MIXED_MARGIN_POINTS} Punkten (außer wenn fragwürdige Antworten unter den beiden häufigsten sind, die die Kategoriestärke nicht mitreiht). Die Markierung übersieht die Stichprobengröße, die Tests nicht: Bei vielen Befragten ist schon ein kleiner Abstand eindeutig, bei wenigen womöglich nicht einmal ein großer.`,
    ],
  },
  segments: {
    heading: 'Segmente',
    intro: (n: number) =>
      `${n} Segmente nebeneinander. Für jedes Merkmal prüft ein Chi-Quadrat-Test, ob sich die Verteilung der Kategorien zwischen den Segmenten unterscheidet.`,
    small: (min: number, names: string) =>
      `Kleine Segmente (weniger als ${min} Befragte; ihre Zahlen mit Vorsicht lesen): ${names}.`,
    sized: (name: string, n: number) => `„${name}“ (${n})`,
    testCaption: 'Unterscheiden sich die Segmente? Chi-Quadrat-Test von Segment gegen Kategorie, je Merkmal',
    verdict: 'Urteil',
    statistic: 'Prüfgröße',
    method: 'p-Wert nach',
    noTest: 'Kein Test: Weniger als zwei Segmente haben Antworten in zwei Kategorien.',
    differ: 'Die Segmente unterscheiden sich (p unter 0,05)',
    same: 'Bei 5\u00a0% kein eindeutiger Unterschied',
    stat: (x2: string, df: number, p: string) => `χ² = ${x2}, FG = ${df}, ${p}`,
    asymptotic: 'Chi-Quadrat-Verteilung (jede erwartete Häufigkeit ist 5 oder mehr)',
    monteCarlo: (b: number, seed: number, minExpected: string) =>
      `Monte-Carlo, ${b.toLocaleString('de-DE')} Permutationen mit Startwert ${seed} (kleinste erwartete Häufigkeit ${minExpected}, unter 5)`,
    groupHeading: (name: string, n: number) => `${name}: ${n} ${n === 1 ? 'befragte Person' : 'Befragte'}`,
    resultsCaption: (name: string) => `Ergebnisse je Merkmal: ${name}`,
  },
  continuous: {
    heading: 'Andere Lesart: kontinuierliche Werte',
    paragraphs: [
      'Eine andere Lesart, nicht die Einordnung oben: Jede Antwort erhält einen Wert auf der verbreiteten asymmetrischen Skala (funktional: freuen 4, voraussetzen 2, egal 0, in Kauf nehmen −1, stören −2; dysfunktional gespiegelt: freuen −2, voraussetzen −1, egal 0, in Kauf nehmen 2, stören 4), gemittelt je Merkmal.',
      'Bekannte Kritik: Sie behandelt geordnete Antworten wie gleichabständige Zahlen, die Gewichte sind eine Konvention statt gemessen, und ein Mittelwert kann ein Merkmal verdecken, bei dem die Befragten in zwei Lager zerfallen. Nutzen Sie sie, um Merkmale zu vergleichen, nicht um die Kategorien zu überstimmen.',
    ],
    caption: 'Kontinuierliche Werte je Merkmal (Mittelwert und Standardabweichung)',
    functional: 'Funktionaler Wert',
    dysfunctional: 'Dysfunktionaler Wert',
    value: (mean: string, sd: string) => `${mean} (SD ${sd})`,
    plotLabel: (n: number) =>
      `Diagramm von ${n} Merkmalen: mittlerer dysfunktionaler Wert nach rechts, mittlerer funktionaler Wert nach oben, beide von −2 bis 4. Die Tabelle enthält dieselben Werte.`,
    xAxis: 'Dysfunktionaler Wert (Mittel)',
    yAxis: 'Funktionaler Wert (Mittel)',
  },
  fileTooLarge: (mb: string) =>
    `Diese Datei ist ${mb}\u00a0MB groß; die Grenze liegt bei etwa ${millions(MAX_CHARS)}\u00a0MB. Teilen Sie sie auf und lesen Sie sie in Teilen ein.`,
  fileUnreadable: 'Die Datei konnte nicht gelesen werden.',
  /** Warum eine Befragung nicht im Browser bleibt, je nachdem, wie das Speichern ausging. */
  notSaved: {
    'too-large':
      'Diese Befragung ist zu groß, um sie in diesem Browser aufzubewahren; nach dem Neuladen ist sie nicht mehr da.',
    full: 'Der Speicher dieses Browsers ist voll, deshalb wird diese Befragung nicht aufbewahrt; nach dem Neuladen ist sie nicht mehr da.',
    blocked:
      'Dieser Browser lässt das Handbuch nicht speichern, deshalb wird diese Befragung nicht aufbewahrt; nach dem Neuladen ist sie nicht mehr da.',
  },
  sync: {
    heard: 'Ein anderer Tab hat die Einstellungen für diese Befragung geändert; sie gelten auch hier.',
    held: 'Ein anderer Tab hat eine andere Befragung geöffnet oder diese geleert. Dieser Tab zeigt weiter seine eigene und speichert nichts, bis Sie wählen.',
    unreadable:
      'Dieser Browser hat Einstellungen zur Befragung, die eine neuere Fassung des Handbuchs gespeichert hat. Dieser Tab speichert nichts darüber, bis Sie wählen; nach dem Neuladen werden sie gelesen.',
    keepHere: 'Befragung dieses Tabs behalten (sie ersetzt die andere in diesem Browser)',
    openOther: 'Befragung des anderen Tabs hier öffnen',
    keptHere: 'Die Befragung dieses Tabs ist in diesem Browser aufbewahrt, anstelle der im anderen Tab geöffneten.',
    ownReplaced: (rows: readonly string[], other: boolean) =>
      `Ein anderer Tab hat ${rows.length > 0 ? `${rows.length === 1 ? 'dieselbe Zeile' : 'dieselben Zeilen'} (${rows.map((r) => `„${r}“`).join(', ')})` : 'dieselbe Einstellung'}${rows.length > 0 && other ? ' und weitere Einstellungen' : ''} einen Moment nach Ihnen geändert: seine Änderung gilt. „Rückgängig“ stellt Ihre wieder her.`,
    ownBack: 'Ihre Einstellungen sind zurück.',
  },
  summary: (respondents: number, rows: number, features: number) =>
    `${respondents} von ${rows} Zeilen mit Befragten hatten mindestens ein gültiges Antwortpaar; ${features} ${features === 1 ? 'Merkmal' : 'Merkmale'} eingeordnet.`,
  timing: (ms: string) => `Gelesen und eingeordnet in ${ms}\u00a0ms.`,
  issuesHeading: (n: number) => `${n} ${n === 1 ? 'Problem' : 'Probleme'} gefunden`,
  issueMore: (n: number) => `… und ${n} weitere, hier nicht gezeigt.`,
  severity: { error: 'Fehler', warning: 'Warnung', note: 'Hinweis' },
  issue: (i: SurveyIssue) => `${where(i)}${(ISSUES[i.code] ?? (() => ''))(i)}`,
  resultsCaption: 'Ergebnisse je Merkmal',
  glanceLabel: 'Kategorie je Merkmal',
  columns: {
    feature: 'Merkmal',
    total: 'Antwortpaare',
    category: 'Kategorie',
    strength: 'Stärke',
    categoryStrength: 'Kategoriestärke',
    totalStrength: 'Gesamtstärke',
    fong: 'Fong-Test',
    better: 'Better',
    worse: 'Worse',
    flags: 'Hinweise',
    test: 'Häufigste gegen zweithäufigste',
    betterInterval: 'Better, 95-%-Intervall',
    worseInterval: 'Worse, 95-%-Intervall',
    importance: 'Wichtigkeit',
  },
  strengthValue: (points: string, runnerUp: string) => `${points} Prozentpunkte${runnerUp ? ` vor ${runnerUp}` : ''}`,
  mixed: (a: string, b: string) => `Gemischt: ${a} und ${b} liegen nah beieinander`,
  percentValue: (x: string) => `${x}\u00a0%`,
  fongValue: (significant: boolean, difference: number, critical: string) =>
    significant
      ? `Signifikant: |a − b| = ${difference} ≥ ${critical}`
      : `Nicht signifikant: |a − b| = ${difference} < ${critical}`,
  fongNotApplicable: 'entfällt (weniger als 12 Paare in A, O, M, I)',
  noCategory: 'keine Antworten',
  undefinedCoefficient: 'n. d.',
  undefinedCoefficientTitle: 'Nicht definiert: Keine Antwort fiel auf A, O, M oder I.',
  flagQuestionable: `Viele fragwürdige Antworten (${percent(QUESTIONABLE_FLAG_SHARE)} oder mehr)`,
  flagReverse: `Viele rückweisende Antworten (${percent(REVERSE_FLAG_SHARE)} oder mehr)`,
  noFlags: '—',
  chartHeading: 'Better gegen Worse',
  chartLabel: (n: number) =>
    `Streudiagramm von ${n} Merkmalen: Better auf der senkrechten Achse, |Worse| auf der waagerechten, in vier Quadranten geteilt. Die Tabelle enthält dieselben Werte.`,
  tooltip: (name: string, better: string, worse: string) => `${name}: Better ${better}, |Worse| ${worse}`,
  chartEmpty: 'Noch hat kein Merkmal ein definiertes Better und Worse, es gibt also nichts zu zeichnen.',
  chartLeftOut: (names: string) => `Nicht gezeichnet (keine Antworten in A, O, M oder I): ${names}.`,
  chartLoading: 'Diagramm wird gezeichnet …',
  chartFailed: 'Das Diagramm konnte nicht gezeichnet werden; die Tabelle enthält dieselben Werte.',
  axisBetter: 'Better: Zufriedenheit, wenn vorhanden',
  axisWorse: '|Worse|: Unzufriedenheit, wenn es fehlt',
  quadrants: {
    attractive: 'Begeisterungsanforderung (Better hoch, |Worse| niedrig)',
    'one-dimensional': 'Leistungsanforderung (Better hoch, |Worse| hoch)',
    'must-be': 'Basisanforderung (Better niedrig, |Worse| hoch)',
    indifferent: 'Indifferentes Merkmal (Better niedrig, |Worse| niedrig)',
  } satisfies Record<Quadrant, string>,
  quadrantShort: {
    attractive: 'Begeisterung',
    'one-dimensional': 'Leistung',
    'must-be': 'Basis',
    indifferent: 'Indifferent',
  } satisfies Record<Quadrant, string>,
  quadrantColumn: 'Quadrant',
  formulaRules: [
    'Das Antwortpaar jeder befragten Person zu einem Merkmal wird in der Auswertungstabelle von Berger et al. (1993) nachgeschlagen und einer von sechs Kategorien zugezählt: A, O, M, I, R oder Q.',
    'Die Kategorie eines Merkmals ist seine häufigste. Bei exaktem Gleichstand gewinnt die Kategorie mit der größeren Wirkung auf die Zufriedenheit, in der Reihenfolge M > O > A > I (dann R, dann Q). Bei einer Befragung können Sie stattdessen die Regel „wenn A + O + M > I + R + Q, die größte von A, O und M, sonst die größte von I, R und Q“ wählen, und die abgewandelte Auswertungstabelle, die Berger et al. (1993) Pouliot zuschreiben: Dort ist dieselbe Antwort auf beide Fragen (außer „egal“) fragwürdig.',
    `Kategoriestärke = Anteil der häufigsten Kategorie − Anteil der zweithäufigsten, in Prozentpunkten, über alle Antwortpaare (nach Lee und Newcomb, 1997). Unter ${MIXED_MARGIN_POINTS} Prozentpunkten wird das Merkmal als gemischt markiert: Lesen Sie es als zu beiden Kategorien gehörig.`,
    'Better = (A + O) ÷ (A + O + M + I), von 0 bis 1: wie stark das Hinzufügen des Merkmals die Zufriedenheit steigern kann.',
    'Worse = −(O + M) ÷ (A + O + M + I), von −1 bis 0: wie stark das Weglassen die Zufriedenheit senken kann. Das Minuszeichen ist eine Konvention; das Diagramm zeigt den Betrag, |Worse|.',
    'Rückweisende und fragwürdige Antworten gehen nicht in Better und Worse ein. Ist A + O + M + I gleich 0, sind beide nicht definiert und werden als n. d. angezeigt.',
    `Ein Merkmal wird markiert, wenn ${percent(QUESTIONABLE_FLAG_SHARE)} oder mehr seiner Antworten fragwürdig sind (die Frage wurde womöglich missverstanden) oder ${percent(REVERSE_FLAG_SHARE)} oder mehr rückweisend (manche Befragte hätten es lieber nicht).`,
    'Die Quadranten des Diagramms teilen beide Achsen bei 0,5.',
    'Gesamtstärke = (A + O + M) ÷ alle Antwortpaare. Fong-Test (Fong 1996, so wie ihn das R-Paket stp25 rechnet): Sind a und b die beiden größten Anzahlen unter M, O, A, I und R und ist n die Zahl aller Antwortpaare, dann ist der Vorsprung bei 5\u00a0% signifikant, wenn |a − b| ≥ 1,65 × √((a + b)(2n − a − b) ÷ 2n). In der Befragungsansicht lassen sich Befragte mit mehr als einer gewählten Zahl fragwürdiger oder indifferenter Antwortpaare aus allen Zählungen ausschließen (wie mit rm_Q und rm_I in stp25).',
    '95-%-Intervalle für Better und Worse sind Wilson-Intervalle über A + O + M + I. Die häufigste Kategorie wird gegen die zweithäufigste mit einem exakten zweiseitigen Binomialtest auf ihren beiden Anzahlen geprüft. Segmente werden mit einem Chi-Quadrat-Test von Segment gegen Kategorie verglichen; ist eine erwartete Häufigkeit kleiner als 5, stammt der p-Wert stattdessen aus 2.000 Monte-Carlo-Permutationen mit festem Startwert.',
  ],
  csvFormat:
    'Aufbau der Befragungsdatei: Die erste Zeile ist die Kopfzeile, jede weitere Zeile eine befragte Person. Jedes Merkmal belegt zwei Spalten namens „Merkmal (functional)“ und „Merkmal (dysfunctional)“ (die Kurzformen „Merkmal:f“ und „Merkmal:d“ gehen auch; die englischen Kennwörter bleiben stehen). Antworten: die Zahlen 1 (würde mich freuen), 2 (setze ich voraus), 3 (ist mir egal), 4 (nehme ich in Kauf), 5 (würde mich stören) oder eine der bekannten Formulierungen, deutsch wie „Das würde mich sehr freuen“ bis „Das würde mich sehr stören“ oder englisch wie I like it bis I dislike it (die Liste steht unter „Antworten gelesen als“); andere Texte ordnen Sie dort einer Stufe zu. Ein leeres Paar wird übersprungen; ein Paar mit nur einer Antwort oder einer unbekannten Antwort wird übersprungen und mit Zeile und Spalte gemeldet; jedes andere Paar zählt weiter. In den exportierten Ergebnissen erhält jede Textzelle, die mit =, +, @, einem Bindestrich (-), einem Tabulator oder einem Wagenrücklauf beginnt, einen vorangestellten Apostroph, damit eine Tabellenkalkulation sie als Text zeigt, statt sie als Formel auszuführen.',
  assumptions:
    'Das Kano-Modell ist eine eigenständige, etablierte Methode (Kano et al., 1984; Berger et al., 1993). Die vier Wertquellen des Essays wurden über sie gewonnen, sind aber nicht dasselbe: Dieses Werkzeug ordnet Merkmale ein, das Wert-Quiz beschreibt ein Angebot.',
  privacy: 'Die Befragung bleibt in diesem Browser: Nichts wird hochgeladen.',
  maxIssues: MAX_ISSUES,
  labels: {
    view: 'Ansicht',
    feature: 'Name des Merkmals',
    functional: 'Antwort mit dem Merkmal',
    dysfunctional: 'Antwort ohne das Merkmal',
  },
  notices: {
    badAnswer: (label: string, raw: string) =>
      `${label}: ${raw} ist keiner der Werte like, expect, neutral, tolerate, dislike; die Frage bleibt unbeantwortet.`,
  },
};
