import { createHash } from "node:crypto";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PASSWORD, caseworkerTestApp, type CaseworkerTestApp } from "../helpers/caseworker-api.ts";
import { fileReport } from "../helpers/referrals.ts";

interface Manifest {
  format: string;
  reference: string;
  generatedBy: string;
  files: { path: string; bytes: number; sha256: string }[];
}

describe("the evidence package (GET /api/caseworker/referrals/:id/evidence.zip) on Postgres", () => {
  let t: CaseworkerTestApp;
  const ids: Record<string, { id: string; reference: string }> = {};
  let pk: { bearer: Record<string, string> };
  let kz: { bearer: Record<string, string> };

  beforeAll(async () => {
    t = await caseworkerTestApp("postgres");
    await t.account("evidence-pk@ngo.example", "caseworker", ["PK"]);
    await t.account("evidence-kz@ngo.example", "caseworker", ["KZ"]);
    pk = await t.login("evidence-pk@ngo.example");
    kz = await t.login("evidence-kz@ngo.example");
    const db = t.services.database.db;
    const file = async (name: string, text: string, country: string) => (ids[name] = await fileReport(db, t.services.engine, { text, country }));
    await file("main", "Dubai drivers needed, 100% visa, advance fee 50,000 EasyPaisa, WhatsApp 0300-1234567", "PK");
    // Linked to the first by the phone: in the package.
    await file("linked", "Qatar security guards, visit visa, pay 80,000 advance, call 0300 1234567 <b>now</b>", "PK");
    // Linked too, but of a country the Pakistani caseworker does not work: named, never its text.
    await file("foreign", "Польша, виза 100%, предоплата 300$, звоните +92 300 1234567, секретный-текст-кз", "KZ");
    await file("unrelated", "Malaysia factory workers, contact 0333-7654321, advance 20,000 JazzCash", "PK");
  });
  afterAll(() => t.close());

  const download = (who: { bearer: Record<string, string> }, id: string) =>
    t.app.inject({ url: `/api/caseworker/referrals/${id}/evidence.zip`, headers: who.bearer });

  it("holds the adverts, sightings, links, audit trail and MISP event, each file hashed in the manifest", async () => {
    const response = await download(pk, ids.main!.id);
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("application/zip");
    expect(response.headers["content-disposition"]).toContain(`offercheck-evidence-${ids.main!.reference}.zip`);
    const files = unzipSync(new Uint8Array(response.rawPayload));
    const manifest = JSON.parse(strFromU8(files["manifest.json"]!)) as Manifest;
    expect(manifest).toMatchObject({ format: "offercheck-evidence/1", reference: ids.main!.reference, generatedBy: "evidence-pk@ngo.example" });
    // Every file but the manifest is listed once, and its hash verifies.
    expect(manifest.files.map((f) => f.path).sort()).toEqual(Object.keys(files).filter((p) => p !== "manifest.json").sort());
    for (const f of manifest.files) {
      expect(createHash("sha256").update(files[f.path]!).digest("hex"), f.path).toBe(f.sha256);
      expect(files[f.path]!.byteLength).toBe(f.bytes);
    }
    expect(Object.keys(files).filter((p) => p.startsWith("adverts/")).sort()).toEqual(
      [`adverts/${ids.main!.reference}.txt`, `adverts/${ids.linked!.reference}.txt`].sort(),
    );
    expect(strFromU8(files[`adverts/${ids.linked!.reference}.txt`]!)).toContain("Qatar security guards");
    const sightings = strFromU8(files["sightings.csv"]!);
    expect(sightings.split("\n")[0]).toBe("reference,kind,value,source,seen_at");
    expect(sightings).toContain(`${ids.linked!.reference},phone,+923001234567,report,`);
    const misp = JSON.parse(strFromU8(files["misp-event.json"]!)) as { Event: { Attribute: { value: string }[] } };
    expect(misp.Event.Attribute.map((a) => a.value)).toContain("+923001234567");
    const audit = JSON.parse(strFromU8(files["audit-trail.json"]!)) as { action: string; actor: { email: string } | null }[];
    expect(audit.map((e) => e.action)).toEqual(["filed", "evidence_downloaded"]);
    expect(audit[1]!.actor?.email).toBe("evidence-pk@ngo.example");
  });

  it("never carries the text of a linked referral from a country the caseworker does not work, nor unlinked ones", async () => {
    const files = unzipSync(new Uint8Array((await download(pk, ids.main!.id)).rawPayload));
    const everything = Object.values(files).map((f) => strFromU8(f)).join("\n");
    expect(everything).not.toContain("секретный-текст-кз");
    expect(everything).not.toContain(ids.foreign!.reference);
    expect(everything).not.toContain("Malaysia factory");
    // That it exists is shown, as on the referral page.
    const linked = JSON.parse(strFromU8(files["linked-referrals.json"]!)) as { members: { visible: boolean; country: string }[] };
    expect(linked.members).toEqual(expect.arrayContaining([expect.objectContaining({ visible: false, country: "KZ" })]));
  });

  it("writes an escaped summary in the caseworker's own language", async () => {
    await t.account("evidence-ru@ngo.example", "caseworker", ["PK"]);
    const ru = await t.login("evidence-ru@ngo.example");
    expect((await t.app.inject({ method: "PATCH", url: "/api/auth/me", headers: ru.bearer, payload: { language: "ru" } })).statusCode).toBe(200);
    const html = strFromU8(unzipSync(new Uint8Array((await download(ru, ids.linked!.id)).rawPayload))["summary.html"]!);
    expect(html).toContain('<html lang="ru" dir="ltr">');
    expect(html).toContain(`Пакет доказательств ${ids.linked!.reference}`);
    expect(html).toContain("Связанные обращения");
    expect(html).not.toContain("<b>now</b>");
    expect(html).toContain("&lt;b&gt;now&lt;/b&gt;");
  });

  it("is refused outside the caseworker's countries, and leaves no trace there", async () => {
    expect((await download(kz, ids.main!.id)).statusCode).toBe(403);
    const admin = await t.account("evidence-admin@ngo.example", "admin", []);
    const a = await t.login(admin.email, PASSWORD);
    const trail = async () => ((await t.app.inject({ url: `/api/caseworker/referrals/${ids.unrelated!.id}`, headers: a.bearer })).json() as { events: { action: string }[] }).events;
    expect((await download(kz, ids.unrelated!.id)).statusCode).toBe(403);
    expect((await trail()).map((e) => e.action)).toEqual(["filed"]);
    // The admin's own download is recorded.
    expect((await download(a, ids.unrelated!.id)).statusCode).toBe(200);
    expect((await trail()).map((e) => e.action)).toEqual(["filed", "evidence_downloaded"]);
  });

  it("answers 404 for an unknown referral, 400 for a malformed id and 401 without a session", async () => {
    expect((await download(pk, "00000000-0000-4000-8000-000000000000")).statusCode).toBe(404);
    expect((await download(pk, "not-a-uuid")).statusCode).toBe(400);
    expect((await t.app.inject({ url: `/api/caseworker/referrals/${ids.main!.id}/evidence.zip` })).statusCode).toBe(401);
  });
});
