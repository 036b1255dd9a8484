import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Fastify from "fastify";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_DATA_DIR } from "../../src/data/load-engine-data.ts";
import { registrySources } from "../../src/db/schema/index.ts";
import { MemoryRegistry } from "../../src/registry/memory.ts";
import { countOperators, loadOperators } from "../../src/registry/repository.ts";
import { syncRegistrySources } from "../../src/registry/sources.ts";
import { listenOnLoopback } from "../helpers/listen.ts";
import { migratedDatabase } from "../helpers/database.ts";

const SAMPLE = join(DEFAULT_DATA_DIR, "registries", "pk-beoe-sample.csv");
const LIMITS = { maxBytes: 1024 * 1024, timeoutMs: 10_000 };

describe.each(["postgres", "pglite"] as const)("scheduled registry sources (%s)", (kind) => {
  let database: Awaited<ReturnType<typeof migratedDatabase>>;
  let dir: string;
  // Node's fetch leaves the socket of an aborted large download paused rather than closed, so close() would wait on it.
  const server = Fastify({ forceCloseConnections: true });
  let base: string;
  let served = "";
  const versioned = { body: "", etag: "", downloads: 0 };

  beforeAll(async () => {
    database = await migratedDatabase(kind);
    dir = await mkdtemp(join(tmpdir(), "registry-sources-"));
    server.get("/list.csv", async (_req, reply) => reply.type("text/csv").send(served));
    server.get("/login", async (_req, reply) => reply.type("text/html").send("<html><body>Please sign in</body></html>\n<p>again</p>"));
    // A server that answers "changed since?" as most do: 304 when the copy the client names is still current.
    server.get("/versioned.csv", async (req, reply) => {
      if (req.headers["if-none-match"] === versioned.etag) return reply.code(304).send();
      versioned.downloads++;
      return reply.type("text/csv").header("etag", versioned.etag).header("last-modified", "Tue, 01 Dec 2026 08:00:00 GMT").send(versioned.body);
    });
    server.get("/huge.csv", async (_req, reply) => reply.type("text/csv").send(`${"country,registry,licence_no,name,status\n"}${"PK,BEOE,1/LHR,A,active\n".repeat(60_000)}`));
    base = await listenOnLoopback(server);
  });

  afterAll(async () => {
    await server.close();
    await database.dispose();
    await rm(dir, { recursive: true, force: true });
  });

  it("imports a list file once, skips it while unchanged and imports it again when a licence changes", async () => {
    const file = join(dir, "beoe.csv");
    const original = await readFile(SAMPLE, "utf8");
    await writeFile(file, original);

    const [first] = await syncRegistrySources(database.db, [file], LIMITS);
    expect(first).toMatchObject({ status: "imported", summary: { rows: 60, inserted: 60, skipped: 0 } });
    expect(await syncRegistrySources(database.db, [file], LIMITS)).toEqual([{ source: file, status: "unchanged" }]);

    await writeFile(file, original.replace("0417/RWP,Sabz Pahar Overseas Employment Promoters,active", "0417/RWP,Sabz Pahar Overseas Employment Promoters,cancelled"));
    const [changed] = await syncRegistrySources(database.db, [file], LIMITS);
    expect(changed).toMatchObject({ status: "imported", summary: { rows: 60, inserted: 0, updated: 1, unchanged: 59 } });
    const registry = new MemoryRegistry(await loadOperators(database.db));
    expect(registry.byLicence("0417/RWP")[0]).toMatchObject({ status: "cancelled" });

    const [row] = await database.db.select().from(registrySources).where(eq(registrySources.source, file));
    expect(row).toMatchObject({ lastError: null, lastSummary: { rows: 60, updated: 1 } });
    expect(row!.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("downloads a list from a URL, and a failing address neither stops the others nor erases what is known", async () => {
    served = "country,registry,licence_no,name,status,city,website,phone,valid_until,source_url\nPK,BEOE,7777/ISB,Margalla Heights Overseas Employment Promoters,active,Islamabad,,,2027-06-30,\n";
    const before = await countOperators(database.db);
    const outcomes = await syncRegistrySources(database.db, [`${base}/missing.csv`, `${base}/login`, `${base}/list.csv`, `${base}/huge.csv`], LIMITS);

    expect(outcomes.map((o) => o.status)).toEqual(["failed", "failed", "imported", "failed"]);
    expect(outcomes[0]).toMatchObject({ error: expect.stringContaining("HTTP 404") });
    expect(outcomes[1]).toMatchObject({ error: expect.stringContaining("missing columns") });
    expect(outcomes[3]).toMatchObject({ error: expect.stringContaining("larger than") });
    expect(await countOperators(database.db)).toBe(before + 1);

    const failed = await database.db.select().from(registrySources).where(eq(registrySources.source, `${base}/login`));
    expect(failed[0]).toMatchObject({ sha256: null, importedAt: null, lastError: expect.stringContaining("missing columns") });
  });

  it("refuses an empty answer or a file with only its header line", async () => {
    const file = join(dir, "header-only.csv");
    await writeFile(file, "country,registry,licence_no,name,status,city,website,phone,valid_until,source_url\n");
    served = "";
    const outcomes = await syncRegistrySources(database.db, [file, `${base}/list.csv`], LIMITS);
    expect(outcomes.map((o) => o.status)).toEqual(["failed", "failed"]);
    expect(outcomes[0]).toMatchObject({ error: expect.stringContaining("holds no rows") });
    const [row] = await database.db.select().from(registrySources).where(eq(registrySources.source, file));
    expect(row).toMatchObject({ sha256: null, importedAt: null });
  });

  it("refuses a file in which no row is a registry row, and tries it again on the next run", async () => {
    const file = join(dir, "garbled.csv");
    await writeFile(file, "country,registry,licence_no,name,status,city,website,phone,valid_until,source_url\n??,,,,,,,,,\n??,,,,,,,,,\n");
    const [first] = await syncRegistrySources(database.db, [file], LIMITS);
    expect(first).toMatchObject({ status: "failed", error: expect.stringContaining("none of its 2 rows") });
    const [again] = await syncRegistrySources(database.db, [file], LIMITS);
    expect(again?.status).toBe("failed");
  });

  it("asks the server whether its list changed, and downloads it only when it did", async () => {
    const header = "country,registry,licence_no,name,status,city,website,phone,valid_until,source_url\n";
    Object.assign(versioned, { body: `${header}PK,BEOE,8888/LHR,Ravi Bridge Overseas Employment Promoters,active,Lahore,,,2027-06-30,\n`, etag: '"v1"', downloads: 0 });
    const source = `${base}/versioned.csv`;
    expect((await syncRegistrySources(database.db, [source], LIMITS))[0]?.status).toBe("imported");
    expect((await syncRegistrySources(database.db, [source], LIMITS))[0]?.status).toBe("unchanged");
    expect(versioned.downloads).toBe(1);
    const [row] = await database.db.select().from(registrySources).where(eq(registrySources.source, source));
    expect(row).toMatchObject({ etag: '"v1"', lastModified: "Tue, 01 Dec 2026 08:00:00 GMT", lastError: null });

    Object.assign(versioned, { body: versioned.body.replace(",active,", ",suspended,"), etag: '"v2"' });
    expect((await syncRegistrySources(database.db, [source], LIMITS))[0]?.status).toBe("imported");
    expect(versioned.downloads).toBe(2);
    const registry = new MemoryRegistry(await loadOperators(database.db));
    expect(registry.byLicence("8888/LHR")[0]).toMatchObject({ status: "suspended" });
  });
});
