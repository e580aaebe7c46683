/**
 * `client:interact`: hydrates an island when the reader starts to use it (focus, pointer, key), when
 * one of its charts comes near the viewport, or at once when the reader has a state to see (a query in
 * the address, or a saved state under the tool's storage name, given as the directive's value).
 * Until then the server-rendered HTML, default results included, is the tool. Input the reader gives
 * before hydration ends is replayed, so nothing typed is lost.
 */
import type { ClientDirective } from 'astro';

const START = ['focusin', 'pointerdown', 'keydown'] as const;
const EDITS = ['input', 'change'] as const;

/** True when the reader has a state of this tool to see: in the address or saved in this browser. */
function hasState(tool: unknown): boolean {
  if (location.search.length > 1) return true;
  if (typeof tool !== 'string' || tool === '') return false;
  try {
    const prefix = `cx-spectrum:${tool}:`;
    for (let i = 0; i < localStorage.length; i++) if (localStorage.key(i)?.startsWith(prefix)) return true;
  } catch {
    // Storage blocked: nothing saved to show.
  }
  return false;
}

const interact: ClientDirective = (load, opts, el) => {
  const edited = new Map<EventTarget, Set<string>>();
  const note = (e: Event) => {
    if (e.target) edited.set(e.target, (edited.get(e.target) ?? new Set()).add(e.type));
  };
  let observer: IntersectionObserver | undefined;
  let started = false;
  const start = async () => {
    if (started) return;
    started = true;
    for (const type of START) el.removeEventListener(type, start, true);
    observer?.disconnect();
    for (const type of EDITS) el.addEventListener(type, note, true);
    const hydrate = await load();
    await hydrate();
    for (const type of EDITS) el.removeEventListener(type, note, true);
    // Preact keeps what the reader typed in the DOM; this tells the island about it.
    for (const [target, types] of edited) {
      for (const type of types) target.dispatchEvent(new Event(type, { bubbles: true }));
    }
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
