import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mispResponse, referralPage } from "../../src/api/schemas/caseworker-responses.ts";
import { referenceIn } from "../../src/referrals/search.ts";
import { phoneCandidates } from "../../src/search/typed-phone.ts";
import { caseworkerTestApp, type CaseworkerTestApp } from "../helpers/caseworker-api.ts";
import { fileReport } from "../helpers/referrals.ts";

describe("what a search is for", () => {
  it("reads a reference with or without its hyphen, in any case, with spaces around", () => {
    for (const typed of ["RSD-P4F", "rsd-p4f", "RSDP4F", " rsdp4f ", "rsd p4f", "Rsd - P4f"]) expect(referenceIn(typed)).toBe("RSD-P4F");
    // Not a reference: letters outside the alphabet (O, I, L, 0, 1), wrong length, words.
    for (const typed of ["RSO-P4F", "RSD-P4", "RSD-P4FF", "driver", "0300-1234567"]) expect(referenceIn(typed)).toBeNull();
  });

  it("reads a phone number in E.164 however it is typed", () => {
    for (const typed of ["+92 300 1234567", "923001234567", "0092 300 1234567", "+92 (300) 123-4567"]) {
      expect(phoneCandidates(typed, [])).toContain("+923001234567");
    }
    expect(phoneCandidates("0300 1234567", ["PK"])).toEqual(["+923001234567"]);
    expect(phoneCandidates("8 701 000 0001", ["KZ"])).toContain("+77010000001");
    // Without a country a local number means nothing; words and short numbers are no phone.
    expect(phoneCandidates("0300 1234567", [])).not.toContain("+923001234567");
    expect(phoneCandidates("driver visa", ["PK"])).toEqual([]);
    expect(phoneCandidates("50,000", ["PK"])).toEqual([]);
  });
});

const ADS = {
  pk: "Dubai drivers needed, 100% visa, advance fee 50,000 EasyPaisa, WhatsApp +92-300-1234567",
  kz: "Работа в Польше, виза 100%, предоплата 300$, звоните +7 701 000 0001",
};

describe.each(["postgres", "pglite"] as const)("finding a referral by reference or phone (%s)", (kind) => {
  let t: CaseworkerTestApp;
  let pk: Awaited<ReturnType<CaseworkerTestApp["login"]>>;
  let admin: Awaited<ReturnType<CaseworkerTestApp["login"]>>;
  const filed: Record<keyof typeof ADS, { id: string; reference: string }> = { pk: { id: "", reference: "" }, kz: { id: "", reference: "" } };

  const found = async (q: string, who = pk, extra = "") => {
    const response = await t.app.inject({ url: `/api/caseworker/referrals?q=${encodeURIComponent(q)}${extra}`, headers: who.bearer });
    expect(response.statusCode, response.body).toBe(200);
    return referralPage.parse(response.json()).items.map((i) => i.id);
  };

  beforeAll(async () => {
    t = await caseworkerTestApp(kind);
    await t.account("pk@ngo.example", "caseworker", ["PK"]);
    await t.account("admin@iom.example", "admin", []);
    pk = await t.login("pk@ngo.example");
    admin = await t.login("admin@iom.example");
    filed.pk = await fileReport(t.services.database.db, t.services.engine, { text: ADS.pk, country: "PK" });
    filed.kz = await fileReport(t.services.database.db, t.services.engine, { text: ADS.kz, country: "KZ" });
  });
  afterAll(() => t?.close());

  it("finds it by its reference however it is typed", async () => {
    const ref = filed.pk.reference;
    for (const typed of [ref, ref.toLowerCase(), ref.replace("-", ""), `  ${ref.replace("-", "").toLowerCase()}  `]) {
      expect(await found(typed)).toEqual([filed.pk.id]);
    }
    // Scope still holds: a PK caseworker does not find a KZ referral by its reference; an admin does.
    expect(await found(filed.kz.reference)).toEqual([]);
    expect(await found(filed.kz.reference.toLowerCase(), admin)).toEqual([filed.kz.id]);
  });

  it("finds it by a phone of the advert in any form, a local one read in the caseworker's or asked-for country", async () => {
    for (const typed of ["923001234567", "+92 300 1234567", "0300 1234567", "00923001234567", "0300-123-4567"]) {
      expect(await found(typed), typed).toEqual([filed.pk.id]);
    }
    expect(await found("0300 1234567", admin, "&country=PK")).toEqual([filed.pk.id]);
    expect(await found("8 701 000 0001", admin, "&country=KZ")).toEqual([filed.kz.id]);
    expect(await found("77010000001", admin)).toEqual([filed.kz.id]);
    expect(await found("0300 7654321")).toEqual([]);
  });

  it("still finds words of the advert", async () => {
    expect(await found("EasyPaisa")).toEqual([filed.pk.id]);
  });

  it("exports carry the reference: the CSV row, and the MISP attributes' comments", async () => {
    const csv = await t.app.inject({ url: `/api/caseworker/export.csv?q=${filed.pk.reference.replace("-", "")}`, headers: pk.bearer });
    const rows = parse(csv.body.replace(/^\uFEFF/, ""), { columns: true }) as { reference: string }[];
    expect(rows.map((r) => r.reference)).toEqual([filed.pk.reference]);
    const misp = mispResponse.parse((await t.app.inject({ url: "/api/caseworker/export.misp.json", headers: admin.bearer })).json());
    const phone = misp.Event.Attribute.find((a) => a.type === "phone-number" && a.value === "+923001234567");
    expect(phone?.comment).toBe(`phone number in job ads, reported in 1 referral: ${filed.pk.reference}`);
  });
});
