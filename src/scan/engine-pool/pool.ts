import { Worker } from "node:worker_threads";
import type { EngineData } from "../../engine/data.ts";
import type { Operator } from "../../engine/types.ts";
import type { HistorySnapshot } from "../../referrals/history.ts";
import type { Engine } from "../../engine/engine.ts";
import { checkInThread, type AdText, type ChunkChecker } from "../chunk-checker.ts";
import type { ScanResult } from "../scan-result.ts";
import type { CheckRequest, CheckResponse, WorkerInit } from "./messages.ts";

/**
 * Engines on worker threads, so a batch's adverts are checked on every
 * core while the main thread does the database's round trips. A chunk is
 * cut into pieces that idle threads take in turn; each thread has up to
 * two pieces at once, so it never waits for the main thread to hand it the
 * next. A thread that dies is replaced, and its pieces fail (the chunk's
 * job is retried).
 */

/** What the engines are built from: the main thread's data, registry and report counts (copied again when they change). */
export interface EngineInputs {
  data: EngineData;
  registry: { readonly revision: number; snapshot(): readonly Operator[] };
  history: { readonly revision: number; snapshot(): HistorySnapshot };
}

export interface EnginePool {
  check: ChunkChecker;
  /** Stops the threads; pieces not answered fail. */
  close(): Promise<void>;
}

/** Adverts per message: small enough to share a 500-advert chunk among threads, large enough that messages cost little. */
const PIECE = 50;
/** Pieces a thread holds at once: one checked, one waiting. */
const IN_FLIGHT = 2;

const BOOT = new URL("./boot.mjs", import.meta.url);
const ENTRY = new URL("./engine-worker.ts", import.meta.url).href;

interface Piece {
  ads: readonly AdText[];
  resolve(results: ScanResult[]): void;
  reject(error: Error): void;
}

interface Thread {
  worker: Worker;
  /** Pieces sent, answered in this order. */
  pieces: Piece[];
  /** Revisions of the registry and report counts this thread has. */
  registry: number;
  history: number;
}

/** `entry`: the worker's module (tests give one that misbehaves). */
export function startEnginePool(inputs: EngineInputs, size: number, entry: string = ENTRY): EnginePool {
  if (size < 1) throw new Error("an engine pool needs at least one thread");
  const queue: Piece[] = [];
  const threads: Thread[] = [];
  let closed = false;

  const spawn = (): Thread => {
    const init: WorkerInit = { entry, data: inputs.data, registry: inputs.registry.snapshot(), history: inputs.history.snapshot() };
    const thread: Thread = { worker: new Worker(BOOT, { workerData: init, execArgv: [] }), pieces: [], registry: inputs.registry.revision, history: inputs.history.revision };
    thread.worker.on("message", (response: CheckResponse) => {
      const piece = thread.pieces.shift()!;
      if (thread.pieces.length === 0) thread.worker.unref();
      if ("error" in response) piece.reject(new Error(`engine thread: ${response.error}`));
      else piece.resolve(response.results);
      dispatch();
    });
    thread.worker.on("error", (error) => fail(thread, error));
    thread.worker.on("exit", (code) => fail(thread, new Error(`engine thread exited with code ${code}`)));
    // An idle thread does not keep the process alive (close() stops it on shutdown); a busy one does, until it answers.
    thread.worker.unref();
    return thread;
  };

  const fail = (thread: Thread, error: Error) => {
    for (const piece of thread.pieces.splice(0)) piece.reject(error);
    const at = threads.indexOf(thread);
    if (at < 0) return;
    threads.splice(at, 1);
    void thread.worker.terminate();
    dispatch();
  };

  const send = (thread: Thread, piece: Piece) => {
    const request: CheckRequest = { ads: piece.ads };
    if (thread.registry !== inputs.registry.revision) {
      request.registry = inputs.registry.snapshot();
      thread.registry = inputs.registry.revision;
    }
    if (thread.history !== inputs.history.revision) {
      request.history = inputs.history.snapshot();
      thread.history = inputs.history.revision;
    }
    thread.pieces.push(piece);
    thread.worker.ref();
    thread.worker.postMessage(request);
  };

  /**
   * Hands queued pieces to the threads holding the fewest. A dead thread is
   * replaced here, when there is work, not when it dies: a thread that cannot
   * start fails the pieces it was given instead of being restarted in a loop.
   */
  const dispatch = () => {
    while (queue.length > 0) {
      if (threads.length < size && !closed) threads.push(spawn());
      if (threads.length === 0) return;
      const thread = threads.reduce((a, b) => (b.pieces.length < a.pieces.length ? b : a));
      if (thread.pieces.length >= IN_FLIGHT) return;
      send(thread, queue.shift()!);
    }
  };

  // Started now: a thread takes a second or two to build its engine, and the first chunk should not wait.
  for (let i = 0; i < size; i++) threads.push(spawn());

  return {
    async check(ads) {
      if (closed) throw new Error("the engine pool is closed");
      const pieces: Promise<ScanResult[]>[] = [];
      for (let from = 0; from < ads.length; from += PIECE) {
        pieces.push(new Promise((resolve, reject) => queue.push({ ads: ads.slice(from, from + PIECE), resolve, reject })));
      }
      dispatch();
      return (await Promise.all(pieces)).flat();
    },
    async close() {
      closed = true;
      for (const piece of queue.splice(0)) piece.reject(new Error("the engine pool is closed"));
      await Promise.all(threads.map((t) => t.worker.terminate()));
    },
  };
}

/** The checker of batch chunks: `threads` engines on worker threads, or with none the engine on this thread. */
export function batchChecker(inputs: EngineInputs & { engine: () => Engine }, threads: number): EnginePool {
  return threads > 0 ? startEnginePool(inputs, threads) : { check: checkInThread(inputs.engine), close: async () => {} };
}
