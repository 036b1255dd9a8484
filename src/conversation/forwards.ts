import type { TFunction, i18n } from "i18next";
import { MAX_AD_LENGTH } from "../engine/engine.ts";
import type { Language } from "../engine/types.ts";
import type { ConversationStore } from "./conversation-store.ts";
import { answerForward, picturePieces, scrubPieces, type ForwardChecks } from "./forward-answer.ts";
import { addressBook } from "./address-book.ts";
import { forwardRunner, LEASE_MS, type Deliver } from "./forward-runner.ts";
import type { ForwardHead, ForwardPiece, TakenForward } from "./forward-store.ts";
import { conversationLanguage, deviceLanguage } from "./language.ts";
import { isUnreadable } from "./letters.ts";
import type { Envelope, ImageReader, OutgoingMessage, ReplyAddress, SessionState } from "./types.ts";

/** Forwards that no timer here answers (another instance's, one from before a restart) are looked for at most this often. */
const MIN_SWEEP_MS = 1_000;
/** A sender heard this long ago is no longer answered unasked: their forward waits for their next message. */
const ADDRESS_TTL_MS = 10 * 60_000;

export interface ForwardsDeps {
  store: ConversationStore;
  /** How long after a forward's last piece more are awaited. */
  forwardWindowMs: number;
  readImage?: ImageReader;
  i18n: i18n;
  /** How the dialogue checks a forward's words, in a conversation as it stands. */
  checks(env: Envelope, sender: string, state: SessionState, lng: Language, t: TFunction): ForwardChecks;
  /** Takes the sender's own details out of words about to be kept. */
  scrub(env: Envelope, state: SessionState, text: string): string;
  /** Runs `work` in order with the sender's messages (see ForwardRunnerDeps). */
  inSenderOrder<T>(senderHash: string, work: () => Promise<T>): Promise<T>;
  /** The dialogue's error boundary. */
  answered(lng: Language, t: TFunction, work: () => Promise<OutgoingMessage[]>): Promise<OutgoingMessage[]>;
  log: { warn: (obj: object, msg: string) => void };
}

/** A message that is (part of) an advert: whether it is a picture, and how to read its pieces. */
export interface Piece {
  picture: boolean;
  read(): Promise<ForwardPiece[]>;
}

export interface Forwards {
  /** The message as a piece of a forward; null for anything else (a command, a button, a report answer, a text that cannot be checked). */
  pieceOf(env: Envelope, state: SessionState): Piece | null;
  /** Answers a piece at once, or gathers it with the sender's other pieces and answers them later (then: the answer of a forward it closes, if any). */
  gather(env: Envelope, sender: string, state: SessionState, lng: Language, t: TFunction, piece: Piece): Promise<OutgoingMessage[]>;
  /** The answer of the sender's forward still being gathered, which comes before a message that is no part of it. */
  flush(env: Envelope, sender: string, state: SessionState, lng: Language, t: TFunction): Promise<OutgoingMessage[]>;
  deliverVia(via: string, deliver: Deliver): () => void;
  stop(): void;
}

/** A text the helpline checks as (part of) an advert; the others get their own answer. */
const isCheckable = (text: string) => text.trim() !== "" && text.length <= MAX_AD_LENGTH && !isUnreadable(text);

/** A forward answered after its updates, as the update of its first piece. Its pieces were scrubbed of the sender when they came. */
function forwardEnvelope(forward: TakenForward): Envelope {
  return { channel: forward.channel, senderId: "", updateId: forward.updateId, ...(forward.languageHint ? { languageHint: forward.languageHint } : {}), message: { kind: "unsupported" } };
}

/**
 * The pieces of one forward (a picture and its text, an album, a text in
 * parts) answered once, together. On a channel that can write later they
 * are gathered in the store, so that any instance answers them, also after a
 * restart; a channel that cannot (the simulator, whose page waits for each
 * answer) has each message answered in its own reply.
 */
export function createForwards(deps: ForwardsDeps): Forwards {
  const { store, forwardWindowMs: windowMs } = deps;
  // Where a forward's answer goes stays in this instance's memory: a raw chat id is never stored.
  const addresses = addressBook(ADDRESS_TTL_MS);
  const answerTaken = (forward: TakenForward, state: SessionState, lng: Language, t: TFunction) =>
    answerForward(forward.pieces, deps.checks(forwardEnvelope(forward), forward.senderHash, state, lng, t));

  /** A forward whose window has closed, answered after its updates were: its answer, the session saved. */
  async function answerLater(forward: TakenForward): Promise<OutgoingMessage[]> {
    const { state } = forward;
    const before = JSON.stringify(state);
    const lng = conversationLanguage(state, forward.languageHint);
    const t = deps.i18n.getFixedT(lng);
    const out = await deps.answered(lng, t, async () => answerTaken(forward, state, lng, t));
    if (JSON.stringify(state) !== before) await store.save(forward.senderHash, state);
    return out;
  }

  const runner = forwardRunner({
    store,
    sweepMs: Math.max(windowMs, MIN_SWEEP_MS),
    inSenderOrder: deps.inSenderOrder,
    answer: answerLater,
    address: (senderHash) => addresses.get(senderHash),
    log: deps.log,
  });

  const headOf = (env: Envelope, replyTo: ReplyAddress): ForwardHead => ({
    channel: env.channel,
    via: replyTo.via,
    updateId: env.updateId,
    ...(env.languageHint ? { languageHint: env.languageHint } : {}),
    ...(env.album ? { album: env.album } : {}),
  });

  return {
    pieceOf(env, state) {
      const m = env.message;
      const scrub = (text: string) => deps.scrub(env, state, text);
      if (m.kind === "image") {
        const language = state.language ?? state.lastLanguage ?? deviceLanguage(env.languageHint);
        return { picture: Boolean(deps.readImage && m.image), read: async () => scrubPieces(await picturePieces(deps.readImage, m, language), scrub) };
      }
      // In a report a typed text answers its question; a forwarded one is another advert.
      if (m.kind !== "text" || (state.report && !m.forwarded) || !isCheckable(m.text)) return null;
      return { picture: false, read: async () => [{ text: scrub(m.text) }] };
    },

    // A picture being read holds the forward open; another album is another forward. Out of the database's
    // reach, the piece is answered alone, at once.
    async gather(env, sender, state, lng, t, piece) {
      if (!env.replyTo) return answerForward(await piece.read(), deps.checks(env, sender, state, lng, t));
      let kept = true;
      const inStore = async <T>(op: () => Promise<T>): Promise<T | undefined> => {
        try {
          return kept ? await op() : undefined;
        } catch (error) {
          kept = false;
          deps.log.warn({ err: error }, "forward not kept: answered alone");
          return undefined;
        }
      };
      addresses.set(sender, env.replyTo.to);
      const head = headOf(env, env.replyTo);
      // What waited since before a restart (no instance knew where to answer) is answered first, with this reply.
      const overdue = (await inStore(() => store.takeDueForwards(sender, [env.replyTo!.via], LEASE_MS))) ?? [];
      for (const forward of overdue) await inStore(() => store.forwardAnswered(forward.id));
      const other = env.album ? await inStore(() => store.takeForward(sender, env.album)) : null;
      const closed: OutgoingMessage[] = [];
      for (const forward of [...overdue, ...(other ? [other] : [])]) closed.push(...(await answerTaken(forward, state, lng, t)));
      if (piece.picture) await inStore(() => store.addToForward(sender, head, [], windowMs, 1));
      const pieces = await piece.read();
      const dueIn = await inStore(() => store.addToForward(sender, head, pieces, windowMs, piece.picture ? -1 : 0));
      if (dueIn === undefined) return [...closed, ...(await answerForward(pieces, deps.checks(env, sender, state, lng, t)))];
      runner.dueIn(sender, dueIn);
      return closed;
    },

    async flush(env, sender, state, lng, t) {
      if (!env.replyTo) return [];
      const open = await store.takeForward(sender).catch((error: unknown) => {
        deps.log.warn({ err: error }, "forward not taken");
        return null;
      });
      return open ? answerTaken(open, state, lng, t) : [];
    },

    deliverVia: (via, deliver) => runner.deliverVia(via, deliver),
    stop: () => runner.stop(),
  };
}
