import { describe, expect, it } from "vitest";
import { checker } from "../helpers/engine.ts";

/**
 * A nanny's job is no role traffickers single out the way "hostess" or "massage" is: families ask for a photo and
 * an age range as any employer does. What makes a nanny's offer trafficking is what it says about her: looks, a
 * full-length photo, her passport handed to the sponsor, wages kept against the fare.
 */
describe("nannies and governesses", () => {
  const { check } = checker();

  it("ru: a family in Bishkek asking a nanny for her photo and age is an ordinary employer", () => {
    const text =
      "Нужна няня для дочки 4 лет, Бишкек, Асанбай. Возраст 28–50 лет, опыт с детьми, без вредных привычек.\nГрафик 5/2, с 8:00 до 18:00, зарплата 45 000 сом на карту MBank.\nПришлите фото и коротко о себе в WhatsApp, Жазгуль +996 555 004 318";
    const v = check(text);
    expect(v.flags.map((f) => f.id)).not.toContain("trafficking_risk");
    expect(v.risk).toBe("low");
  });

  it("ru: a governess abroad asked for full-length photos, her passport handed to the sponsor, is trafficking", () => {
    const text =
      "Гувернантка в семью, Доха (Катар). Возраст 25–38, приятная внешность, английский разговорный.\nЗарплата 1 300 $, проживание в доме семьи.\nПервые три месяца зарплата идёт в счёт перелёта и визы. Паспорт гувернантка на время контракта отдаёт спонсору.\nАнкету и 4 фото (лицо и в полный рост) — в WhatsApp +7 705 555 0271";
    expect(check(text).crime).toBe("trafficking");
  });

  it("ru: a carer whose passport 'goes to the sponsor' and whose first wages 'go against the fare' is in bondage", () => {
    const text =
      "Сиделка к пожилой женщине, Эр-Рияд. Зарплата 900 $, проживание в доме семьи.\nПервые два месяца зарплата идёт в счёт билета. Паспорт сиделка на всё время работы передаёт спонсору.\nWhatsApp +7 701 555 0340";
    expect(check(text).crime).toBe("trafficking");
  });
});
