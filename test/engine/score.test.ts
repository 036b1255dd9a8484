import { describe, expect, it } from "vitest";
import { loadEngineData } from "../../src/data/load-engine-data.ts";
import { createEngine } from "../../src/engine/engine.ts";
import { scoreSignals } from "../../src/engine/score.ts";
import type { Found } from "../../src/engine/signals/index.ts";
import type { SignalId } from "../../src/engine/types.ts";

const data = loadEngineData();
const evidence = (text: string) => [{ text, start: 0, end: text.length }];
const found = (...ids: SignalId[]): Found => new Map(ids.map((id) => [id, evidence(id)]));

describe("risk from the signs found", () => {
  it("leaves an advert low when all it shows is that its poster is not identified", () => {
    const style = scoreSignals(found("no_company_details", "contact_only_messenger"), true, data.signals);
    expect(style.score).toBeGreaterThanOrEqual(data.signals.thresholds.medium);
    expect(style.risk).toBe("low");
    expect(style.crime).toBeNull();
  });

  it("keeps it risky when it is written from afar, pushes or baits, or asks for something", () => {
    expect(scoreSignals(found("no_company_details", "contact_only_messenger", "urgency"), true, data.signals).risk).toBe("medium");
    expect(scoreSignals(found("no_company_details", "contact_only_messenger"), true, data.signals, true).risk).toBe("medium");
    expect(scoreSignals(found("no_company_details", "contact_only_messenger", "upfront_fee"), true, data.signals).risk).not.toBe("low");
  });
});

describe("an informal post by a workshop", () => {
  const engine = createEngine(data);
  const post = "Turkiya, Istanbul Zeytinburnu — tikuv sexiga overlokchi usta kerak. Oylik 28 000 lira, ish haftada 6 kun. Faqat Turkiyada ishlash ruxsati borlar. Murojaat: Dilshod aka, WhatsApp +90 555 000 12 34";

  it("is low when he is reached where the work is", () => {
    expect(engine.check(post, { today: "2026-12-01" }).risk).toBe("low");
  });

  it("is to be checked when the number is at home, as a recruiter selling work abroad gives it", () => {
    expect(engine.check(post.replace("+90 555 000 12 34", "+998 90 555 12 34"), { today: "2026-12-01" }).risk).toBe("medium");
  });
});
