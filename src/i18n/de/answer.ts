import type { Answer } from '../../lib/kano/answers';
import type { AnswerSetId } from '../../lib/questionnaire/model';
import type * as en from '../en/answer';
import type { Translation } from '../types';

/** Strings of the answering page (and the answer sets the builder offers), in German. */
export const answerText: Translation<typeof en.answerText> = {
  defaultFunctional: 'Wie würden Sie es finden, wenn das Produkt Folgendes hätte: {feature}?',
  defaultDysfunctional: 'Wie würden Sie es finden, wenn das Produkt Folgendes nicht hätte: {feature}?',
  noFeatures:
    'Unter dieser Adresse liegt kein Fragebogen (keine Merkmale). Bitten Sie die Person, die die Befragung leitet, um die vollständige Adresse.',
  progress: (n: number, of: number) => `Merkmal ${n} von ${of}`,
  back: 'Zurück',
  next: 'Weiter',
  finish: 'Abschließen',
  skipNote: 'Sie dürfen eine Frage offenlassen; das Merkmal zählt dann als übersprungen.',
  doneHeading: 'Ihr Antwortcode',
  doneIntro: 'Schicken Sie diesen Code an die Person, die die Befragung leitet: per Chat, per E-Mail oder auf Papier.',
  copyCode: 'Code kopieren',
  codeCopied: 'Code kopiert.',
  showQr: 'Code als QR-Code zeigen',
  codeQrLabel: 'Ihr Antwortcode als QR-Code',
  codeCopyFailed: 'Kopieren nicht möglich; markieren und kopieren Sie den Code selbst oder schreiben Sie ihn ab.',
  answered: (n: number, of: number) => `Sie haben ${n} von ${of} Merkmalen beantwortet.`,
  change: 'Meine Antworten ändern',
  restart: 'Mit leeren Antworten neu beginnen',
  restarted: 'Ihre Antworten wurden geleert.',
  notKept: (full: boolean) =>
    `Ihre Antworten werden auf diesem Gerät nicht aufbewahrt (${full ? 'der Speicher des Browsers ist voll' : 'dieser Browser lässt die Seite nicht speichern'}): Beenden Sie die Befragung auf dieser Seite, ohne sie neu zu laden.`,
  undone: 'Rückgängig gemacht: Ihre Antworten sind wieder da.',
  restored: 'Ihre früheren Antworten auf diesem Gerät wurden wiederhergestellt.',
  answerSets: {
    'like-must': {
      like: 'Das würde mich sehr freuen',
      expect: 'Das setze ich voraus',
      neutral: 'Das ist mir egal',
      tolerate: 'Das könnte ich eventuell in Kauf nehmen',
      dislike: 'Das würde mich sehr stören',
    },
    'enjoy-necessity': {
      like: 'Das gefällt mir sehr',
      expect: 'Das ist unverzichtbar, oder ich erwarte es so',
      neutral: 'Das ist mir egal',
      tolerate: 'Das gefällt mir nicht, aber ich kann damit leben',
      dislike: 'Das gefällt mir nicht, und ich kann es nicht hinnehmen',
    },
    'helpful-problem': {
      like: 'Das wäre für mich sehr hilfreich',
      expect: 'Das ist für mich eine Grundvoraussetzung',
      neutral: 'Das würde für mich nichts ändern',
      tolerate: 'Das wäre eine kleine Unannehmlichkeit',
      dislike: 'Das wäre für mich ein großes Problem',
    },
    'like-expect': {
      like: 'Das würde mich freuen',
      expect: 'Das setze ich voraus',
      neutral: 'Das ist mir egal',
      tolerate: 'Das nehme ich in Kauf',
      dislike: 'Das würde mich stören',
    },
  } satisfies Record<AnswerSetId, Record<Answer, string>>,
};
