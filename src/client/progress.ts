/**
 * The reader's progress, kept on this device only: marks each chapter in the navigation and the chapter
 * list as read, with questions answered and due for review; counts the questions due beside the
 * header's Review link and on the home page; offers on the home page to go on where the reader stopped.
 * The server renders the plain lists; this adds the marks, from words the page carries (data-*).
 * A chapter page records itself as the last one opened, and as read once its end comes into view.
 */
import { dueTimes, type Reading, readReading, writeReading } from '../lib/learn/reading';

const LEARN = 'cx-spectrum:learn:v1';
const READING = 'cx-spectrum:reading:v1';

function get(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

const reading = () => readReading(get(READING));

/** Changes what storage holds now (so another tab's chapters stay), if that changes anything. */
function keep(change: (r: Reading) => Reading): void {
  const before = reading();
  const after = change(before);
  if (writeReading(after) === writeReading(before)) return;
  try {
    localStorage.setItem(READING, writeReading(after));
  } catch {
    // Storage blocked or full: progress is a convenience, the chapter reads the same.
  }
}

const fill = (pattern: string, values: Record<string, string | number>) =>
  pattern.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));

function render(): void {
  const { read, last } = reading();
  const cards = dueTimes(get(LEARN));
  const now = Date.now();
  let due = 0;
  for (const at of cards.values()) if (at <= now) due++;
  for (const list of document.querySelectorAll<HTMLElement>('[data-cx-marks]')) {
    const words = list.dataset;
    for (const link of list.querySelectorAll<HTMLElement>('[data-cx-chapter]')) {
      const ids = (link.dataset['cxQuestions'] ?? '').split(' ').filter(Boolean);
      const answered = ids.filter((id) => cards.has(id)).length;
      const dueHere = ids.filter((id) => (cards.get(id) ?? Infinity) <= now).length;
      const parts: string[] = [];
      if (read.includes(link.dataset['cxChapter'] ?? '')) parts.push(words['read'] ?? '');
      if (answered > 0) parts.push(fill(words['answered'] ?? '', { n: answered, m: ids.length }));
      if (dueHere > 0) parts.push(fill(words['due'] ?? '', { n: dueHere }));
      let mark = link.querySelector<HTMLElement>('[data-cx-mark]');
      if (!mark && parts.length > 0) {
        mark = document.createElement('span');
        mark.className = 'cx-mark';
        mark.dataset['cxMark'] = '';
        link.append(mark);
      }
      if (mark) mark.textContent = parts.length > 0 ? ` (${parts.join(', ')})` : '';
    }
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-cx-due]')) {
    el.hidden = due === 0;
    el.textContent = fill((due === 1 ? el.dataset['one'] : el.dataset['many']) ?? '', { n: due });
  }
  const resume = document.querySelector<HTMLAnchorElement>('[data-cx-resume]');
  const target = last ? document.querySelector<HTMLAnchorElement>(`[data-cx-marks] [data-cx-chapter="${last}"]`) : null;
  if (resume && target) {
    resume.href = target.href;
    resume.textContent = fill(resume.dataset['words'] ?? '', { title: target.dataset['title'] ?? '' });
    resume.hidden = false;
  }
}

const chapter = document.querySelector<HTMLElement>('[data-cx-reading]');
const id = chapter?.dataset['cxReading'];
if (chapter && id) {
  keep((r) => ({ ...r, last: id }));
  const end = chapter.lastElementChild;
  if (end && 'IntersectionObserver' in window) {
    const seen = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      seen.disconnect();
      keep((r) => (r.read.includes(id) ? r : { ...r, read: [...r.read, id] }));
      render();
    });
    seen.observe(end);
  }
}
render();
document.addEventListener('cx-learn-changed', render);
window.addEventListener('storage', render);
