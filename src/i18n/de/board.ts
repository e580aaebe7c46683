import type { LinkProblem } from '../../lib/board/links';
import type { BoardProblem } from '../../lib/board/model';
import { plainNumber } from '../../lib/number-input';
import type * as en from '../en/board';
import { shorten } from '../quote';
import type { Translation } from '../types';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const count = (n: number) => plainNumber(n, { decimal: ',', group: '.' });
/** Untrusted text, shortened as `quote` does, in German quotation marks. */
const q = (raw: string) => `„${shorten(raw)}“`;

const LINK_PROBLEMS: Record<LinkProblem['code'], (p: LinkProblem) => string> = {
  'too-long': (p) => `die Adresse ist ${p.detail ?? ''} Zeichen lang, weit länger als jede, die ein Werkzeug schreibt`,
  'no-state': () => 'die Adresse enthält kein Ergebnis, nur die Seite des Werkzeugs',
  'unknown-key': (p) => `die Adresse enthält das Feld ${q(p.key ?? '')}, das vom Werkzeug nicht verwendet wird`,
  markup: (p) =>
    `${q(p.key ?? '')} enthält Webcode (${q(p.detail ?? '')}); er wurde nicht verwendet und kann nicht ausgeführt werden`,
  'bad-value': (p) => p.detail ?? 'ein Wert war nicht lesbar',
};

const linkProblems = (problems: readonly LinkProblem[]) => problems.map((p) => LINK_PROBLEMS[p.code](p)).join('; ');

/** Every string of the class board, in German. */
export const boardText: Translation<typeof en.boardText> = {
  title: 'Klassenübersicht',
  description:
    'Die Ergebnisse aller Gruppen auf einem Bildschirm: Fügen Sie die Links ein, die die Gruppen aus den Werkzeugen geschickt haben, und sehen Sie alle in einem Spektrum-Raster und nebeneinander für Wert-Quiz, Unsicherheitslücke und Kano.',
  lead: 'Bitten Sie jede Gruppe, in jedem Werkzeug „Link zu diesem Ergebnis kopieren“ zu wählen und Ihnen die Adressen zu schicken. Fügen Sie unten alles ein, was die Gruppen geschickt haben, ruhig mitsamt den Chatnachrichten.',
  privacy:
    'Nichts wird verschickt: Die Links werden in diesem Browser gelesen, und die Klassenübersicht steht nur in der Adresse dieser Seite und in diesem Browser.',
  needsScript: 'Die Klassenübersicht braucht JavaScript.',
  pasteLabel: 'Text mit den Links der Gruppen',
  add: 'Links hinzufügen',
  fileLabel: 'Oder eine Datei der Klassenübersicht oder Angebotsprofil-Dateien öffnen (JSON)',
  report: (found: number, added: number, repeated: number, skipped: number) =>
    `${plural(found, 'Link', 'Links')} gefunden: ${added} hinzugefügt, ${repeated} schon in der Übersicht, ${skipped} übersprungen.`,
  tooLong: 'Der Text ist zu lang zum Durchsuchen (über eine Million Zeichen); fügen Sie ihn in Teilen ein.',
  more: (n: number, max: number) =>
    `${n === 1 ? '1 weiterer Link wurde' : `${n} weitere Links wurden`} nicht gelesen: Pro Einfügen werden höchstens ${max} gelesen.`,
  leftOut: (max: number, names: readonly string[]) =>
    `Die Übersicht fasst höchstens ${max} Gruppen; diese wurden weggelassen: ${names.map(q).join(', ')}. Legen Sie für sie eine zweite Übersicht an.`,
  pastAddress: (max: number, names: readonly string[]) =>
    `Die Übersichten zweier Tabs halten zusammen mehr als die ${max} Gruppen, die eine Adresse trägt. Jede Gruppe bleibt in dieser Übersicht, in diesem Browser und in der heruntergeladenen Datei, aber die Adresse trägt nur die ersten ${max}; diese fehlen in ihr: ${names.map(q).join(', ')}. Entfernen Sie Gruppen oder legen Sie für diese eine zweite Übersicht an.`,
  addressTooLong: (length: number, max: number) =>
    `Diese Übersicht ist zu groß für eine Adresse (${count(length)} Zeichen auch gepackt; Adressen enden bei ${count(max)}), deshalb steht sie nicht mehr in der Adressleiste. Sie bleibt in diesem Browser gespeichert; um sie zu teilen oder zu sichern, laden Sie die Übersicht (JSON) herunter und öffnen Sie die Datei auf dem anderen Computer.`,
  copyTooLong:
    'Diese Übersicht ist zu groß für eine Adresse: Laden Sie die Übersicht (JSON) herunter und schicken Sie die Datei.',
  noLinks: 'Im Text wurden keine Links zu den Werkzeugen gefunden.',
  skippedHeading: 'Übersprungene Links',
  skipped: (tool: string, problems: readonly LinkProblem[]) =>
    `Link zum ${tool} übersprungen: ${linkProblems(problems)}.`,
  fileRead: (name: string, groups: number) => `${q(name)}: ${plural(groups, 'Gruppe', 'Gruppen')} gelesen.`,
  fileRefused: (name: string) =>
    `${q(name)} ist weder eine Datei der Klassenübersicht noch eine Angebotsprofil-Datei; nichts wurde daraus übernommen.`,
  fileProblems: (name: string, problems: readonly string[]) => `${q(name)} wurde abgelehnt: ${problems.join(' ')}`,
  boardProblem: (p: BoardProblem, tool: string) => {
    if (p.code === 'too-long-address') return 'Die Adresse der Übersicht ist zu lang zum Lesen; sie wurde ignoriert.';
    if (p.code === 'bad-packed')
      return 'Die Adresse der Übersicht ist beschädigt (abgeschnitten oder verändert) und konnte nicht gelesen werden.';
    if (p.code === 'saved-shown')
      return 'Stattdessen wird die in diesem Browser gespeicherte Übersicht unverändert gezeigt; die Adresse bleibt, bis Sie die Übersicht ändern.';
    if (p.code === 'unknown-key')
      return `Die Adresse enthält das Feld ${q(p.key ?? '')}, das von der Übersicht nicht verwendet wird.`;
    if (p.code === 'too-many-groups')
      return `${q(p.key ?? '')} liegt über der Grenze von ${p.amount ?? ''} Gruppen und wurde weggelassen.`;
    if (p.code === 'not-a-board') return 'Dies ist keine Datei der Klassenübersicht.';
    return `Gruppe ${p.group ?? ''}: Link zum ${tool} übersprungen: ${linkProblems(p.problems ?? [])}.`;
  },
  groupsHeading: 'Gruppen',
  viewsFailed:
    'Die Ansichten der Werkzeuge konnten nicht geladen werden (kein Netz, oder die Website wurde aktualisiert): Laden Sie die Seite neu. Die Tafel und ihre Adresse bleiben erhalten.',
  groupsEmpty: 'Noch keine Gruppen: Fügen Sie die Links ein, die die Gruppen geschickt haben.',
  groupName: (n: number) => `Name der Gruppe ${n}`,
  unnamed: (n: number) => `Gruppe ${n}`,
  sent: 'Erhaltene Links',
  remove: (name: string) => `${name} entfernen`,
  removed: (name: string) => `${name} aus der Übersicht entfernt.`,
  /** Ein anderer Tab hat dieselben Gruppen später geändert: seine Änderung bleibt, die dieses Tabs bietet Rückgängig an. */
  ownKept: (names: readonly string[]) =>
    `Ein anderer Tab hat ${names.map(q).join(', ')} zur selben Zeit geändert, einen Moment später: seine Änderung bleibt. „Rückgängig“ stellt Ihre wieder her.`,
  ownBack: 'Ihre Änderung ist wieder da.',
  gridHeading: 'Spektrum-Raster',
  gridCaption: 'Das Angebot jeder Gruppe in der Fläche aus Komplexität und Häufigkeit (beide Achsen von 0 bis 10).',
  gridLabel: (n: number) =>
    `Spektrum-Raster mit ${plural(n, 'Gruppe', 'Gruppen')}; die Tabelle darunter nennt die Positionen.`,
  frequency: 'Häufigkeit',
  complexity: 'Komplexität',
  quizHeading: 'Wertprofile aus dem Wert-Quiz',
  quizCaption: 'Punktzahl jeder Gruppe je Wertquelle (0 bis 100); „–“, wo zu wenige Aussagen beantwortet wurden.',
  source: 'Wertquelle',
  anxietyHeading: 'Unsicherheitslücke',
  anxietyCaption:
    'Verunsicherungsindex jeder Gruppe heute und nach ihrer Änderung (0 bis 100) und der Faktor, der heute am meisten beiträgt.',
  anxietyChart: (n: number) =>
    `Balkendiagramm der Verunsicherungsindizes von ${plural(n, 'Gruppe', 'Gruppen')}; die Tabelle darüber enthält dieselben Zahlen.`,
  today: 'Index heute',
  changed: 'Index nach der Änderung',
  driver: 'Stärkster Treiber heute',
  noDriver: 'keiner',
  kanoHeading: 'Kano-Kategorien',
  kanoCaption:
    'Die Kategorie, die jede Gruppe jedem Merkmal gegeben hat; Merkmale, die zwei oder mehr Gruppen eingestuft haben, stehen oben.',
  feature: 'Merkmal',
  shared: 'gemeinsam',
  notClassified: '–',
  noData: (tool: string) => `Noch keine Gruppe hat einen Link aus dem ${tool} geschickt.`,
  group: 'Gruppe',
  fileHeading: 'Speichern, teilen und präsentieren',
  trainersLink: 'So leiten Sie eine Sitzung',
  exportJson: 'Klassenübersicht herunterladen (JSON)',
  importJson: 'Datei der Klassenübersicht öffnen',
  copyBoard: 'Adresse der Übersicht kopieren',
  copied: 'Adresse der Übersicht kopiert.',
  copyFailed: 'Kopieren nicht möglich; kopieren Sie die Adresse aus der Adressleiste.',
  present: 'Übersicht präsentieren',
  exitPresent: 'Präsentation beenden',
  clear: 'Übersicht leeren',
  cleared: 'Übersicht geleert. Ihre letzte Adresse steht noch im Verlauf Ihres Browsers.',
};
