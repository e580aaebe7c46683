/**
 * Brings a live sentence to life (src/components/mdx/Live.astro): each number marked `data-in` becomes a
 * labelled number field; changing one recomputes the results by the model in src/lib/live and writes them
 * with the same words as the server did, then announces the marked conclusion politely.
 */
import { type LiveWords, liveTexts } from '../components/mdx/live-text';
import { clampToRange, isLiveModel, LIVE_INPUTS, type LiveRange, runLive } from '../lib/live/models';

function parse<T>(json: string | undefined, fallback: T): T {
  try {
    return json ? (JSON.parse(json) as T) : fallback;
  } catch {
    return fallback;
  }
}

/** Turns one live block's numbers into fields; a block already started is left alone. */
export function startLive(block: HTMLElement): void {
  const model = block.dataset['live'];
  if (!model || !isLiveModel(model) || block.hasAttribute('data-live-ready')) return;
  block.setAttribute('data-live-ready', '');
  const values = parse<Record<string, number>>(block.dataset['values'], {});
  const words = parse<LiveWords>(block.dataset['words'], {});
  const locale = block.dataset['locale'] ?? 'en-GB';
  const ranges: Record<string, LiveRange> = LIVE_INPUTS[model];
  const status = document.createElement('span');
  status.className = 'cx-sr-only';
  status.setAttribute('role', 'status');
  block.append(status);

  const update = () => {
    const texts = liveTexts(model, runLive(model, values), words, locale);
    for (const out of block.querySelectorAll<HTMLElement>('[data-out]')) {
      const text = texts[out.dataset['out'] ?? ''];
      if (text !== undefined) out.textContent = text;
    }
    const said = [...block.querySelectorAll<HTMLElement>('[data-live-say]')].map((s) => s.textContent?.trim());
    status.textContent = said.join(' ');
  };

  for (const span of block.querySelectorAll<HTMLElement>('span[data-in]')) {
    const key = span.dataset['in'] ?? '';
    const range = ranges[key];
    if (!range) continue;
    const input = document.createElement('input');
    input.type = 'number';
    input.className = 'cx-sentence__input';
    input.dataset['in'] = key;
    input.min = String(range.min);
    input.max = String(range.max);
    input.step = String(range.step);
    input.value = String(values[key] ?? range.min);
    input.setAttribute('aria-label', span.dataset['label'] ?? key);
    input.addEventListener('input', () => {
      const typed = input.valueAsNumber;
      // A value outside the range stays in the field, marked, and the results use the nearest allowed one.
      const usable = Number.isFinite(typed) && typed >= range.min && typed <= range.max;
      input.setAttribute('aria-invalid', String(!usable && input.value !== ''));
      if (!Number.isFinite(typed)) return;
      values[key] = clampToRange(typed, range);
      input.style.inlineSize = `${Math.max(2, input.value.length) + 4}ch`;
      update();
    });
    span.replaceWith(input);
  }
}
