import { useCallback, useMemo, useState } from 'preact/hooks';

/** A destructive action that can be taken back: what happened, in words, and how to put it back. */
export interface UndoOffer {
  /** What the action did, e.g. "Offering 2 removed." */
  message: string;
  /** Puts back exactly what was there. */
  undo: () => void;
  /** Said after undoing; a general "Undone" when not given. */
  undoneMessage?: string;
}

/** The page's one undo slot, shared by every destructive control on it. */
export interface UndoApi {
  /** The offer shown, if any. */
  offer: UndoOffer | undefined;
  /** The last thing said (an offer's message, or that it was undone). */
  message: string;
  /** Offers an undo for an action just taken; replaces any earlier offer. */
  offerUndo: (offer: UndoOffer) => void;
  /** Withdraws the offer and its message because something else changed. */
  dismiss: () => void;
  /** Runs the offer's undo and says so. */
  runUndo: () => void;
}

/**
 * One undo slot for a page: every action that throws work away offers its undo here. The offer
 * stays until the next change the reader makes (it never times out), so it is there for at least
 * as long as nothing else happens.
 */
export function useUndo(undoneDefault: string): UndoApi {
  const [offer, setOffer] = useState<UndoOffer | undefined>(undefined);
  const [message, setMessage] = useState('');
  const offerUndo = useCallback((o: UndoOffer) => {
    setOffer(o);
    setMessage(o.message);
  }, []);
  const dismiss = useCallback(() => {
    setOffer(undefined);
    setMessage('');
  }, []);
  const runUndo = useCallback(() => {
    if (!offer) return;
    offer.undo();
    setMessage(offer.undoneMessage ?? undoneDefault);
    setOffer(undefined);
  }, [offer, undoneDefault]);
  return useMemo(
    () => ({ offer, message, offerUndo, dismiss, runUndo }),
    [offer, message, offerUndo, dismiss, runUndo],
  );
}
