import { Q_LIMITS } from '../../lib/questionnaire/model';
import type { CodeProblem } from '../../lib/questionnaire/read-code';
import type { QuestionnaireProblem } from '../../lib/questionnaire/url';
import type * as en from '../en/questionnaire';
import type { Translation } from '../types';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const PROBLEMS: Record<QuestionnaireProblem['code'], (p: QuestionnaireProblem) => string> = {
  'bad-packed': (p) =>
    `Die Adresse konnte nicht gelesen werden: Sie ist beschädigt (abgeschnitten oder verändert) oder länger als ${p.amount ?? 0} Zeichen.`,
  'too-long-address': (p) => `Die Adresse ist länger als ${p.amount ?? 0} Zeichen; nur ihr Anfang wurde gelesen.`,
  'unknown-key': (p) => `Die Adresse enthält „${p.key}“, das ein Fragebogen nicht verwendet; es wurde übergangen.`,
  'too-long': (p) => `„${p.key}“ war länger als ${p.amount ?? 0} Zeichen und wurde gekürzt.`,
  'bad-set': (p) => `„${p.value ?? ''}“ ist keine der Antwortskalen; die Standardskala wird verwendet.`,
  'too-many-features': (p) => `„${p.key}“ liegt über der Grenze von ${p.amount ?? 0} Merkmalen und wurde weggelassen.`,
  'description-without-name': (p) => `„${p.key}“ beschreibt ein Merkmal ohne Namen und wurde weggelassen.`,
  markup: (p) =>
    `„${p.key}“ sieht aus wie Webcode („${p.value ?? ''}“); es wird als reiner Text gezeigt und kann nicht ausgeführt werden.`,
};

/** Every string of the questionnaire builder and the answering page, in German. */
export const questionnaireText: Translation<typeof en.questionnaireText> = {
  needsScript: 'Diese Seite braucht JavaScript, um einen Fragebogen zu erstellen.',
  answerSetNames: {
    'like-must': 'Würde mich sehr freuen / setze ich voraus (übliche deutsche Skala)',
    'enjoy-necessity': 'Gefällt mir sehr / unverzichtbar',
    'helpful-problem': 'Sehr hilfreich / großes Problem',
    'like-expect': 'Würde mich freuen / setze ich voraus (Wortlaut des Kano-Klassifikators)',
  },
  builderTitle: 'Kano-Fragebogen',
  fromKano:
    'Sie sammeln Antworten von einer ganzen Gruppe? Erstellen Sie einen Fragebogen, den alle auf dem Handy beantworten:',
  builderDescription:
    'Erstellen Sie einen Kano-Fragebogen, den Ihre Gruppe auf dem Handy beantwortet: Der Fragebogen steckt in seiner Adresse, die Antworten kommen als kurze Codes zurück, und nichts wird irgendwohin gesendet.',
  builderLead:
    'Schreiben Sie die Merkmale auf, geben Sie die Adresse oder ihren QR-Code weiter, und sammeln Sie die Antwortcodes, die man Ihnen schickt. Der Fragebogen reist in der Adresse selbst: Diese Website hat keinen Server, der ihn speichern könnte.',
  titleLabel: 'Titel für die Befragten (optional)',
  featuresHeading: 'Merkmale',
  featuresHint: `1 bis ${Q_LIMITS.features} Merkmale. Halten Sie die Namen kurz; eine einzeilige Beschreibung hilft allen, die das Produkt nicht kennen.`,
  featureName: (n: number) => `Merkmal ${n}: Name`,
  featureDescription: (n: number) => `Merkmal ${n}: Beschreibung (optional)`,
  removeFeature: (n: number) => `Merkmal ${n} entfernen`,
  featureRemoved: (n: number, name: string) =>
    name === '' ? `Merkmal ${n} entfernt.` : `Merkmal ${n}, „${name}“, entfernt.`,
  moveUp: (n: number) => `Merkmal ${n} nach oben verschieben`,
  addFeature: 'Merkmal hinzufügen',
  featureLimit: `Ein Fragebogen fasst höchstens ${Q_LIMITS.features} Merkmale.`,
  wordingHeading: 'Die beiden Fragen',
  wordingHint:
    'Leer lassen für den Standardwortlaut. Schreiben Sie {feature} an die Stelle, an der der Name des Merkmals stehen soll.',
  functionalLabel: 'Frage, wenn das Merkmal vorhanden ist',
  dysfunctionalLabel: 'Frage, wenn das Merkmal fehlt',
  setHeading: 'Antwortskala',
  setHint:
    'Die erste ist die im deutschsprachigen Raum übliche Skala nach Sauerwein und Kollegen; die übrigen sind die Skalen, die Berger und Kollegen (1993) besprechen, in unserer deutschen Fassung. Jede reicht von Gefallen bis Missfallen.',
  shareHeading: 'Mit der Gruppe teilen',
  shareEmpty: 'Fügen Sie mindestens ein Merkmal mit Namen hinzu, um die Adresse zum Teilen zu erhalten.',
  shareIntro:
    'Zeigen Sie diesen QR-Code am Beamer oder schicken Sie die Adresse. Wer sie öffnet, sieht den Fragebogen.',
  qrLabel: (n: number) => `QR-Code der Adresse des Fragebogens (${plural(n, 'Merkmal', 'Merkmale')})`,
  addressLabel: 'Adresse des Fragebogens',
  openAnswer: 'Fragebogen so öffnen, wie Befragte ihn sehen',
  copyAddress: 'Adresse kopieren',
  copied: 'Adresse kopiert.',
  copyFailed: 'Kopieren nicht möglich; markieren Sie die Adresse und kopieren Sie sie selbst.',
  problemsHeading: 'Was nicht wie angegeben gelesen wurde',
  addressTooLong: (length: number, max: number) =>
    `Dieser Fragebogen ist zu lang für eine Adresse (${length} Zeichen auch gepackt; Adressen enden bei ${max}): Kürzen Sie Namen oder Beschreibungen. Bis dahin bleibt er in diesem Browser gespeichert.`,
  savedShown: 'Stattdessen wird der in diesem Browser gespeicherte Fragebogen unverändert gezeigt.',
  tooLongForQr:
    'Die Adresse ist zu lang für einen QR-Code; kürzen Sie Namen oder Beschreibungen oder geben Sie die Adresse als Text weiter.',
  qrLarge: 'QR-Code bildschirmfüllend zeigen',
  qrClose: 'Schließen',
  problem: (p: QuestionnaireProblem) => PROBLEMS[p.code](p),
};

const CODE_PROBLEMS: Record<CodeProblem, string> = {
  'not-a-code': 'kein Antwortcode dieses Handbuchs',
  'unknown-version': 'von einer anderen Version der Fragebogenseite erzeugt',
  'bad-character': 'enthält ein Zeichen, das in Codes nie vorkommt (I, L, O oder U); vermutlich vertippt',
  'bad-checksum': 'die Prüfzeichen passen nicht; vermutlich vertippt (ein Zeichen geändert oder zwei vertauscht)',
  'other-questionnaire': 'für einen anderen Fragebogen erzeugt (andere Merkmale oder Antwortskala)',
  'wrong-length': 'hat die falsche Anzahl Antworten für diesen Fragebogen',
};

/** Strings of the "Paste response codes" panel, in German. */
export const collectText: Translation<typeof en.collectText> = {
  heading: 'Antwortcodes einfügen',
  intro:
    'Fügen Sie alles ein, was Codes enthält: einen Chatverlauf, eine E-Mail, einen Code pro Zeile. Codes werden gefunden, wo immer sie stehen; Namen und Uhrzeiten drumherum werden übergangen. Fügen Sie später weitere ein: Bereits gezählte Codes zählen nicht doppelt.',
  label: 'Text mit Antwortcodes',
  add: 'Codes hinzufügen',
  clear: 'Alle gesammelten Codes verwerfen',
  cleared: 'Gesammelte Codes verworfen.',
  notSaved: (full: boolean, inAddress: boolean) =>
    `Diese Codes sind in diesem Browser nicht gespeichert: ${full ? 'sein Speicher ist voll' : 'er lässt das Handbuch nicht speichern'}. ${inAddress ? 'Die Adresse der Seite bewahrt sie vorerst' : 'Sie bleiben nur auf dieser Seite, bis sie geschlossen wird'}; laden Sie die Antworten herunter, um sie zu sichern.`,
  download: 'Antworten herunterladen (CSV)',
  downloadHint:
    'Eine Zeile je befragter Person, zwei Spalten je Merkmal: so, wie die Befragungsansicht des Kano-Klassifikators sie liest.',
  none: 'Noch keine Codes gesammelt.',
  total: (n: number) => `Bisher liegen Antworten von ${n === 1 ? 'einer befragten Person' : `${n} Befragten`} vor.`,
  report: (found: number, valid: number, duplicates: number, rejected: number) =>
    `${plural(found, 'Code', 'Codes')} gefunden: ${valid} gültig und neu, ${duplicates} doppelt (übergangen), ${rejected} abgelehnt.`,
  tooLong: 'Der Text ist zu lang zum Durchsuchen (über 2 Millionen Zeichen); fügen Sie ihn in Teilen ein.',
  overLimit: (n: number) =>
    `${plural(n, 'gültiger Code wurde', 'gültige Codes wurden')} nicht übernommen: Die Höchstzahl an Befragten ist erreicht.`,
  rejectedHeading: 'Abgelehnte Codes',
  rejected: (code: string, why: CodeProblem) => `„${code}“: ${CODE_PROBLEMS[why]}.`,
  resultsHeading: 'Bisherige Ergebnisse',
  resultsCaption: 'Kano-Kategorie jedes Merkmals aus den gesammelten Codes (häufigstes Antwortmuster).',
  feature: 'Merkmal',
  answers: 'Antwortpaare',
  category: 'Kategorie',
  none2: 'noch keine',
  surveyNote:
    'Für Better- und Worse-Koeffizienten und das Diagramm laden Sie die CSV-Datei herunter und öffnen sie in der Befragungsansicht des Kano-Klassifikators.',
  why: CODE_PROBLEMS,
};

/** Strings of "Paste response codes" in the Kano survey view, in German. */
export const surveyCodesText: Translation<typeof en.surveyCodesText> = {
  summary: 'Antwortcodes aus einem Fragebogen einfügen',
  addressLabel: 'Adresse des Fragebogens (mit den Codes aufbewahrt; zuerst der zuletzt in diesem Browser erstellte)',
  noQuestionnaire:
    'Fügen Sie zuerst die Adresse des Fragebogens ein (von der Fragebogenseite): Die Codes werden anhand seiner Merkmale gelesen.',
  features: (names: readonly string[]) => `Merkmale: ${names.join(', ')}.`,
  notKept: (why: 'full' | 'blocked' | 'too-large') =>
    `Diese Adresse wird in diesem Browser nicht aufbewahrt (${why === 'full' ? 'sein Speicher ist voll' : why === 'blocked' ? 'er lässt die Seite nicht speichern' : 'sie ist zu lang'}): Fügen Sie sie nach einem Neuladen erneut ein.`,
};
