import type { AxisId } from './axes';
import type { Offering, OfferingChange } from './offering';
import { centreSpan, changeAxis, middle, widenSpan } from './offering';

/** How far one arrow key press moves or widens an offering. */
export const STEP = 0.5;
/** How far it goes with Shift held. */
export const BIG_STEP = 2;

/** What a key press on a marker asks for. */
export type KeyAction =
  | { kind: 'move'; axis: AxisId; delta: number }
  | { kind: 'widen'; axis: AxisId; delta: number }
  | { kind: 'select' };

const ARROWS: Record<string, { axis: AxisId; sign: 1 | -1 }> = {
  ArrowRight: { axis: 'frequency', sign: 1 },
  ArrowLeft: { axis: 'frequency', sign: -1 },
  ArrowUp: { axis: 'complexity', sign: 1 },
  ArrowDown: { axis: 'complexity', sign: -1 },
};

/** Maps a key (KeyboardEvent.key) and modifiers to an action: arrows move, Alt+arrows widen, Enter or Space select. */
export function keyAction(key: string, mods: { shift: boolean; alt: boolean }): KeyAction | null {
  if (key === 'Enter' || key === ' ') return { kind: 'select' };
  const arrow = ARROWS[key];
  if (!arrow) return null;
  const delta = arrow.sign * (mods.shift ? BIG_STEP : STEP);
  return { kind: mods.alt ? 'widen' : 'move', axis: arrow.axis, delta };
}

/**
 * A key's change as a change of its one axis, applied to the offering as it is when the change lands:
 * another tab's move on the other axis stays. A select action changes nothing.
 */
export function keyChange(action: KeyAction): OfferingChange {
  if (action.kind === 'move') {
    const { axis, delta } = action;
    return changeAxis(axis, (span) => centreSpan(span, middle(span) + delta));
  }
  if (action.kind === 'widen') {
    const { axis, delta } = action;
    return changeAxis(axis, (span) => widenSpan(span, delta));
  }
  return (o) => o;
}

/** The offering after a move, or a widen by `delta` on each side; a select action leaves it as it is. */
export function applyKey(o: Offering, action: KeyAction): Offering {
  return keyChange(action)(o);
}
