/**
 * `client:interact`: hydrates an island when the reader starts to use it (focus, pointer, key), when
 * one of its charts comes near the viewport, or at once when the reader has a state to see (a query in
 * the address, or a saved state under the tool's storage name, given as the directive's value: the
 * versioned keys `cx-spectrum:<name>:…`, or a key of exactly that name).
 * Until then the server-rendered HTML, default results included, is the tool. Input the reader gives
 * before hydration ends is replayed, so nothing typed is lost, and so is a press of a button that only
 * script can answer (type="button"), so a first click on "Add" or "Print" is not lost either.
 */
import type { ClientDirective } from 'astro';
import { islandText } from './island-text';

const START = ['focusin', 'pointerdown', 'keydown'] as const;
const EDITS = ['input', 'change'] as const;

/** True when the reader has a state of this tool to see: in the address or saved in this browser. */
function hasState(tool: unknown): boolean {
  if (location.search.length > 1) return true;
  if (typeof tool !== 'string' || tool === '') return false;
  try {
    const prefix = `cx-spectrum:${tool}:`;
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      // A tool's versioned keys, or a page's own key given whole (the class board's `cx-class-board`).
      if (key?.startsWith(prefix) || key === tool) return true;
    }
  } catch {
    // Storage blocked: nothing saved to show.
  }
  return false;
}

/** What the reader left in one control: the events it fired and its value and check at that moment. */
interface Edit {
  types: Set<string>;
  value?: string;
  checked?: boolean;
}

/** Resolves once the island's first effects (which read its saved or linked state) have run and rendered. */
function afterEffects(): Promise<void> {
  const frame = () => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  // Preact runs effects in a timeout after the next frame; an effect's own update may need one more.
  return frame().then(frame);
}

const interact: ClientDirective = (load, opts, el) => {
  const edited = new Map<EventTarget, Edit>();
  const note = (e: Event) => {
    const target = e.target;
    if (!target) return;
    const edit = edited.get(target) ?? { types: new Set<string>() };
    edit.types.add(e.type);
    if (
      target instanceof HTMLInputElement ||
      target instanceof HTMLTextAreaElement ||
      target instanceof HTMLSelectElement
    ) {
      edit.value = target.value;
      if (target instanceof HTMLInputElement) edit.checked = target.checked;
    }
    edited.set(target, edit);
  };
  /** Buttons pressed before the island could answer them, in order. */
  const pressed: HTMLButtonElement[] = [];
  const press = (e: Event) => {
    const button = e.target instanceof Element ? e.target.closest('button') : null;
    if (button instanceof HTMLButtonElement && button.type === 'button' && el.contains(button)) pressed.push(button);
  };
  let observer: IntersectionObserver | undefined;
  let started = false;
  const start = async () => {
    if (started) return;
    started = true;
    for (const type of START) el.removeEventListener(type, start, true);
    observer?.disconnect();
    for (const type of EDITS) el.addEventListener(type, note, true);
    el.addEventListener('click', press, true);
    const hydrate = await load();
    await islandText(el);
    await hydrate();
    // From here the island answers clicks itself.
    el.removeEventListener('click', press, true);
    // The island reads its state in an effect after hydrating, and that render would undo an early
    // edit; so the reader's edits are put back and announced only once those effects have run.
    await afterEffects();
    for (const type of EDITS) el.removeEventListener(type, note, true);
    for (const [target, edit] of edited) {
      if (
        target instanceof HTMLInputElement ||
        target instanceof HTMLTextAreaElement ||
        target instanceof HTMLSelectElement
      ) {
        // A file input keeps its files; its value cannot be set from script.
        const file = target instanceof HTMLInputElement && target.type === 'file';
        if (edit.value !== undefined && !file) target.value = edit.value;
        if (target instanceof HTMLInputElement && edit.checked !== undefined) target.checked = edit.checked;
      }
      for (const type of edit.types) target.dispatchEvent(new Event(type, { bubbles: true }));
    }
    for (const button of pressed) if (button.isConnected && !button.disabled) button.click();
  };
  if (hasState(opts.value)) {
    void start();
    return;
  }
  for (const type of START) el.addEventListener(type, start, { capture: true, passive: true });
  const charts = el.querySelectorAll('canvas');
  if (charts.length > 0 && 'IntersectionObserver' in window) {
    observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) void start();
    });
    for (const c of charts) observer.observe(c);
  }
};

export default interact;
