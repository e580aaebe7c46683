import { describe, expect, it } from 'vitest';
import { dropEndMarker, END_MARKER } from '../../src/features/offline/client/pwa-offline-runtime';

/** A stand-in for an island's last child: 8 is a comment node, 1 an element, 3 text (DOM constants). */
function island(nodeType: number, nodeValue: string | null) {
  const state = { removed: false };
  const last = {
    nodeType,
    nodeValue,
    remove: () => {
      state.removed = true;
    },
  };
  return { el: { lastChild: last }, state };
}

describe('the offline island loader drops Astro’s end-of-children marker', () => {
  it('removes a last child that is the <!--astro:end--> comment', () => {
    const { el, state } = island(8, 'astro:end');
    expect(END_MARKER).toBe('astro:end');
    expect(dropEndMarker(el)).toBe(true);
    expect(state.removed).toBe(true);
  });

  it.each([
    ['another comment', 8, 'astro:start'],
    ['a comment with the marker text inside', 8, ' astro:end '],
    ['text reading astro:end', 3, 'astro:end'],
    ['an element', 1, null],
  ])('leaves %s alone', (_name, nodeType, nodeValue) => {
    const { el, state } = island(nodeType, nodeValue);
    expect(dropEndMarker(el)).toBe(false);
    expect(state.removed).toBe(false);
  });

  it('does nothing for an empty island', () => {
    expect(dropEndMarker({ lastChild: null })).toBe(false);
  });
});
