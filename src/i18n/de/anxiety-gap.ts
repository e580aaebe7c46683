/** Every string of the anxiety-gap tool, in German, with the formula and assumptions it prints. */
import { MODEL } from '../../lib/anxiety/factors';
import { plainNumber } from '../../lib/number-input';
import type * as en from '../en/anxiety-gap';
import type { Translation } from '../types';

const m = MODEL;
const w = m.weights;
const rw = m.reassuranceWeights;
/** A model constant in German notation: 0,6; 1.826,25. */
const n = (x: number) => plainNumber(x, { decimal: ',' });

/** Singular and plural of each time unit, as the calculator offers them. */
const TIME_UNIT_NAMES = {
  minute: ['Minute', 'Minuten'],
  hour: ['Stunde', 'Stunden'],
  day: ['Tag', 'Tage'],
  week: ['Woche', 'Wochen'],
  month: ['Monat', 'Monate'],
  year: ['Jahr', 'Jahre'],
} as const;

export const anxietyGap: Translation<typeof en.anxietyGap> = {
  title: 'Unsicherheitsrechner',
  intro:
    'Beschreiben Sie die Wartezeit zwischen der Kaufentscheidung eines Kunden und dem Wertmoment, so wie sie heute ist und wie sie sein könnte. Index, Kurve und gewichteter Umsatz folgen Ihren Eingaben sofort.',
  ourModel:
    'Das Modell dieses Handbuchs: Der Essay nennt, was die Lücke vergrößert, gibt aber weder Formel noch Zahlen an. Der Index stammt von uns und vergleicht Szenarien unter den Gewichten, die unten unter „Formel und Annahmen“ stehen. Er misst nicht, wie verunsichert Kunden sind, und ist kein Anteil an Abwanderung oder Umsatz.',
  numberHint: (example: string) => `Schreiben Sie Zahlen so, wie Sie es gewohnt sind, zum Beispiel ${example}.`,
  scenario: { today: 'Heute', changed: 'Mit Änderungen' },
  scenarioHint: {
    today: 'Das Angebot, wie Kunden es heute erleben.',
    changed: 'Dasselbe Angebot nach den Änderungen, die Sie erwägen.',
  },
  copyTodayToChanged: 'Werte von „Heute“ in „Mit Änderungen“ übernehmen',
  copiedTodayToChanged:
    'Werte von „Heute“ in „Mit Änderungen“ übernommen; die vorherigen Werte lassen sich zurückholen.',
  examples: {
    legend: 'Mit einer der vier Situationen aus dem Essay beginnen (die Zahlen stammen von uns)',
    select: 'Beispiel',
    useFor: (scenario: string) => `Für „${scenario}“ verwenden`,
    loaded: (example: string, scenario: string) => `„${example}“ in „${scenario}“ geladen.`,
    names: {
      lunch: 'Ort fürs Mittagessen wählen',
      car: 'Auto kaufen',
      investment: 'Geld anlegen',
      insurance: 'Lebensversicherung abschließen',
    },
  },
  fields: {
    gap: 'Zeit von der Kaufentscheidung bis zum Wertmoment',
    gapUnit: 'Einheit der Zeit bis zum Wertmoment',
    gapHint:
      'Der Wertmoment ist der Augenblick, in dem der Kunde zum ersten Mal bekommt, wofür er bezahlt hat: das Essen, das gelieferte Auto, die erste Rendite.',
    size: 'Größe der Verpflichtung',
    sizeShare: 'Als Anteil an den Mitteln des Käufers',
    sizePrice: 'Als Preis und Budget',
    share: 'Preis als Anteil an den Mitteln des Käufers',
    price: 'Preis',
    budget: 'Mittel des Käufers für diese Art von Entscheidung',
    budgetHint:
      'Was der Käufer für diese Art von Entscheidung ausgeben kann: beim Mittagessen das Essensgeld einer Woche, beim Auto ein Jahreseinkommen oder die Ersparnisse.',
    shareFromPrice: (share: string) => `Das sind ${share}\u00a0% der Mittel des Käufers.`,
    complexity: 'Komplexität',
    complexityHint:
      'Wie viele Entscheidungen und wie viel Umstellung von Gewohnheiten der Wert verlangt, von 0 (ein Snack) bis 10 (Finanzdienstleistungen). Haben Sie dieses Angebot im Spektrum-Raster eingeordnet, nehmen Sie denselben Wert.',
    useGrid: 'Komplexität aus dem Spektrum-Raster übernehmen',
    window: 'Rückgabe- oder Widerrufsfrist',
    windowUnit: 'Einheit der Rückgabefrist',
    windowHint:
      'Wie lange der Kunde den Kauf danach noch rückgängig machen kann; 0 heißt gar nicht. Die Frist beruhigt nur, solange sie läuft, und senkt den Index deshalb nur, wenn sie bis zum Wertmoment reicht.',
    touchpoints: 'Kontaktpunkte während der Lücke',
    touchpointsHint: (needed: string) =>
      `Geplante Kontakte von Ihrer Seite während des Wartens: Zwischenstände, Anrufe, Tipps. Bei dieser Lücke gelten ${needed === '1' ? 'ein Kontakt' : `${needed} Kontakte`} als volle Abdeckung (einer alle zwei Wochen).`,
    onboarding: 'Onboarding',
    community: 'Gemeinschaft anderer Kunden',
    customers: 'Neukunden pro Zeitraum',
    period: 'Zeitraum',
    value: 'Umsatzverlust, wenn ein Kunde geht',
    valueHint: 'Zum Beispiel der Jahresumsatz mit einem Kunden oder sein Kundenwert (Customer Lifetime Value).',
    churn: 'Kunden, die in der Lücke abwandern',
    currency: 'Währung',
  },
  units: {
    percent: '%',
    score: '0 bis 10',
    contacts: 'Kontakte',
    customers: 'Kunden',
    time: (unit, count = 2) => TIME_UNIT_NAMES[unit][count === 1 ? 0 : 1],
  },
  onboardingLevels: {
    none: 'Keines',
    basic: 'Einfach: eine Anleitung oder eine Willkommensnachricht',
    guided: 'Begleitet: eine Person oder ein Programm führt den Kunden zum ersten Wert',
  },
  communityLevels: {
    none: 'Keine',
    passive: 'Passiv: Bewertungen und ein Forum zum Nachlesen',
    active: 'Aktiv: Kunden, die einander antworten und helfen',
  },
  periods: { week: 'Woche', month: 'Monat', quarter: 'Quartal', year: 'Jahr' },
  currencyAuto: (code: string) => `Standard der Seitensprache (${code})`,
  problems: {
    empty: 'Geben Sie eine Zahl ein.',
    invalid: (example: string) => `Diese Zahl können wir nicht lesen; verwenden Sie Ziffern, zum Beispiel ${example}.`,
    grouping: 'Die Zifferngruppen wirken unregelmäßig; schreiben Sie die Zahl ohne Trennzeichen, zum Beispiel 1000.',
    'too-large': 'Diese Zahl ist zu groß.',
    below: (min: string) => `Geben Sie ${min} oder mehr ein.`,
    belowExclusive: (min: string) => `Geben Sie eine Zahl über ${min} ein.`,
    above: (max: string) => `Geben Sie höchstens ${max} ein.`,
    whole: 'Geben Sie eine ganze Zahl ein.',
    kept: (value: string) => `Die Ergebnisse rechnen weiter mit ${value}.`,
    readAs: (value: string) => `Gelesen als ${value}.`,
  },
  results: {
    heading: 'Verunsicherungsindex',
    indexLabel: (scenario: string) => `Verunsicherungsindex, ${scenario}`,
    outOf: 'von 100',
    band: (band: string) => `Verunsicherung: ${band.toLowerCase()}`,
    difference: (points: number) =>
      points === 0
        ? 'Die Änderungen lassen den Index unverändert.'
        : points < 0
          ? `Die Änderungen senken den Index um ${-points} ${-points === 1 ? 'Punkt' : 'Punkte'}.`
          : `Die Änderungen erhöhen den Index um ${points} ${points === 1 ? 'Punkt' : 'Punkte'}.`,
    bands: { low: 'Gering', moderate: 'Mäßig', marked: 'Deutlich', high: 'Hoch', severe: 'Sehr hoch' },
    contributionsHeading: 'Was den Index treibt',
    contributionsCaption:
      'Punkte, die jeder Faktor hinzufügt (+) oder abzieht (−). Erst die treibenden, dann die entlastenden Faktoren; die Zeilen ergeben zusammen den Index.',
    factorColumn: 'Faktor',
    total: 'Verunsicherungsindex',
    factors: {
      gap: 'Zeit bis zum Wertmoment',
      commitment: 'Größe der Verpflichtung',
      complexity: 'Komplexität',
      reversibility: 'Rückgabefrist',
      touchpoints: 'Kontaktpunkte',
      onboarding: 'Onboarding',
      community: 'Gemeinschaft',
    },
    topDriver: (scenario: string, factor: string) => `${scenario}: Der größte Treiber ist der Faktor „${factor}“.`,
  },
  curve: {
    heading: 'Verunsicherung über die Lücke',
    chartLabel:
      'Liniendiagramm der Verunsicherung seit dem Kauf für beide Szenarien. Die Tabelle darunter nennt die wichtigsten Punkte.',
    loading: 'Diagramm wird gezeichnet …',
    failed: 'Das Diagramm lässt sich hier nicht zeichnen; die Tabelle darunter enthält dieselben Zahlen.',
    xAxis: (unit: string) => `Zeit seit dem Kauf (${unit})`,
    yAxis: 'Verunsicherung (0 bis 100)',
    tableCaption: 'Wichtige Punkte der Verunsicherungskurve',
    moment: 'Zeitpunkt',
    time: 'Zeit seit dem Kauf',
    anxiety: 'Verunsicherung',
    moments: {
      purchase: 'Kauf',
      'window-closes': 'Rückgabefrist: kurz vor Ablauf',
      'window-closed': 'Rückgabefrist: gerade abgelaufen',
      halfway: 'Hälfte der Lücke',
      value: 'Wertmoment',
      after: 'Einige Zeit nach dem Wertmoment',
    },
    words: (scenario: string, start: string, peak: string, gap: string, end: string, endAt: string) =>
      `${scenario}: Die Verunsicherung liegt beim Kauf bei ${start}, am Wertmoment (${gap} nach dem Kauf) bei ${peak} und ${endAt} nach dem Kauf nur noch bei ${end}.`,
    wordsWindow: (closesAt: string, open: string, closed: string) =>
      open === closed
        ? `Die Rückgabefrist endet ${closesAt} nach dem Kauf; die Verunsicherung liegt dann bei ${open}.`
        : `Die Rückgabefrist endet ${closesAt} nach dem Kauf; die Verunsicherung springt dann von ${open} auf ${closed}, als hätte es nie eine Frist gegeben.`,
  },
  levers: {
    heading: 'Was jede Änderung bewirken würde',
    caption: (scenario: string) => `Jede Änderung einzeln auf „${scenario}“ angewandt, die größte Wirkung zuerst`,
    lever: 'Änderung',
    indexAfter: 'Index danach',
    lower: 'Punkte weniger',
    kept: 'Gehaltener Umsatz pro Jahr (gewichtet)',
    none: 'Schon umgesetzt',
    names: {
      'halve-gap': 'Zeit bis zum Wertmoment halbieren',
      'halve-commitment': 'Verpflichtung halbieren (kleinerer erster Schritt oder Ratenzahlung)',
      simplify: 'Vereinfachen: Komplexität zwei Punkte niedriger',
      'cover-gap': 'Rückgabefrist so lang wie die Lücke',
      touchpoints: 'Ein Kontaktpunkt alle zwei Wochen der Lücke',
      onboarding: 'Begleitetes Onboarding',
      community: 'Eine aktive Kundengemeinschaft',
    },
  },
  revenue: {
    heading: 'Gefährdeter Umsatz, gewichtet mit dem Index',
    legend: 'Ihre Geschäftszahlen (für beide Szenarien gleich)',
    note: 'Das Modell dieses Handbuchs: der Umsatz, den Sie in der Lücke durch Abwanderung verlieren, gewichtet mit Index ÷ 100. Die Gewichtung stellt beide Szenarien in Geld nebeneinander; sie ist weder ein gemessener Anteil der Abwanderung, den die Verunsicherung verursacht, noch eine Prognose.',
    caption: (period: string) =>
      `In der Lücke verlorener Umsatz, auch gewichtet mit dem Index, pro ${period} und pro Jahr`,
    measure: 'Größe',
    perPeriod: (period: string) => `Pro ${period}`,
    perYear: 'Pro Jahr',
    churned: 'Durch Abwanderung in der Lücke verloren, gleich aus welchem Grund',
    atRisk: (scenario: string) => `Mit dem Index gewichtet, ${scenario.charAt(0).toLowerCase()}${scenario.slice(1)}`,
    kept: 'Durch die Änderungen gehalten (gewichtet)',
    words: (today: string, todayYear: string, changed: string, changedYear: string) =>
      `Mit dem Index gewichtet, beträgt der verlorene Umsatz pro Zeitraum heute ${today} (${todayYear} im Jahr) und mit den Änderungen ${changed} (${changedYear} im Jahr).`,
    keeps: (kept: string) => `Nach dieser Gewichtung würden die Änderungen ${kept} im Jahr halten.`,
    costs: (lost: string) => `Nach dieser Gewichtung würden die Änderungen ${lost} im Jahr zusätzlich gefährden.`,
    same: 'Die Änderungen lassen den gewichteten Umsatz unverändert.',
  },
  formula: {
    intro:
      'Der Essay sagt: Je länger das Warten oder je größer die Verpflichtung in Umfang und Kosten, desto mehr Raum für verunsicherte Kunden und Abwanderung; und neben ihrem Umgang mit dem Unternehmen prägt auch das, was Kunden einander sagen, das Kundenerlebnis. Zahlen nennt er nicht. Das Modell dieses Handbuchs: Die folgende Formel macht aus diesen Aussagen einen Index von 0 bis 100. Die Gewichte sind unsere Einschätzung und hier vollständig genannt, damit Sie widersprechen können; der Index vergleicht Szenarien unter diesen Gewichten und ist weder eine Messung noch eine Vorhersage.',
    lines: [
      `Index = [ (${w.gap} × T + ${w.commitment} × S) × (1 − ${n(m.reversibilityRelief)} × W) + ${w.complexity} × C ] × (1 − ${n(m.reassuranceRelief)} × R)`,
      `T = min(1, ln(1 + Lücke in Tagen) ÷ ln(1 + ${n(m.gapSaturationDays)}))   Zeit bis zum Wertmoment; voll bei fünf Jahren`,
      `S = min(1, ln(1 + Anteil ÷ ${m.shareScalePct}\u00a0%) ÷ ln(1 + ${m.shareSaturationPct}\u00a0% ÷ ${m.shareScalePct}\u00a0%))   Verpflichtung; voll bei ${m.shareSaturationPct}\u00a0% der Mittel des Käufers`,
      'C = Komplexität ÷ 10',
      'W = 1, wenn die Rückgabefrist am Wertmoment noch läuft (Frist ≥ Lücke), sonst 0',
      `R = ${n(rw.touchpoints)} × P + ${n(rw.onboarding)} × O + ${n(rw.community)} × K   Bestärkung`,
      `P = min(1, Kontaktpunkte ÷ max(1, Lücke ÷ ${m.touchpointSpacingDays} Tage))   ein Kontaktpunkt alle zwei Wochen ist volle Abdeckung`,
      `O = 0; ${n(0.5)} oder 1 für kein, einfaches oder begleitetes Onboarding`,
      `K = 0; ${n(0.5)} oder 1 für keine, passive oder aktive Gemeinschaft`,
    ],
    contributions: `Beiträge: Die Zeit bis zum Wertmoment fügt vor allen Entlastungen ${w.gap} × T hinzu, die Verpflichtung ${w.commitment} × S; die Komplexität fügt ${w.complexity} × C hinzu. Die Rückgabefrist nimmt von den ersten beiden ${n(m.reversibilityRelief)} × W weg: diesen Anteil, solange sie läuft, nichts mehr, sobald sie abgelaufen ist. Bestärkung nimmt vom Rest ${n(m.reassuranceRelief)} × R weg, aufgeteilt auf Kontaktpunkte, Onboarding und Gemeinschaft nach deren Gewichten. Die angezeigten ganzen Zahlen sind so gerundet, dass sie zusammen den Index ergeben (die größten Reste werden aufgerundet).`,
    curve: `Die Kurve: zu jedem Zeitpunkt des Wartens dieselbe Formel, mit der bis dahin vergangenen Wartezeit anstelle der Lücke und W = 1, solange die Frist zu diesem Zeitpunkt noch läuft. Endet eine Frist vor dem Wertmoment, springt die Kurve dorthin, wo sie ohne Frist läge. Der Index ist die Verunsicherung am Wertmoment, eine solche Frist senkt ihn also nicht; die Kurve zeigt die Entlastung, die sie gibt, solange sie läuft. Nach dem Wertmoment sinkt die Kurve auf das, was die Komplexität übrig lässt: ${w.complexity} × C × (1 − ${n(m.reassuranceRelief)} × R).`,
    revenue: `Gewichteter Umsatz pro Zeitraum = Neukunden × Umsatzverlust pro Kunde × Anteil, der während der Lücke abwandert × Index ÷ 100, mit dem Index, wie er angezeigt wird. Pro Jahr: × ${n(52.18)} Wochen, 12 Monate, 4 Quartale oder 1 Jahr.`,
    assumptionsHeading: 'Annahmen',
    assumptions: [
      'Die Zeit bis zum Wertmoment wiegt am schwersten, dann die Größe der Verpflichtung, dann die Komplexität: Der Essay betont die ersten beiden; die Komplexität fügt die Mühe hinzu, etwas Neues zu lernen.',
      'Zeit und Geld wirken ungefähr logarithmisch: Nach den ersten Tagen oder den ersten Prozent der Mittel des Käufers fügt jede Verdopplung etwa gleich viel hinzu; ein Warten, das von einem auf zwei Monate wächst, zählt also etwa so viel wie eines, das von einem auf zwei Jahre wächst.',
      'Über fünf Jahre Wartezeit hinaus oder bei einem Preis, der alles aufbraucht, was der Käufer ausgeben kann, wächst der Druck nicht weiter.',
      `Eine Rückgabefrist hilft nur, solange sie läuft: Ist sie abgelaufen, ist die Verunsicherung so groß, als hätte es sie nie gegeben; deshalb senkt nur eine Frist, die am Wertmoment noch läuft, den Index. Selbst dann nimmt sie nur ${n(m.reversibilityRelief * 100)}\u00a0% der Verunsicherung durch Zeit und Geld weg, nicht alles: Auch einen Kauf rückgängig zu machen kostet Mühe.`,
      'Bestärkung kann die Verunsicherung höchstens halbieren. Eine Gemeinschaft zählt fast so viel wie Ihre eigenen Kontakte, weil Kunden aufeinander hören, nicht nur auf Sie.',
      'Die Faktoren wirken nur so zusammen, wie die Formel es sagt; ein echter Markt kann sich anders verhalten.',
      'Der Index vergleicht Szenarien unter diesen Gewichten; er ist kein Anteil an Abwanderung oder Umsatz. Wer den verlorenen Umsatz mit ihm gewichtet, drückt den Vergleich in Geld aus, erfährt aber nicht, wie viel dieses Umsatzes die Verunsicherung kostet. Haben Sie gemessen, wie viel Abwanderung in der Lücke auf Verunsicherung zurückgeht, nehmen Sie Ihr eigenes Maß.',
      'Beide Szenarien teilen dieselben Geschäftszahlen; nur die Verunsicherung unterscheidet sich.',
    ],
  },
};
