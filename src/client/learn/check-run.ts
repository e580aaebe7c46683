/**
 * Checks one question's answer when the reader submits it: says right or not and why, in the
 * question's polite status line, with a link to the passage, and keeps the question as a review card
 * scheduled by FSRS (src/lib/learn/schedule.ts). The first answer of a showing grades the card; trying
 * again after a wrong answer only gives feedback.
 */
import { decimalOf, formatNumber, localeOf } from '../../i18n/format';
import { loadText, textOf, uses } from '../../i18n/text';
import { checkChoice, checkNumber } from '../../lib/learn/check';
import { answerCard, daysUntilDue } from '../../lib/learn/schedule';
import { withCard } from '../../lib/learn/store';
import { type CardsResult, changeCards } from './cards';

const NS = uses('learn');

/** The event a question's form sends once an answer has been checked and shown. */
export const ANSWERED = 'cx-check-answered';

function para(text: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.textContent = text;
  return p;
}

/** Keeps the answer as a review card; returns how the save went and the card's days until due. */
function keep(id: string, right: boolean, now: Date): { result: CardsResult; days: number } {
  let days = 0;
  const result = changeCards((state) => {
    const card = answerCard(state.cards[id], right, now);
    days = daysUntilDue(card, now);
    return withCard(state, id, card);
  });
  return { result, days };
}

/** Checks the answer in `form` (a `<Check>` question) and shows the outcome. */
export async function checkForm(form: HTMLFormElement, now = new Date()): Promise<void> {
  const lang = form.closest('[lang]')?.getAttribute('lang') ?? 'en';
  await loadText(lang, [NS]);
  const { learnText: t } = textOf(lang, NS);
  const id = form.dataset['cxCheck'] ?? '';
  const status = form.querySelector<HTMLElement>('[data-cx-result]');
  if (!status) return;
  const say = (...lines: Node[]) => status.replaceChildren(...lines);

  let right: boolean;
  let why: string;
  if (form.dataset['kind'] === 'number') {
    const input = form.querySelector<HTMLInputElement>('input[type="text"]');
    const answer = Number(form.dataset['answer']);
    const digits = Number(form.dataset['digits']);
    const locale = localeOf(lang);
    const example = formatNumber(0.42, { min: 2, max: 2 }, locale);
    const verdict = checkNumber(input?.value ?? '', answer, digits, decimalOf(locale));
    if (verdict === 'empty' || verdict === 'unreadable') {
      say(para(verdict === 'empty' ? t.numberFirst(example) : t.notANumber(example)));
      input?.focus();
      return;
    }
    right = verdict === 'right';
    const shown = formatNumber(answer, { min: digits, max: digits }, locale);
    why = right ? (form.querySelector('[data-cx-explain]')?.textContent ?? '') : t.rightAnswer(shown);
  } else {
    const chosen = form.querySelector<HTMLInputElement>('input[type="radio"]:checked');
    if (!chosen) {
      say(para(t.chooseFirst));
      return;
    }
    right = checkChoice(Number(chosen.value), Number(form.dataset['right']));
    why = form.querySelector(`[data-cx-why="${chosen.value}"] [data-cx-text]`)?.textContent ?? '';
  }

  const verdict = document.createElement('strong');
  verdict.textContent = right ? t.right : t.wrong;
  const first = para(` ${why}`);
  first.prepend(verdict);
  const lines: Node[] = [first];
  const passage = form.querySelector<HTMLAnchorElement>('[data-cx-passage]');
  if (passage) {
    const link = document.createElement('a');
    link.href = passage.href;
    link.textContent = t.readPassage;
    const p = document.createElement('p');
    p.append(link);
    lines.push(p);
  }
  if (form.dataset['graded'] !== 'yes') {
    form.dataset['graded'] = 'yes';
    const { result, days } = keep(id, right, now);
    lines.push(para(result === 'saved' ? t.kept(days) : t.notKept[result]));
  }
  say(...lines);
  form.dataset['answered'] = right ? 'right' : 'wrong';
  const tool = form.querySelector<HTMLElement>('[data-cx-tool]');
  if (tool) tool.hidden = false;
  form.dispatchEvent(new CustomEvent(ANSWERED, { bubbles: true }));
}
