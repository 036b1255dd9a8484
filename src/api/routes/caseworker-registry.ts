import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyPluginAsync } from "fastify";
import type { Db } from "../../db/client.ts";
import { importRegistryCsv } from "../../registry/import.ts";
import { searchRegistry } from "../../registry/search.ts";
import type { RegistrySnapshot } from "../../registry/snapshot.ts";
import { actorOf, requireAdmin } from "../auth/session.ts";
import { routeSchema } from "../docs.ts";
import { ApiError, parseInput } from "../errors.ts";
import { registrySearchQuery } from "../schemas/caseworker.ts";
import { importResponse, registrySearchResponse } from "../schemas/caseworker-responses.ts";

/** Official registries are thousands of rows (a few MB); anything far larger is not a registry. */
export const MAX_REGISTRY_UPLOAD_BYTES = 50 * 1024 * 1024;

export interface RegistryRouteDeps {
  db: Db;
  registry: RegistrySnapshot;
}

/** Registry search for caseworkers and CSV import for admins. Mounted under /api/caseworker. */
export const registryRoutes: FastifyPluginAsync<RegistryRouteDeps> = async (app, { db, registry }) => {
  // The CSV arrives as the raw body; only this plugin's routes accept it.
  app.addContentTypeParser(["text/csv", "application/csv"], { parseAs: "buffer", bodyLimit: MAX_REGISTRY_UPLOAD_BYTES }, (_request, body, done) => done(null, body));

  app.get(
    "/registry/search",
    {
      schema: routeSchema({
        summary: "Look a recruiter up in the registry",
        description: "By licence number (as ads write it), phone (national numbers read as numbers of your countries) or name in any script.",
        tags: ["registry"],
        querystring: registrySearchQuery,
        response: registrySearchResponse,
        errors: [400, 401, 403],
        authenticated: true,
      }),
    },
    async (request) => {
      const { q } = parseInput(registrySearchQuery, request.query);
      const actor = actorOf(request);
      const snapshot = await registry.get();
      return { hits: searchRegistry(snapshot, q, [...actor.countries, "PK"]), registrySize: snapshot.size };
    },
  );

  app.post(
    "/registry/import",
    {
      preHandler: requireAdmin,
      schema: routeSchema({
        summary: "Import a registry CSV (admins)",
        description:
          "Body: the CSV itself (Content-Type: text/csv) with the columns country,registry,licence_no,name,status,city,website,phone,valid_until,source_url. " +
          "Idempotent upsert, like `registry import` on the command line; bad rows are skipped and reported by line. The helpline's engine picks the rows up at its next start.",
        tags: ["registry"],
        rawBody: { mediaType: "text/csv", description: "The registry CSV, header row first." },
        response: importResponse,
        errors: [400, 401, 403],
        authenticated: true,
      }),
    },
    async (request) => {
      if (!Buffer.isBuffer(request.body) || request.body.length === 0) {
        throw new ApiError(400, "invalid_request", "Send the registry CSV as the request body with Content-Type: text/csv.");
      }
      // importRegistryCsv streams from a file (the CLI's path); the upload is written to a private temporary one.
      const dir = await mkdtemp(join(tmpdir(), "offercheck-registry-"));
      const file = join(dir, "upload.csv");
      try {
        await writeFile(file, request.body, { mode: 0o600 });
        const { file: _file, ...summary } = await importRegistryCsv(db, file).catch((error: unknown) => {
          throw new ApiError(400, "invalid_csv", (error as Error).message.replace(file, "upload"));
        });
        registry.invalidate();
        return summary;
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  );
};
