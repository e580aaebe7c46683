import type * as en from '../en/diagrams';
import type { Translation } from '../types';

/** The words of the chapters' diagrams, in German. */
export const diagramText: Translation<typeof en.diagramText> = {
  anxietyCurve: {
    title: 'Verunsicherung in der Lücke zwischen Kauf und Wertmoment',
    desc: 'Ein Liniendiagramm: die Verunsicherung von niedrig (unten) bis hoch (oben), aufgetragen über die Zeit von links nach rechts. Eine senkrechte Linie links markiert die Kaufentscheidung. Zwei spätere senkrechte Linien markieren den Wertmoment: eine frühe für eine kurze Lücke und eine späte für eine lange; die Fläche zwischen Entscheidung und spätem Wertmoment ist schattiert. Die durchgezogene Linie, eine lange Lücke ohne Bestärkung, liegt vor der Entscheidung niedrig, steigt danach steil an, bleibt über den größten Teil des Diagramms hoch und fällt erst, wenn der Wert spät eintrifft; danach bleibt sie niedrig. Die gestrichelte Linie, eine kürzere oder abgesicherte Lücke, steigt nach der Entscheidung nur etwa halb so hoch und fällt bald nach dem frühen Wertmoment wieder ab; danach bleibt sie niedrig. Die Fläche unter der durchgezogenen Linie steht für die Verunsicherung, die Kunden mit sich tragen. Die Form ist eine Veranschaulichung dieses Handbuchs, keine Messung.',
    longLabel: 'Lange Lücke ohne Bestärkung',
    shortLabel: 'Kürzer, mit Bestärkung',
    decision: ['Kauf-', 'entscheidung'],
    shortValue: ['Wertmoment', '(kurze Lücke)'],
    longValue: ['Wertmoment', '(lange Lücke)'],
    before: 'Vorher',
    time: 'Zeit',
    after: 'Nachher',
    low: 'Niedrig',
    anxiety: 'Verunsicherung',
    high: 'Hoch',
    caption:
      'Unsere Lesart: Die Verunsicherung steigt nach der Kaufentscheidung und fällt im Wertmoment. Eine lange Lücke ohne Bestärkung (durchgezogen) hält Kunden länger in Unruhe als eine kürzere oder von Bestärkung begleitete (gestrichelt). McDonald zeichnet keine Kurve; die Form stammt von uns und veranschaulicht, statt zu messen.',
  },
  spectrumPlane: {
    title: 'Das Spektrum des Kundenerlebnisses: Komplexität nach Häufigkeit',
    desc: (positions: string) =>
      `Ein quadratisches Diagramm. Die waagerechte Achse ist die Häufigkeit, von 0 (selten) links bis 10 (täglich gekauft oder gesehen) rechts. Die senkrechte Achse ist die Komplexität, von 0 unten bis 10 oben. Die Positionen sind ungefähr: ${positions}`,
    span: (name: string, fFrom: string, fTo: string, cFrom: string, cTo: string) =>
      `${name}: eine Spanne von Häufigkeit ${fFrom} bis ${fTo} und Komplexität ${cFrom} bis ${cTo}`,
    point: (name: string, f: string, c: string) => `${name}: Häufigkeit ${f}, Komplexität ${c}`,
    spanNote: 'eine Spanne über die Fläche',
    low: 'Niedrig',
    high: 'Hoch',
    frequency: 'Häufigkeit: kaufen oder sehen',
    complexity: 'Komplexität',
    caption:
      'Das Spektrum des Kundenerlebnisses: Die Häufigkeit wächst von links nach rechts, die Komplexität von unten nach oben. Die Referenzprodukte aus McDonalds Essay von 2012 stehen an ungefähren Stellen, Autos erstrecken sich über einen großen Teil der Fläche. Unsere Lesart: Die Positionen folgen aus den Worten des Essays, der keine Zahlen nennt.',
  },
  startSequence: {
    title: 'Wo anfangen: zuerst der Kundenservice, zuletzt das Marketing',
    desc: 'Eine Folge von fünf Stufen von oben nach unten. Stufe 1, Kundenservice: beheben, womit Kunden sich schwertun. Stufe 2, Produktentwicklung: aus dem, was der Kundenservice lernt, Gestaltung machen. Stufe 3, Einkauf und Logistik: Kundengespräche als Frühwarnsystem für die Versorgung nutzen. Stufe 4, Vertrieb: Zufriedene Kunden öffnen Türen. Stufe 5, zuletzt Marketing: Kunden verstärken, die zu Fürsprechern geworden sind. Jede Stufe baut auf der vorigen auf.',
    steps: [
      { label: 'Kundenservice', note: 'Beheben, womit Kunden sich schwertun' },
      { label: 'Produktentwicklung', note: 'Service-Wissen wird Gestaltung' },
      { label: 'Einkauf und Logistik', note: 'Frühwarnsystem für die Versorgung' },
      { label: 'Vertrieb', note: 'Zufriedene Kunden öffnen Türen' },
      { label: 'Marketing', note: 'Echte Fürsprecher verstärken, zuletzt' },
    ],
    caption:
      'Wo anfangen, nach Axel Schultze: im Kundenservice beginnen, das Gelernte in Produktentwicklung, Einkauf und Logistik, dann in den Vertrieb tragen und das Marketing zuletzt dazuholen, wenn es zufriedene Kunden gibt, deren Stimme es verstärken kann.',
  },
};
