import { describe, expect, it } from "vitest";
import { checker } from "../helpers/engine.ts";

/** Turkey and Northern Cyprus (round 102): the offers that warnings quote. */
const { check, flags } = checker();

describe("a warning that quotes the crossing it warns against", () => {
  it("tg: 'Касе гуяд «аз Кипр ба Европа мегузаронем» — ин качок аст'", () => {
    const text = "Икамети студенти иҷозати кор нест.\n4) Касе гуяд «аз Кипр ба Европа мегузаронем» — ин качок аст, одамонро дар хати сабз медоранд.\nЛитсензияро дар mehnat.tj санҷед.";
    expect(flags(text)).not.toContain("smuggling_route");
    expect(check(text).risk).toBe("low");
  });

  it("uz-Latn: '\"Gretsiyaga qayiqda, 2500$, kafolat\" degan e'lonlar'", () => {
    const text = "Oxirgi paytda guruhlarda \"Gretsiyaga qayiqda, 2500$, kafolat\" degan e'lonlar ko'payib ketdi. Tanishimning ukasi qayiqqa chiqdi: ushlab olishdi, deport bo'ldi. Qayiq emas, iltimos.";
    expect(check(text).risk).toBe("low");
  });

  it("tg: the same crossing offered outright is still a route", () => {
    expect(flags("Аз Кипр ба Европа мегузаронем, 3000 доллар, пешпардохт 1000. WhatsApp +90 533 555 0011")).toContain("smuggling_route");
  });
});
