import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCaseworker } from "../../src/caseworkers/repository.ts";
import type { Caseworker, Role } from "../../src/caseworkers/types.ts";
import { referralEvents, referrals } from "../../src/db/schema/index.ts";
import type { Engine } from "../../src/engine/engine.ts";
import { referralDetail } from "../../src/referrals/detail.ts";
import { addNote, changeStatus, claimNext, nextClaimable, releaseExpiredClaims } from "../../src/referrals/workflow.ts";
import { WorkflowError } from "../../src/referrals/workflow-error.ts";
import { migratedDatabase } from "../helpers/database.ts";
import { shippedEngine } from "../helpers/engine.ts";
import { fileReport } from "../helpers/referrals.ts";

const SCAM = "Dubai drivers needed, 100% visa, advance fee 50,000 EasyPaisa, WhatsApp 0300-1234567";
const CLAIMS = { claimTtlMinutes: 30 };

describe.each(["postgres", "pglite"] as const)("referral workflow on %s", (kind) => {
  let database: Awaited<ReturnType<typeof migratedDatabase>>;
  let engine: Engine;
  let n = 0;
  const person = async (role: Role, countries: string[]): Promise<Caseworker> => {
    const a = await createCaseworker(database.db, { email: `w${++n}@ngo.example`, password: "a long test password", role, countries });
    return { id: a.id, email: a.email, role, countries: a.countries };
  };
  const file = (country: string, urgent = false) => fileReport(database.db, engine, { text: SCAM, country, urgent });
  const events = async (id: string) =>
    (await database.db.select().from(referralEvents).where(eq(referralEvents.referralId, id)).orderBy(referralEvents.id)).map((e) => [e.action, e.fromStatus, e.toStatus]);
  const refusal = async (promise: Promise<unknown>) => {
    try {
      await promise;
    } catch (error) {
      if (error instanceof WorkflowError) return error.code;
      throw error;
    }
    return "accepted";
  };

  beforeAll(async () => {
    database = await migratedDatabase(kind);
    engine = await shippedEngine();
  });
  afterAll(() => database.dispose());

  it("takes a referral from new to resolved, writing who did what and why to the audit trail", async () => {
    const ana = await person("caseworker", ["PK"]);
    const { id } = await file("PK");
    const claimed = await claimNext(database.db, ana, CLAIMS);
    expect(claimed).toMatchObject({ id, status: "claimed", assignee: { id: ana.id, email: ana.email } });
    expect(claimed!.claimExpiresAt!.getTime()).toBeGreaterThan(Date.now() + 29 * 60_000);

    await changeStatus(database.db, ana, id, { to: "in_review" }, CLAIMS);
    await addNote(database.db, ana, id, "Called the number: asks for 50,000 up front.", CLAIMS);
    expect(await refusal(changeStatus(database.db, ana, id, { to: "resolved" }, CLAIMS))).toBe("reason_required");
    const resolved = await changeStatus(database.db, ana, id, { to: "resolved", reason: "Reported to FIA cyber crime wing" }, CLAIMS);
    expect(resolved).toMatchObject({ status: "resolved", claimExpiresAt: null });
    expect(resolved.closedAt).toBeInstanceOf(Date);

    expect(await events(id)).toEqual([
      ["filed", null, "new"],
      ["claimed", "new", "claimed"],
      ["status_changed", "claimed", "in_review"],
      ["note_added", "in_review", "in_review"],
      ["status_changed", "in_review", "resolved"],
    ]);
    const detail = await referralDetail(database.db, ana, id);
    expect(detail.events.at(-1)).toMatchObject({ action: "status_changed", note: "Reported to FIA cyber crime wing", actor: { id: ana.id, email: ana.email } });
    expect(detail.notes).toEqual([expect.objectContaining({ body: "Called the number: asks for 50,000 up front.", author: { id: ana.id, email: ana.email } })]);
    expect(detail).not.toHaveProperty("reporterHash");
  });

  it("refuses transitions the workflow does not have, and changes by someone who does not hold the claim", async () => {
    const ana = await person("caseworker", ["PK"]);
    const ben = await person("caseworker", ["PK"]);
    const admin = await person("admin", []);
    const { id } = await file("PK");
    expect(await refusal(changeStatus(database.db, ana, id, { to: "in_review" }, CLAIMS))).toBe("invalid_transition");
    expect(await refusal(changeStatus(database.db, ana, id, { to: "resolved", reason: "done" }, CLAIMS))).toBe("invalid_transition");
    await changeStatus(database.db, ana, id, { to: "claimed" }, CLAIMS);
    expect(await refusal(changeStatus(database.db, ben, id, { to: "claimed" }, CLAIMS))).toBe("already_claimed");
    expect(await refusal(changeStatus(database.db, ben, id, { to: "in_review" }, CLAIMS))).toBe("not_assignee");
    // A supervisor can step in.
    await changeStatus(database.db, admin, id, { to: "rejected", reason: "Genuine employer, checked with the embassy" }, CLAIMS);
    expect(await refusal(changeStatus(database.db, ana, id, { to: "new", reason: "reopen" }, CLAIMS))).toBe("forbidden");
    expect(await refusal(changeStatus(database.db, admin, id, { to: "new" }, CLAIMS))).toBe("reason_required");
    const reopened = await changeStatus(database.db, admin, id, { to: "new", reason: "New evidence from a second reporter" }, CLAIMS);
    expect(reopened).toMatchObject({ status: "new", assignee: null, closedAt: null });
    expect(await refusal(changeStatus(database.db, ana, "00000000-0000-4000-8000-000000000000", { to: "claimed" }, CLAIMS))).toBe("not_found");
  });

  it("lets the assignee release a claim, and keeps caseworkers to their countries", async () => {
    const ana = await person("caseworker", ["PK"]);
    const kz = await person("caseworker", ["KZ"]);
    const { id } = await file("PK");
    await changeStatus(database.db, ana, id, { to: "claimed" }, CLAIMS);
    const released = await changeStatus(database.db, ana, id, { to: "new" }, CLAIMS);
    expect(released).toMatchObject({ status: "new", assignee: null, claimExpiresAt: null });
    expect(await refusal(changeStatus(database.db, kz, id, { to: "claimed" }, CLAIMS))).toBe("forbidden");
    expect(await refusal(addNote(database.db, kz, id, "peek", CLAIMS))).toBe("forbidden");
    expect(await refusal(referralDetail(database.db, kz, id))).toBe("forbidden");
  });

  it("serves urgent referrals first, then the oldest, only from the caseworker's countries", async () => {
    await database.db.delete(referrals);
    const kzOld = await file("KZ");
    const pkOld = await file("PK");
    const pkUrgent = await file("PK", true);
    const pkNew = await file("PK");
    const ana = await person("caseworker", ["PK"]);
    const order = [];
    for (let r = await claimNext(database.db, ana, CLAIMS); r; r = await claimNext(database.db, ana, CLAIMS)) order.push(r.id);
    expect(order).toEqual([pkUrgent.id, pkOld.id, pkNew.id]);
    const admin = await person("admin", []);
    expect((await claimNext(database.db, admin, CLAIMS))?.id).toBe(kzOld.id);
    expect(await claimNext(database.db, admin, CLAIMS)).toBeNull();
  });

  it("makes a lapsed claim claimable again, in claim-next and in releaseExpiredClaims, and records the lapse", async () => {
    await database.db.delete(referrals);
    const ana = await person("caseworker", ["PK"]);
    const ben = await person("caseworker", ["PK"]);
    const first = await file("PK");
    const second = await file("PK");
    await claimNext(database.db, ana, CLAIMS);
    await claimNext(database.db, ana, CLAIMS);
    await changeStatus(database.db, ana, second.id, { to: "in_review" }, CLAIMS);
    expect(await claimNext(database.db, ben, CLAIMS)).toBeNull();
    expect(await releaseExpiredClaims(database.db)).toBe(0);

    await database.db.update(referrals).set({ claimExpiresAt: sql`now() - interval '1 minute'` });
    const taken = await claimNext(database.db, ben, CLAIMS);
    expect(taken).toMatchObject({ id: first.id, status: "claimed", assignee: { id: ben.id } });
    expect((await events(first.id)).slice(-2)).toEqual([
      ["claim_expired", "claimed", "new"],
      ["claimed", "new", "claimed"],
    ]);
    expect(await releaseExpiredClaims(database.db)).toBe(1);
    const [row] = await database.db.select().from(referrals).where(eq(referrals.id, second.id));
    expect(row).toMatchObject({ status: "new", assigneeId: null, claimExpiresAt: null });
    expect((await events(second.id)).at(-1)).toEqual(["claim_expired", "in_review", "new"]);
    // The old assignee's note no longer refreshes anything; the referral waits in the queue.
    expect(await refusal(changeStatus(database.db, ana, second.id, { to: "in_review" }, CLAIMS))).toBe("invalid_transition");
  });

  it("refreshes the claim when the assignee changes or notes the referral", async () => {
    await database.db.delete(referrals);
    const ana = await person("caseworker", ["PK"]);
    const { id } = await file("PK");
    await claimNext(database.db, ana, CLAIMS);
    await database.db.update(referrals).set({ claimExpiresAt: sql`now() + interval '1 minute'` });
    await addNote(database.db, ana, id, "still on it", CLAIMS);
    const [afterNote] = await database.db.select().from(referrals).where(eq(referrals.id, id));
    expect(afterNote!.claimExpiresAt!.getTime()).toBeGreaterThan(Date.now() + 29 * 60_000);
    await database.db.update(referrals).set({ claimExpiresAt: sql`now() + interval '1 minute'` });
    const changed = await changeStatus(database.db, ana, id, { to: "in_review" }, CLAIMS);
    expect(changed.claimExpiresAt!.getTime()).toBeGreaterThan(Date.now() + 29 * 60_000);
  });

  it("finds the next referral through the queue index, without sorting the whole table", async () => {
    const ana = await person("caseworker", ["PK", "KZ"]);
    const query = nextClaimable(database.db, ana).toSQL();
    const literal = query.sql.replace(/\$(\d+)/g, (_, i: string) => `'${String(query.params[Number(i) - 1]).replace(/'/g, "''")}'`);
    const plan = await database.db.transaction(async (tx) => {
      // Tiny test tables would be scanned whatever the indexes; forbid that to see what the planner can do.
      await tx.execute(sql`set local enable_seqscan = off`);
      await tx.execute(sql`set local enable_bitmapscan = off`);
      const result = (await tx.execute(sql.raw(`explain ${literal}`))) as unknown as { rows: Record<string, string>[] };
      return result.rows.map((r) => Object.values(r)[0]).join("\n");
    });
    expect(plan).toContain("referrals_claimable_idx");
    expect(plan).not.toMatch(/\bSort\b/);
  });
});
