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

/** Round 115's dev half: factories in Europe and Japan. */
describe("factory offers and a worker's own account", () => {
  it("ru: 'наш водитель везёт на машине через границу' (our driver drives you across the border) is a route", () => {
    const text = "Завод в Словакии, 1 600 € нетто. Летите в Белград, оттуда наш водитель везёт на машине через границу. Дорога 1 500 €. WhatsApp +996 555 000 630";
    expect(flags(text)).toContain("smuggling_route");
    expect(check(text).crime).toBe("smuggling");
  });

  it("ru: a car to the border post with passport control is no route", () => {
    expect(flags("Завод в Казахстане. Из Бишкека отвезёт на машине через границу, на КПП проходите паспортный контроль сами. +996 555 000 631")).not.toContain("smuggling_route");
  });

  it("ru: 'если вам пишет «Польша без визы» — это не оттуда' quotes the lures a worker warns of", () => {
    const text = "Я уже 4 месяц в Лодзи на мясокомбинате. Ехал через агентство с лицензией, агентству не платил ничего. Разрешение делал завод, визу D получал в визовом центре.\nЕсли кто-то вам пишет «Польша без визы» или «виза за 10 дней» — это не оттуда.";
    expect(flags(text)).not.toContain("smuggling_route");
    expect(flags(text)).not.toContain("guaranteed_visa");
  });

  it("uz-Latn: exempt from the test and a fee 'shartnomadan oldin' (before the contract) is a paid shortcut", () => {
    const text = "Yaponiya, avtomobil zavodi, SSW vizasi. Yapon tili imtihonidan ozod qilinasiz — maxsus kelishuv. Hujjatlar: 950 AQSh dollari (shartnomadan oldin). Tel +998 90 555 71 20";
    expect(flags(text)).toEqual(expect.arrayContaining(["no_requirements", "upfront_fee"]));
  });

  it("uz-Latn: exempt from the language test for those who hold JLPT is a rule, not a lure", () => {
    expect(flags("Yaponiya SSW: JLPT N4 sertifikatingiz bo'lsa, til imtihonidan ozod bo'lasiz. Migratsiya agentligi, migration.uz")).not.toContain("no_requirements");
  });
});
