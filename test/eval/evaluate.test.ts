import { describe, expect, it } from "vitest";
import type { EvalAd } from "../../src/eval/corpus.ts";
import { evaluate, evaluationEngine, evaluationOperators } from "../../src/eval/evaluate.ts";

const ad = (id: string, kind: EvalAd["kind"], text: string): EvalAd => ({ id, kind, language: "en", crime: kind === "scam" ? "smuggling" : null, flags: [], class: "", why: "", text });

describe("evaluate", () => {
  it("measures a retold offer by the warning the user gets about it where the label is about the offer (round 31 on), and otherwise by the message's own risk", async () => {
    const engine = evaluationEngine(await evaluationOperators());
    const retold = "A man on Odnoklassniki says he will take my brother to America by the donkey route through Mexico, 15,000 dollars, 5,000 first. Can we trust him?";
    const advert = "Drivers for Dubai, visit visa, 100% guarantee, advance fee 500$ to JazzCash, WhatsApp only +92 300 0000111";
    const verdict = engine.check(retold, { today: "2026-12-01" });
    // The premise: the engine reads the retelling as no advert, and warns of the offer it tells of.
    expect(verdict).toMatchObject({ isJobAd: false, risk: "low", toldOffer: { crime: "smuggling" } });
    const [told, asked, posted] = evaluate(engine, [ad("en-r31-001", "scam", retold), ad("en-r16-001", "honest", retold), ad("en-r31-002", "scam", advert)]);
    expect(told!.answer).toMatchObject({ risk: verdict.toldOffer!.risk, crime: "smuggling" });
    // Earlier rounds label such a question honest: a message that is no scam advert.
    expect(asked!.answer).toMatchObject({ risk: "low", crime: null });
    expect(posted!.answer.risk).toBe(engine.check(advert, { today: "2026-12-01" }).risk);
  });
});
