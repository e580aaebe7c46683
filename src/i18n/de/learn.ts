import type * as en from '../en/learn';
import type { Translation } from '../types';

/** Texte der Fragen in den Kapiteln, der Wiederholung und der Lesemarken, auf Deutsch. */
export const learnText: Translation<typeof en.learnText> = {
  kicker: 'Selbst prüfen',
  predictKicker: 'Erst schätzen, dann ausprobieren',
  check: 'Antwort prüfen',
  right: 'Richtig.',
  wrong: 'Nicht ganz.',
  chooseFirst: 'Wählen Sie zuerst eine Antwort.',
  numberFirst: (example: string) => `Geben Sie eine Zahl ein, etwa ${example}.`,
  notANumber: (example: string) => `Diese Zahl kann die Seite nicht lesen; schreiben Sie sie etwa so: ${example}.`,
  rightAnswer: (value: string) => `Die Antwort ist ${value}.`,
  readPassage: 'Zum Abschnitt',
  allAnswers: 'Alle Antworten erklärt',
  openTool: (tool: string) => `${tool} mit diesem Fall öffnen`,
  kept: (days: number) =>
    `Für die Wiederholung gespeichert: Die Frage kommt in ${days === 1 ? '1 Tag' : `${days} Tagen`} wieder.`,
  notKept: {
    full: 'Nicht für die Wiederholung gespeichert: Der Speicher dieses Browsers ist voll.',
    blocked: 'Nicht für die Wiederholung gespeichert: Dieser Browser lässt die Seite nicht speichern.',
    'too-large': 'Nicht für die Wiederholung gespeichert: Die gespeicherten Karten sind zu groß geworden.',
    unreadable:
      'Nicht für die Wiederholung gespeichert: Die gespeicherten Karten waren nicht lesbar und bleiben unverändert.',
  },
  reviewNav: 'Wiederholen',
  marks: {
    read: 'gelesen',
    answered: '{n} von {m} beantwortet',
    due: '{n} fällig',
    dueOne: '1 Frage fällig',
    dueMany: '{n} Fragen fällig',
    continue: 'Weiterlesen, wo Sie aufgehört haben: {title}',
  },
  review: {
    title: 'Wiederholen',
    description:
      'Die Fragen, die Sie in den Kapiteln beantwortet haben, kommen hier wieder, wenn sie fällig sind, eine nach der anderen.',
    lead: 'Jede Frage, die Sie in einem Kapitel beantworten, wird zu einer Karte. Eine Karte kommt nach einigen Tagen wieder, und später, je besser Sie sie können. Die Karten bleiben in diesem Browser; nichts verlässt das Gerät.',
    noScript: 'Das Wiederholen braucht JavaScript. Ihre Karten bleiben in diesem Browser und warten auf Sie.',
    dueCount: 'Jetzt fällig: {n}',
    none: 'Gerade ist nichts fällig. Beantworten Sie Fragen in den Kapiteln oder kommen Sie später wieder.',
    noneYet: 'Sie haben noch keine Karten: Beantworten Sie eine Frage in einem Kapitel, dann kommt sie hier wieder.',
    nextDue: 'Die nächste Karte ist am {date} fällig.',
    fromChapter: 'Aus dem Kapitel',
    next: 'Nächste Frage',
    done: 'Das war die letzte fällige Karte. Gut gemacht.',
    total: 'Karten in diesem Browser: {n}',
    remove: 'Alle meine Karten entfernen',
    removed: 'Alle Karten wurden aus diesem Browser entfernt.',
    storageWarning:
      'Dieser Browser lässt die Seite nicht speichern; Antworten zählen nur, bis Sie die Seite verlassen.',
    otherTab: 'Ein anderer Tab hat Ihre Karten geändert; diese Seite zeigt sie jetzt.',
  },
};
