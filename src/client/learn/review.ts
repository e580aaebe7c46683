/**
 * The review page: shows the cards due now, one at a time, each as its question (rendered in the page
 * by the server); a checked answer schedules the card again (check-run.ts). Removing all cards can be
 * undone. Another tab's changes update the counts; the card on screen stays.
 */
import { localeOf } from '../../i18n/format';
import { dueIds } from '../../lib/learn/schedule';
import { emptyLearn, type LearnState } from '../../lib/learn/store';
import { CHANGED, changeCards, LEARN_KEY, readCards } from './cards';
import { ANSWERED } from './check-run';

const root = document.querySelector<HTMLElement>('[data-cx-review]');
if (root) startReview(root);

function fill(pattern: string | undefined, values: Record<string, string | number>): string {
  return (pattern ?? '').replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));
}

function startReview(root: HTMLElement): void {
  const words = root.dataset;
  const lang = root.closest('[lang]')?.getAttribute('lang') ?? 'en';
  const status = root.querySelector<HTMLElement>('[data-cx-review-status]');
  const next = root.querySelector<HTMLButtonElement>('[data-cx-review-next]');
  const total = root.querySelector<HTMLElement>('[data-cx-review-total]');
  const manage = root.querySelector<HTMLElement>('[data-cx-review-manage]');
  const undoText = root.querySelector<HTMLElement>('[data-cx-review-undo-text]');
  const undoButton = root.querySelector<HTMLButtonElement>('[data-cx-review-undo-button]');
  const cardOf = (id: string) => root.querySelector<HTMLElement>(`[data-cx-card="${id}"]`);
  let queue: string[] = [];
  let at = 0;
  let removed: LearnState | null = null;

  const say = (text: string) => {
    if (status) status.textContent = text;
  };

  /** The cards as kept, or empty with a message when they cannot be read. */
  const current = (): LearnState | null => {
    const read = readCards();
    if (read.ok) return read.state;
    say(read.reason === 'blocked' ? (words['blocked'] ?? '') : (words['unreadable'] ?? ''));
    return null;
  };

  const showCounts = (state: LearnState) => {
    const n = Object.keys(state.cards).length;
    if (total) total.textContent = n > 0 ? fill(words['total'], { n }) : '';
    if (manage) manage.hidden = n === 0;
  };

  const show = (id: string | undefined) => {
    for (const li of root.querySelectorAll<HTMLElement>('[data-cx-card]')) li.hidden = true;
    if (next) next.hidden = true;
    const li = id === undefined ? null : cardOf(id);
    if (!li) return;
    const form = li.querySelector('form');
    if (form) {
      form.reset();
      delete form.dataset['graded'];
      delete form.dataset['answered'];
      form.querySelector('[data-cx-result]')?.replaceChildren();
      const tool = form.querySelector<HTMLElement>('[data-cx-tool]');
      if (tool) tool.hidden = true;
      form.hidden = false;
    }
    li.hidden = false;
  };

  const start = () => {
    const state = current();
    if (!state) {
      show(undefined);
      return;
    }
    const now = new Date();
    queue = dueIds(state.cards, now).filter((id) => cardOf(id) !== null);
    at = 0;
    showCounts(state);
    if (queue.length > 0) {
      say(fill(words['dueCount'], { n: queue.length }));
      show(queue[0]);
      return;
    }
    show(undefined);
    const upcoming = Object.values(state.cards)
      .map((c) => Date.parse(c.due))
      .filter(Number.isFinite)
      .sort((a, b) => a - b)[0];
    if (upcoming === undefined) say(words['noneYet'] ?? '');
    else {
      const date = new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'long' }).format(upcoming);
      say(`${words['none'] ?? ''} ${fill(words['nextDue'], { date })}`);
    }
  };

  root.addEventListener(ANSWERED, () => {
    if (next && at < queue.length - 1) next.hidden = false;
    else if (at >= queue.length - 1) say(words['done'] ?? '');
    const state = current();
    if (state) showCounts(state);
  });

  next?.addEventListener('click', () => {
    at++;
    show(queue[at]);
    say(fill(words['dueCount'], { n: queue.length - at }));
    cardOf(queue[at] ?? '')?.focus();
  });

  root.querySelector('[data-cx-review-remove]')?.addEventListener('click', () => {
    const state = current();
    if (!state) return;
    const result = changeCards(() => emptyLearn());
    if (result !== 'saved') return;
    removed = state;
    if (undoText) undoText.textContent = words['removed'] ?? '';
    if (undoButton) undoButton.hidden = false;
    start();
  });

  undoButton?.addEventListener('click', () => {
    const back = removed;
    if (!back) return;
    // Cards answered since the removal (here or in another tab) are newer: they win.
    const result = changeCards((now) => ({ cards: { ...back.cards, ...now.cards } }));
    if (result !== 'saved') return;
    removed = null;
    undoButton.hidden = true;
    if (undoText) undoText.textContent = '';
    start();
    undoButton.blur();
  });

  window.addEventListener('storage', (e) => {
    if (e.key !== LEARN_KEY && e.key !== null) return;
    const state = current();
    if (!state) return;
    showCounts(state);
    // No card on screen: take in what the other tab changed.
    if (queue.length === 0 || at >= queue.length) start();
  });
  document.addEventListener(CHANGED, () => {
    const state = current();
    if (state) showCounts(state);
  });

  start();
}
