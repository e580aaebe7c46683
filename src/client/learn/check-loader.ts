/**
 * The only question code a chapter loads before the reader acts: it waits for a question to be
 * focused (then fetches the code) or submitted (then checks the answer with it). Nothing is lost
 * before the code arrives: the answer is read from the form when it is checked.
 */
const load = () => import('./check-run');

function questionOf(target: EventTarget | null): HTMLFormElement | null {
  const form = target instanceof Element ? target.closest('form[data-cx-check]') : null;
  return form instanceof HTMLFormElement ? form : null;
}

document.addEventListener('submit', (e) => {
  const form = questionOf(e.target);
  if (!form) return;
  e.preventDefault();
  void load().then((m) => m.checkForm(form));
});
document.addEventListener('focusin', (e) => {
  if (questionOf(e.target)) void load();
});
