import { describe, expect, it } from "vitest";
import { shippedEngineWith } from "../helpers/engine.ts";

const engine = shippedEngineWith();
const flags = (text: string) => engine.check(text, { today: "2026-12-01" }).flags.map((f) => f.id);

describe("money a worker sends home", () => {
  it("names a wallet the family uses, not one a recruiter is paid through", () => {
    const kyrgyz = "Москвада кампага жүк ташуучу керек. Айлык 95 000 рубль, банк картасына.\nҮйгө акча MBank же Элкарт аркылуу жөнөтсөңүз болот.\nТел: +7 495 555 12 40";
    const tajik = "Ба анбори Қазон бастабанд лозим. Маош 90 ҳазор рубл.\nПулро ба хона тавассути Алиф ё Корти Миллӣ фиристода метавонед.\nТел: +7 843 555 00 71";
    const uzbek = "Qozonda omborga yuk ortuvchi kerak. Oylik 90 ming rubl.\nUyga Humo yoki Uzcard kartaga pul o'tkazish oson.\nTel: +7 843 555 00 72";
    for (const text of [kyrgyz, tajik, uzbek]) expect(flags(text)).not.toContain("payment_channel");
  });

  it("does not hide a fee asked in the same sentence", () => {
    const text = "Москвада кампага жүк ташуучу керек. Айлык 95 000 рубль.\nКаттоо төлөмү 5000 сом, үйгө акча MBank аркылуу жөнөтөсүз.\nТел: +996 555 000 140";
    expect(flags(text)).toContain("payment_channel");
  });
});

describe("a notice by an embassy or a ministry", () => {
  const notice =
    "Кыргыз Республикасынын Россия Федерациясындагы элчилиги маалымдайт\n\nУрматтуу мекендештер! Россияда иштөө үчүн патент алуунун кереги жок.\n\nСоңку убакта «бир күндө 1 жылдык регистрация» сатып жаткан адамдар пайда болду. Жасалма документ менен кармалсаңыз Россиядан чыгарыласыз.";

  it("retells the offers it warns against all through, so they are no signs of its own", () => {
    const v = engine.check(notice, { today: "2026-12-01" });
    expect(v.flags.map((f) => f.id)).not.toContain("document_forgery");
    expect(v.risk).toBe("low");
  });

  it("is no notice when the state body is named further down, as an agency 'licensed by the ministry' does", () => {
    const agency = "Кореяга жумушка барабыз, тажрыйба керек эмес.\nБиздин агенттик тууралуу миграция кызматы маалымдайт.\nЖасалма документ жасап беребиз.";
    expect(engine.check(agency, { today: "2026-12-01" }).flags.map((f) => f.id)).toContain("document_forgery");
  });

  it("keeps every sign when the 'notice' asks for money through a card", () => {
    const fake = `${notice}\nКаттоо үчүн 3 000 сомду MBank картасына которуңуз: 4169 5555 0000 1234. WhatsApp +996 555 000 777`;
    expect(engine.check(fake, { today: "2026-12-01" }).risk).not.toBe("low");
  });
});
