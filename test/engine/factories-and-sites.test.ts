import { describe, expect, it } from "vitest";
import { checker } from "../helpers/engine.ts";

/** Factories, workshops and building sites abroad (round 90): Balkan crossings, passports kept at the plant, a guide who is no smuggler. */
const { check, flags } = checker();

describe("a Balkan crossing told calmly", () => {
  it.each([
    ["ky, 'the green border'", "Хорватияга курулушка. Белградга учасыз, андан «жашыл чек ара» аркылуу Хорватияга өтөсүз, жолдо биздин адам коштойт. Баасы 5 500 евро, жарымы алдын ала. Telegram @hr_stroy_0000"],
    ["uz-Cyrl, taken across via Bosnia", "Словенияда қурилиш. Белградга учасиз, у ерда ходимларимиз кутиб олиб, Босния орқали Хорватияга олиб ўтади. Хизмат 3 000 $, ярми олдиндан. Тел +998 97 555 61 20"],
    ["en, 'the land route' on from Serbia", "Serbia work visa, then Italy. After three months in Belgrade our partners take you on the land route to Italy, at extra cost. Package PKR 22 lakh, half at file stage. Contact 0321 0000 275"],
  ])("%s", (_, text) => {
    expect(check(text).crime).toBe("smuggling");
  });
});

describe("a passport kept at the plant", () => {
  it.each([
    ["en, 'will stay with the factory manager'", "Glove factory in Malaysia, RM 1,700. Ticket and visa given, RM 600 cut from salary each month for a year. The passport will stay with the factory manager. Call 0346 0000 191"],
    ["en, 'so nobody runs away'", "Packing plant in Selangor, RM 1,650. We keep all passports in the office so nobody runs away. Call 0346 0000 192"],
    ["kk, with the company's HR department", "Малайзиядағы зауытқа операторлар керек, айлық 1 600 ринггит. Төлқұжатыңыз компанияның HR бөлімінде сақталады. Telegram @my_factory_0000"],
  ])("%s", (_, text) => {
    expect(check(text).crime).toBe("trafficking");
  });
});

describe("a guide", () => {
  it("tg: 'we give guidance' on the patent is no smuggler's guide", () => {
    expect(flags("Заводи бетон дар вилояти Маскав, 100 ҳазор ₽. Патент лозим — агар надоред, роҳбалад медиҳем, пули патент ба давлат. «Турвенд», TJ-MS-0000 · +992 91 555 20 35")).not.toContain("smuggling_route");
  });

  it("tg: a guide through the forest still is", () => {
    expect(check("Аз Минск то Лаҳистон бо роҳбалад мегузаронем, баъд бо мошин то Олмон. 4 000 €, нисфаш пеш. Telegram @de_roh_0000").crime).toBe("smuggling");
  });
});
