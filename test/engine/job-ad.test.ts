import { describe, expect, it } from "vitest";
import { loadEngineData } from "../../src/data/load-engine-data.ts";
import { createEngine } from "../../src/engine/engine.ts";

const engine = createEngine(loadEngineData());
const check = (text: string) => engine.check(text, { today: "2026-12-01" });

describe("a worker's question about an offer", () => {
  const question =
    "Assalomu alaykum aka-opalar. Bir savol. Polshaga ishchi viza qilib beraman degan bir odam chiqdi, 2 500$ so'rayapti, yarmini hozir kartaga tashlasam, qolganini viza chiqqanda. Ishonsa bo'ladimi? Kim Polshaga rasmiy borgan?";

  it("retells the offer without making one when it gives no way to reach anyone", () => {
    const v = check(question);
    expect(v.isJobAd).toBe(false);
    expect(v.risk).toBe("low");
  });

  it("is an advert again once it gives a number to call", () => {
    expect(check(`${question}\nTel: +998 90 555 12 34`).risk).toBe("high");
  });
});
