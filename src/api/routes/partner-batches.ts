import { Readable } from "node:stream";
import type { FastifyPluginAsync } from "fastify";
import type { Db } from "../../db/client.ts";
import { JobQueueNotStarted } from "../../jobs/job-runner.ts";
import { SCAN_CALLBACK_QUEUE, SCAN_CHUNK_QUEUE, chunkJobs } from "../../scan/batch-jobs.ts";
import { batchOfKey, createBatch, deleteBatch, resultsPage, startBatch } from "../../scan/batch-repository.ts";
import { receiveItems, UploadTooLargeError } from "../../scan/batch-upload.ts";
import { callbackProblem, callbackSecret } from "../../scan/callback.ts";
import { partnerOf } from "../auth/api-key.ts";
import { routeSchema } from "../docs.ts";
import { ApiError, parseInput } from "../errors.ts";
import { MAX_BATCH_ADS, MAX_BATCH_BODY_BYTES, batchCreatedResponse, batchParams, batchProgressResponse, batchQuery } from "../schemas/partner.ts";
import { PARTNER_ERRORS } from "./partner-errors.ts";

export interface PartnerBatchDeps {
  db: Db;
  /** Queues jobs on pg-boss (JobRunner.send). */
  send: (queue: string, data: readonly object[]) => Promise<void>;
  /** Callbacks to http and private addresses (tests, closed networks). */
  allowPrivateCallbacks: boolean;
}

const JSONL_TYPES = ["application/x-ndjson", "application/jsonl", "application/x-jsonlines"];
const RESULTS_PAGE = 1000;

/** The batch's results in upload order, read a page at a time. */
async function* resultLines(db: Db, batchId: string): AsyncGenerator<string> {
  for (let after = -1; ; ) {
    const page = await resultsPage(db, batchId, after, RESULTS_PAGE);
    if (page.length === 0) return;
    yield `${page.map((r) => JSON.stringify(r.result)).join("\n")}\n`;
    after = page.at(-1)!.idx;
  }
}

/** Batches of up to 100,000 adverts: upload, progress, results. Mounted under /api/v1. */
export const partnerBatchRoutes: FastifyPluginAsync<PartnerBatchDeps> = async (app, deps) => {
  const { db } = deps;
  // The upload is read as it arrives, a thousand lines at a time; receiveItems bounds its size.
  app.addContentTypeParser(JSONL_TYPES, (_request, payload, done) => done(null, payload));
  const notFound = () => new ApiError(404, "not_found", "No batch of this key has that id.");

  app.post(
    "/scan/batches",
    {
      schema: routeSchema({
        summary: "Upload a batch of up to 100,000 adverts (JSONL)",
        description:
          'One {"id","text"[,"country"]} per line, Content-Type application/x-ndjson. Answers 202 with the batch id at once; the adverts are ' +
          "scanned in the background by every instance. ?callback=https://… gets a POST when the batch is done, signed with " +
          "x-offercheck-signature: sha256=HMAC-SHA256(secret, timestamp + '.' + body), where secret = hex HMAC-SHA256(your API key, " +
          "'offercheck batch callback') and timestamp is the x-offercheck-timestamp header.",
        tags: ["partner"],
        querystring: batchQuery,
        rawBody: { mediaType: "application/x-ndjson", description: "One advert per line." },
        response: batchCreatedResponse,
        status: 202,
        errors: [400, 401, 413, 429, 503],
        errorText: PARTNER_ERRORS,
        partner: true,
      }),
    },
    async (request, reply) => {
      const partner = partnerOf(request);
      const { callback } = parseInput(batchQuery, request.query);
      const problem = callback === undefined ? null : callbackProblem(callback, deps.allowPrivateCallbacks);
      if (problem) throw new ApiError(400, "invalid_callback", problem);
      if (!(request.body instanceof Readable)) throw new ApiError(415, "unsupported_media_type", "Send the adverts as JSONL with Content-Type: application/x-ndjson.");
      const sender = { keyId: partner.id, countries: partner.countries };
      const batchId = await createBatch(db, partner.id, callback ? { url: callback, secret: callbackSecret(partner.token) } : null);
      let counted: { total: number; errors: number };
      try {
        counted = await receiveItems(db, batchId, request.body, sender, { maxAds: MAX_BATCH_ADS, maxBytes: MAX_BATCH_BODY_BYTES });
        if (counted.total === 0) throw new ApiError(400, "empty_batch", "The upload holds no adverts.");
        await deps.send(SCAN_CHUNK_QUEUE, chunkJobs(batchId, counted.total, sender));
      } catch (error) {
        await deleteBatch(db, batchId);
        if (error instanceof UploadTooLargeError) throw new ApiError(413, "too_large", error.message);
        if (error instanceof JobQueueNotStarted) throw new ApiError(503, "starting", "This instance is starting; send the batch again.", undefined, 2);
        throw error;
      }
      const finished = await startBatch(db, batchId, counted.total, counted.errors);
      if (finished && callback) await deps.send(SCAN_CALLBACK_QUEUE, [{ batchId, apiKeyId: partner.id }]);
      return reply.code(202).send({ id: batchId, status: finished ? "done" : "running", total: counted.total });
    },
  );

  app.get(
    "/scan/batches/:id",
    {
      schema: routeSchema({
        summary: "A batch's progress",
        tags: ["partner"],
        params: batchParams,
        response: batchProgressResponse,
        errors: [400, 401, 404, 429],
        errorText: PARTNER_ERRORS,
        partner: true,
      }),
    },
    async (request) => {
      const { id } = parseInput(batchParams, request.params);
      const batch = await batchOfKey(db, id, partnerOf(request).id);
      if (!batch) throw notFound();
      return batch;
    },
  );

  app.get(
    "/scan/batches/:id/results",
    {
      schema: routeSchema({
        summary: "A finished batch's results (JSONL, in upload order)",
        description: "One line per advert, as POST /api/v1/scan answers it. 409 until the batch is done.",
        tags: ["partner"],
        params: batchParams,
        response: { mediaType: "application/x-ndjson", description: "One result per line, in the order uploaded." },
        errors: [400, 401, 404, 409, 429],
        errorText: PARTNER_ERRORS,
        partner: true,
      }),
    },
    async (request, reply) => {
      const { id } = parseInput(batchParams, request.params);
      const batch = await batchOfKey(db, id, partnerOf(request).id);
      if (!batch) throw notFound();
      if (batch.status !== "done") throw new ApiError(409, "batch_running", `${batch.done} of ${batch.total} adverts are done; ask again when status is done.`);
      return reply.type("application/x-ndjson").send(Readable.from(resultLines(db, id)));
    },
  );
};
