import type * as en from '../en/answer-page';
import type { Translation } from '../types';

/** Strings of the answering page the server writes (title, privacy note, links), in German. */
export const answerPageText: Translation<typeof en.answerPageText> = {
  needsScript: 'Diese Seite braucht JavaScript, um den Fragebogen anzuzeigen.',
  answerTitle: 'Einen Kano-Fragebogen beantworten',
  answerDescription:
    'Beantworten Sie einen Kano-Fragebogen Merkmal für Merkmal; Ihre Antworten bleiben auf diesem Gerät, bis Sie Ihren Code weitergeben.',
  privacy:
    'Nichts, was Sie hier eingeben, wird irgendwohin gesendet: Die Seite hat keinen Server, an den sie es senden könnte. Die Antworten bleiben nur in diesem Browser, bis Sie Ihren Code selbst weitergeben.',
  builderLink: 'Einen Fragebogen erstellen',
  toolLink: 'Kano-Klassifikator',
  trainersLink: 'Eine Kano-Befragung mit einer Gruppe durchführen',
  forTrainers: 'Sie leiten einen Workshop?',
};
