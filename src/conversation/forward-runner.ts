import type { ForwardStore, TakenForward } from "./forward-store.ts";
import type { OutgoingMessage } from "./types.ts";

/** How a channel adapter writes to a chat without an update to answer: `to` is the address it gave in the envelope. */
export type Deliver = (to: string, replies: OutgoingMessage[]) => Promise<void>;

/** Longer than an answer takes to go out, Telegram's retries included: only a dead instance's lease lapses. */
export const LEASE_MS = 2 * 60_000;
/** A timer fires this much after its forward is due, so that the database agrees it is. */
const TIMER_SLACK_MS = 20;

export interface ForwardRunnerDeps {
  store: ForwardStore;
  /** How often forwards are looked for that no timer of this instance answers (another instance's, one from before a restart). */
  sweepMs: number;
  /** Runs `work` after, and before, the sender's other messages being answered on this instance. */
  inSenderOrder<T>(senderHash: string, work: () => Promise<T>): Promise<T>;
  /** A forward's answer, its session saved. */
  answer(forward: TakenForward): Promise<OutgoingMessage[]>;
  /** Where the sender's answer goes, if this instance heard them lately: it is kept nowhere else. */
  address(senderHash: string): string | undefined;
  log: { warn: (obj: object, msg: string) => void };
}

export interface ForwardRunner {
  /** The sender's forward is due in `ms`: it is answered then (unless another piece keeps it open). */
  dueIn(senderHash: string, ms: number): void;
  /** Lets forwards written by `via` be answered on this instance; returns the undo. */
  deliverVia(via: string, deliver: Deliver): () => void;
  stop(): void;
}

/**
 * Answers forwards once their window has closed: a timer per sender for those
 * gathered here, a sweep for the rest. Only the adapters connected here can
 * write, so only their forwards are taken; taking is a lease in the store, so
 * each forward is answered by one instance. A forward is taken and answered
 * in its sender's order, so the session it leaves is the one their next
 * message finds; its answer is written after that, outside the order, for
 * an adapter may be answering that next message meanwhile.
 */
export function forwardRunner(deps: ForwardRunnerDeps): ForwardRunner {
  const deliverers = new Map<string, Deliver>();
  const timers = new Map<string, NodeJS.Timeout>();
  let sweeper: NodeJS.Timeout | undefined;
  let stopped = false;

  async function deliver(forward: TakenForward, replies: OutgoingMessage[]): Promise<void> {
    const send = deliverers.get(forward.via);
    const to = deps.address(forward.senderHash);
    // Disconnected meanwhile: the lease lapses and an instance that can write takes it.
    if (!send || !to) return;
    try {
      if (replies.length > 0) await send(to, replies);
    } catch (error) {
      deps.log.warn({ err: error }, "forward's answer not sent");
    }
    // Once, whether it went out or the channel refused it: a refused answer is not retried for ever.
    await deps.store.forwardAnswered(forward.id);
  }

  async function answerDue(senderHash: string): Promise<void> {
    // A sender this instance has no address for is answered when they next write (gather takes what is due).
    if (!deps.address(senderHash)) return;
    const via = [...deliverers.keys()];
    const answered = await deps.inSenderOrder(senderHash, async () => {
      const due = await deps.store.takeDueForwards(senderHash, via, LEASE_MS);
      const out: { forward: TakenForward; replies: OutgoingMessage[] }[] = [];
      for (const forward of due) out.push({ forward, replies: await deps.answer(forward) });
      return out;
    });
    for (const { forward, replies } of answered) await deliver(forward, replies);
  }

  /** Answers what is due, of one sender or of all; never throws (the next timer or sweep tries again). */
  async function sweep(senderHash?: string): Promise<void> {
    if (stopped || deliverers.size === 0) return;
    try {
      const senders = senderHash ? [senderHash] : await deps.store.dueForwardSenders([...deliverers.keys()]);
      await Promise.all(senders.map(answerDue));
    } catch (error) {
      deps.log.warn({ err: error }, "forwards not answered");
    }
  }

  return {
    dueIn(senderHash, ms) {
      if (stopped) return;
      clearTimeout(timers.get(senderHash));
      const timer = setTimeout(() => {
        timers.delete(senderHash);
        void sweep(senderHash);
      }, ms + TIMER_SLACK_MS);
      timer.unref();
      timers.set(senderHash, timer);
    },
    deliverVia(via, deliver) {
      deliverers.set(via, deliver);
      if (!sweeper && !stopped) {
        sweeper = setInterval(() => void sweep(), deps.sweepMs);
        sweeper.unref();
      }
      // What waited for this channel (since a restart, or on a stopped instance) is answered now.
      void sweep();
      return () => {
        if (deliverers.get(via) === deliver) deliverers.delete(via);
      };
    },
    stop() {
      stopped = true;
      clearInterval(sweeper);
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
    },
  };
}
