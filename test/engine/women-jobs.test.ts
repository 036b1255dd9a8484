import { describe, expect, it } from "vitest";
import { checker, checkerWithRows } from "../helpers/engine.ts";

/** Jobs offered to women (round 95): cabin crew, an OEP's name in Urdu script, a warning not to pay hand to hand. */
const { check, flags } = checker();

describe("cabin crew: height, a full-length photo and an age limit are the airline's own requirements", () => {
  it.each([
    ["kk, a fake open day with a registration fee to Kaspi", "✈️ QATAR AIRWAYS БОРТСЕРИК (СТЮАРДЕССА) ИРИКТЕУИ АЛМАТЫДА ✈️\n21–28 жас, бойы 158+, агылшын тили. Айлык 4500$.\nТиркеу жарнасы 35 000 тг, Kaspi: 4400 4301 5550 0000.\nХат: qatar.recruit.kz.0000@gmail.com"],
    ["ru, a portrait and a full-length photo with a 50 $ fee", "EMIRATES AIRLINE — набор бортпроводниц! Требования: 21–27 лет, рост от 160 см, английский. Отправьте резюме и 2 фото (портрет и в полный рост) на emirates.crew.0000@gmail.com и оплатите регистрационный сбор 50 $ через Payme."],
    ["uz-Cyrl, a height and an assessment fee", "Emirates авиакомпанияси Тошкентда бортсеркалар (cabin crew) танловини ўтказади. Талаблар: 21 ёшдан, бўйи 160 см дан. Рўйхатдан ўтиш тўлови — 50 $ (Payme орқали). CV ва расмингизни юборинг: emirates.careers.uz.0000@gmail.com"],
  ])("%s: a fraud, not trafficking", (_, text) => {
    const verdict = check(text);
    expect(verdict.risk).toBe("high");
    expect(verdict.crime).toBe("fraud");
  });

  it("a 'stewardess on a yacht' with swimsuit photos and the passport kept is still trafficking", () => {
    const text = "Работа для девушек на яхтах, Дубай. Стюардесса на частной яхте, возраст 18–25, рост от 165, стройные. Присылайте 3 фото: лицо, в полный рост, в купальнике. Паспорт хранится у менеджера. Telegram @yacht_0000";
    expect(check(text).crime).toBe("trafficking");
  });

  it("cabin crew who must be unmarried and send full-length pictures is still trafficking", () => {
    const text = "Qatar Airways cabin crew hiring: age 19–25 only, unmarried preferred. Send 4 full length pics on WhatsApp +971 50 555 0000, interview in Dubai on a visit visa.";
    expect(check(text).crime).toBe("trafficking");
  });
});

describe("an OEP's name written in Urdu script, its registry row in Latin letters", () => {
  it("فالسہ باغ is Phalsa Bagh: Urdu ف, Latin ph", () => {
    const { check: oepCheck } = checkerWithRows({ licenceNo: "7315/SKT", name: "Phalsa Bagh Recruiting Agency", city: "Sialkot" });
    const text = "اردن — گارمنٹس فیکٹری، خواتین سلائی آپریٹرز — 80\nمعاہدہ: 3 سال، تنخواہ 290 دینار، ویزا اور ٹکٹ آجر ادا کرے گا\nفالسہ باغ ریکروٹنگ ایجنسی — لائسنس 7315/SKT، سیالکوٹ | 052-3555000";
    const verdict = oepCheck(text);
    expect(verdict.flags.map((f) => f.id)).not.toContain("licence_name_mismatch");
    expect(verdict.risk).toBe("low");
  });
});

describe("a warning not to give money hand to hand", () => {
  it("uz-Cyrl: 'ҳеч кимга қўлма-қўл пул берманглар' names no way to pay", () => {
    const text = "Қизим Кореяга EPS орқали кетмоқчи. Миграция бўлимида айтишдики, тест пулини банкка тўлаб квитанция оласиз, ҳеч кимга қўлма-қўл пул берманглар дейишди. Шу тўғрими?";
    expect(flags(text)).not.toContain("payment_channel");
  });
});
