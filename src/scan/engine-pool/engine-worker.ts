import { parentPort, workerData, type MessagePort } from "node:worker_threads";
import { createEngine } from "../../engine/engine.ts";
import { SightingHistory } from "../../referrals/history.ts";
import { LiveRegistry } from "../../registry/live.ts";
import { checkAds } from "../chunk-checker.ts";
import type { CheckRequest, CheckResponse, WorkerInit } from "./messages.ts";

/**
 * A worker thread of the engine pool: the same engine as the main thread's
 * (same data, a copy of the registry and of the report counts, kept up to
 * date by the requests), answering pieces of chunks one after the other.
 */
function serve(port: MessagePort, init: WorkerInit): void {
  const registry = new LiveRegistry(init.registry);
  const history = new SightingHistory();
  history.restore(init.history);
  const engine = createEngine(init.data, registry, history);
  port.on("message", (request: CheckRequest) => {
    let response: CheckResponse;
    try {
      if (request.registry) registry.replace(request.registry);
      if (request.history) history.restore(request.history);
      response = { results: checkAds(engine, request.ads) };
    } catch (error) {
      response = { error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    port.postMessage(response);
  });
}

serve(parentPort!, workerData as WorkerInit);
