import type { LinkProblem } from '../../lib/board/links';
import type { BoardProblem } from '../../lib/board/model';
import { plainNumber } from '../../lib/number-input';
import { quote } from '../quote';

const count = (n: number) => plainNumber(n, { decimal: '.', group: ',' });

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const LINK_PROBLEMS: Record<LinkProblem['code'], (p: LinkProblem) => string> = {
  'too-long': (p) => `the address is ${p.detail ?? ''} characters long, far longer than any tool writes`,
  'no-state': () => 'the address holds no result, only the tool’s page',
  'unknown-key': (p) => `it holds ${quote(p.key ?? '')}, which the tool does not use`,
  markup: (p) => `${quote(p.key ?? '')} holds web code (${quote(p.detail ?? '')}); it was not used and cannot run`,
  'bad-value': (p) => p.detail ?? 'a value could not be read',
};

/** Every string of the class board, in English. */
export const boardText = {
  title: 'Class board',
  description:
    'Put every group’s results on one screen: paste the links the groups sent from the tools and see all of them on one spectrum grid, side by side in the quiz, the anxiety gap and Kano.',
  lead: 'Ask each group to press “Copy link to this result” in every tool and send you the addresses. Paste everything they sent below, chat lines and all.',
  privacy:
    'Nothing is sent anywhere: the links are read in this browser, and the board lives in this page’s address and in this browser only.',
  needsScript: 'The class board needs JavaScript.',
  pasteLabel: 'Text holding the groups’ links',
  add: 'Add the links',
  fileLabel: 'Or open a board file or offering-profile files (JSON)',
  report: (found: number, added: number, repeated: number, skipped: number) =>
    `Found ${plural(found, 'link', 'links')}: ${added} added, ${repeated} already on the board, ${skipped} skipped.`,
  tooLong: 'The text is too long to search (over a million characters); paste it in parts.',
  more: (n: number, max: number) =>
    `${plural(n, 'further link was', 'further links were')} not read: one paste reads at most ${max}.`,
  leftOut: (max: number, names: readonly string[]) =>
    `The board holds at most ${max} groups; these were left out: ${names.map(quote).join(', ')}. Start a second board for them.`,
  pastAddress: (max: number, names: readonly string[]) =>
    `Two tabs' boards together hold more than the ${max} groups an address carries. Every group stays on this board, in this browser and in the downloaded file, but the address carries only the first ${max}; these are not in it: ${names.map(quote).join(', ')}. Remove groups, or start a second board for these.`,
  addressTooLong: (length: number, max: number) =>
    `This board is too large for an address (${count(length)} characters even packed; addresses stop at ${count(max)}), so the address bar no longer holds it. It is kept in this browser; to share it or keep it safe, download the board (JSON) and open that file on the other computer.`,
  copyTooLong: 'This board is too large for an address: download the board (JSON) and send the file instead.',
  noLinks: 'No tool links were found in the text.',
  skippedHeading: 'Skipped links',
  skipped: (tool: string, problems: readonly LinkProblem[]) =>
    `${tool} link skipped: ${problems.map((p) => LINK_PROBLEMS[p.code](p)).join('; ')}.`,
  fileRead: (name: string, groups: number) => `${quote(name)}: ${plural(groups, 'group', 'groups')} read.`,
  fileRefused: (name: string) =>
    `${quote(name)} is neither a class-board file nor an offering-profile file; nothing was taken from it.`,
  fileProblems: (name: string, problems: readonly string[]) => `${quote(name)} was refused: ${problems.join(' ')}`,
  boardProblem: (p: BoardProblem, tool: string) => {
    if (p.code === 'too-long-address') return 'The board’s address is too long to read; it was ignored.';
    if (p.code === 'bad-packed') return 'The board’s address is damaged (cut short or changed) and could not be read.';
    if (p.code === 'saved-shown')
      return 'The board saved in this browser is shown instead, unchanged; the address stays as it was until you change the board.';
    if (p.code === 'unknown-key') return `The address holds ${quote(p.key ?? '')}, which the board does not use.`;
    if (p.code === 'too-many-groups')
      return `${quote(p.key ?? '')} is past the limit of ${p.amount ?? ''} groups; left out.`;
    if (p.code === 'not-a-board') return 'This is not a class-board file.';
    return `Group ${p.group ?? ''}: ${tool} link skipped: ${(p.problems ?? []).map((x) => LINK_PROBLEMS[x.code](x)).join('; ')}.`;
  },
  groupsHeading: 'Groups',
  viewsFailed:
    'The tools’ views could not load (no network, or the site was updated): reload the page. The board and its address are kept.',
  groupsEmpty: 'No groups yet: paste the links the groups sent.',
  groupName: (n: number) => `Name of group ${n}`,
  unnamed: (n: number) => `Group ${n}`,
  sent: 'Links received',
  remove: (name: string) => `Remove ${name}`,
  removed: (name: string) => `${name} removed from the board.`,
  /** Another tab changed the same groups later than this one: its change is kept, this tab's offered back by undo. */
  ownKept: (names: readonly string[]) =>
    `Another tab changed ${names.map(quote).join(', ')} at the same time, a moment later: its change is kept. Undo puts yours back.`,
  ownBack: 'Your change is back.',
  gridHeading: 'Spectrum grid',
  gridCaption: 'Each group’s offering on the complexity-by-frequency plane (0 to 10 on both axes).',
  gridLabel: (n: number) => `Spectrum grid with ${plural(n, 'group', 'groups')}; the table below gives the positions.`,
  frequency: 'Frequency',
  complexity: 'Complexity',
  quizHeading: 'Value-quiz profiles',
  quizCaption: 'Each group’s score per source of value (0 to 100); “–” where too few statements were answered.',
  source: 'Source of value',
  anxietyHeading: 'Anxiety gap',
  anxietyCaption: 'Each group’s anxiety index today and after its change (0 to 100), and the factor adding most today.',
  anxietyChart: (n: number) =>
    `Bar chart of ${plural(n, 'group’s', 'groups’')} anxiety indices; the table above holds the same figures.`,
  today: 'Index today',
  changed: 'Index after the change',
  driver: 'Main driver today',
  noDriver: 'none',
  kanoHeading: 'Kano verdicts',
  kanoCaption: 'The category each group gave each feature; features classified by two groups or more come first.',
  feature: 'Feature',
  shared: 'shared',
  notClassified: '–',
  noData: (tool: string) => `No group sent a ${tool} link yet.`,
  group: 'Group',
  fileHeading: 'Save, share and present',
  trainersLink: 'How to run a session',
  exportJson: 'Download the board (JSON)',
  importJson: 'Open a board file',
  copyBoard: 'Copy the board’s address',
  copied: 'Board address copied.',
  copyFailed: 'Could not copy; copy the address from the address bar.',
  present: 'Present the board',
  exitPresent: 'Leave the presentation',
  clear: 'Clear the board',
  cleared: 'Board cleared. Its last address is still in your browser history.',
};
