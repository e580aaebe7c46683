/**
 * What a tab last put in its page address as the reader's own work, and whether storage kept that
 * same state too. Kept per tab (sessionStorage), so a reload can tell its own address from a link.
 */
export interface AddressMirror {
  /** The state as the saved format writes it. */
  raw: string;
  /** True only when storage kept this same state: never claimed for a save that failed. */
  saved: boolean;
}

const SAVED = 'saved\n';
const UNSAVED = 'unsaved\n';

/** The mirror as kept in the tab's storage; null (nothing kept) when the address holds no own work. */
export function writeMirror(mirror: AddressMirror | null): string | null {
  if (mirror === null) return null;
  return (mirror.saved ? SAVED : UNSAVED) + mirror.raw;
}

/** Reads a kept mirror. Text without a marker (kept before saves were told apart) counts as saved. */
export function readMirror(text: string | null): AddressMirror | null {
  if (text === null) return null;
  if (text.startsWith(SAVED)) return { raw: text.slice(SAVED.length), saved: true };
  if (text.startsWith(UNSAVED)) return { raw: text.slice(UNSAVED.length), saved: false };
  return { raw: text, saved: true };
}

/**
 * Whose the state in the address is: a visitor's (a link from elsewhere), a mirror of work this tab
 * saved (storage then knows better: other tabs may have moved on), or this tab's own work that storage
 * did not keep (the address is then the only copy, and wins).
 */
export type AddressRole = 'visitor' | 'mirror' | 'unsaved';

/** Decides the address's role from its state (as the format writes it) and what this tab last put there. */
export function addressRole(address: string | null, mirror: AddressMirror | null): AddressRole {
  if (address === null || mirror === null || mirror.raw !== address) return 'visitor';
  return mirror.saved ? 'mirror' : 'unsaved';
}
