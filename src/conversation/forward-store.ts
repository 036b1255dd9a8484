import type { ImageFailure, SessionState } from "./types.ts";

/**
 * One part of a forward, as it is kept until the forward is answered: words
 * the person sent (a message, a caption), the text read from a picture, or a
 * picture that gave none ("no_reader": this helpline reads no pictures).
 */
export type ForwardPiece = { text: string } | { read: string; partial: boolean } | { failure: ImageFailure | "no_reader" };

/** What a forward is answered as: the first piece's update, and which adapter writes the answer. */
export interface ForwardHead {
  channel: string;
  /** The channel adapter that writes the answer. */
  via: string;
  updateId: string;
  languageHint?: string;
  album?: string;
}

/** A forward taken to be answered, with the sender's session as it is now. */
export interface TakenForward extends ForwardHead {
  id: number;
  senderHash: string;
  pieces: ForwardPiece[];
  state: SessionState;
}

/** The forwards being gathered, kept where every instance sees them (see ConversationStore). */
export interface ForwardStore {
  /**
   * Adds pieces to the sender's forward, opening one when none is being
   * gathered, and keeps it open for `windowMs` more. `reading`: +1 while a
   * picture of it is being read (it waits for that picture), -1 once its
   * pieces come. Returns the milliseconds until the forward is due.
   */
  addToForward(senderHash: string, head: ForwardHead, pieces: ForwardPiece[], windowMs: number, reading: -1 | 0 | 1): Promise<number>;
  /** Takes the sender's forward away now, due or not; with `otherThanAlbum`, only one from another album. */
  takeForward(senderHash: string, otherThanAlbum?: string): Promise<TakenForward | null>;
  /** Senders with forwards that are due and are written by one of `via` (a batch: the next call finds the rest). */
  dueForwardSenders(via: readonly string[]): Promise<string[]>;
  /**
   * Takes the sender's forwards that are due and are written by one of `via`,
   * for `leaseMs`: if they are not marked answered by then, another instance
   * takes them again.
   */
  takeDueForwards(senderHash: string, via: readonly string[], leaseMs: number): Promise<TakenForward[]>;
  forwardAnswered(id: number): Promise<void>;
}
