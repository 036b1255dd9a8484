import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { i18n } from "i18next";
import type { IncomingMessage, OutgoingMessage } from "../../src/conversation/types.ts";
import { checkKey } from "../../src/conversation/checked-adverts.ts";
import { advertClusterReferrals, advertClusters, referrals } from "../../src/db/schema/index.ts";
import { LANGUAGES } from "../../src/engine/types.ts";
import { createI18n } from "../../src/i18n/index.ts";
import { localDate, similarLine } from "../../src/i18n/render-verdict.ts";
import { testServices, type TestServices } from "../helpers/app.ts";
import { EDITS, ORIGINAL } from "../memory/adverts.ts";

let services: TestServices;
let i18next: i18n;
let update = 0;
const say = (sender: string, message: IncomingMessage): Promise<OutgoingMessage[]> =>
  services.dialogue.handle({ channel: "telegram", senderId: sender, updateId: String(++update), message });
const text = (sender: string, t: string) => say(sender, { kind: "text", text: t });
const press = (sender: string, data: string) => say(sender, { kind: "button", data });
const today = () => new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  services = await testServices("postgres");
  i18next = await createI18n();
});
afterAll(() => services.close());

describe("adverts almost the same as one checked before", () => {
  it("are counted once per person and told in the short verdict, with the reports filed about them", async () => {
    const ru = i18next.getFixedT("ru");
    const line = (count: number, reported = 0) => similarLine(ru, "ru", { count, firstSeen: today(), reported });
    const similarPrefix = ru("verdict.similarChecked", { count: 5, date: "" }).split(" ")[0]!;
    // First seen, then once by someone else: nothing to tell yet.
    for (const [sender, advert] of [["s1", ORIGINAL], ["s2", EDITS["a changed phone number, handle and price"]!]] as const) {
      const [verdict] = await text(sender, advert);
      expect(verdict!.text).not.toContain(similarPrefix);
    }
    // The first person sending it again is not counted again; they are told of the two checks.
    const [again] = await text("s1", EDITS["other emoji"]!);
    expect(again!.text.split("\n")).toContain(line(2));
    const [reordered] = await text("s3", EDITS["its lines in another order"]!);
    const lines = reordered!.text.split("\n");
    expect(lines).toContain(line(2));
    // Still a short answer, the action last.
    expect(lines.length).toBeLessThanOrEqual(5);
    expect(lines.at(-1)!.startsWith("→ ")).toBe(true);

    for (const data of ["report", "consent:yes", "skip", "skip", "skip"]) await press("s3", data);
    const [after] = await text("s4", EDITS["a few words changed"]!);
    expect(after!.text.split("\n")).toContain(line(3, 1));

    const [cluster] = await services.database.db.select().from(advertClusters);
    expect(cluster).toMatchObject({ sightings: 4, reported: 1, countries: ["KZ"], sources: ["telegram"] });
    const [referral] = await services.database.db.select().from(referrals);
    expect(await services.database.db.select().from(advertClusterReferrals)).toEqual([{ clusterId: cluster!.id, referralId: referral!.id }]);
  });

  it("key a check by the sender and the advert's masked words: another phone number is the same check, another sender another", () => {
    expect(checkKey("sender-a", ORIGINAL)).toBe(checkKey("sender-a", EDITS["a changed phone number, handle and price"]!));
    expect(checkKey("sender-a", ORIGINAL)).not.toBe(checkKey("sender-b", ORIGINAL));
    expect(checkKey("sender-a", ORIGINAL)).not.toBe(checkKey("sender-a", EDITS["a few words changed"]!));
  });

  it.each(LANGUAGES)("are told in %s with the date as the language writes it", (lng) => {
    const t = i18next.getFixedT(lng);
    const said = similarLine(t, lng, { count: 37, firstSeen: "2025-10-12", reported: 5 });
    expect(said).toContain("37");
    expect(said).toContain("5");
    expect(said).toContain(localDate(lng, "2025-10-12"));
    expect(said).not.toMatch(/{{|}}|verdict\./);
    expect(similarLine(t, lng, { count: 0, firstSeen: "2025-10-12", reported: 1 })).not.toMatch(/{{|}}|verdict\./);
  });

  it("write the day in each language's own words", () => {
    expect(localDate("en", "2025-10-12")).toBe("12 October 2025");
    expect(localDate("ur-Latn", "2025-10-12")).toBe("12 October 2025");
    expect(localDate("ru", "2025-10-12")).toBe("12 октября 2025 г.");
    expect(localDate("kk", "2025-10-12")).toContain("қазан");
  });
});
