import { parentPort } from "node:worker_threads";
import type { CheckRequest, CheckResponse } from "../../src/scan/engine-pool/messages.ts";

/** An engine thread for the pool's tests: it dies on an advert "exit", fails on "throw", and answers the rest with their ids only. */
parentPort!.on("message", (request: CheckRequest) => {
  if (request.ads.some((ad) => ad.text === "exit")) process.exit(3);
  const response: CheckResponse = request.ads.some((ad) => ad.text === "throw")
    ? { error: "Error: thrown on purpose" }
    : { results: request.ads.map((ad) => ({ id: ad.id }) as never) };
  parentPort!.postMessage(response);
});
