import { describe, expect, it } from "vitest";
import { checker } from "../helpers/engine.ts";

/** Nurses, carers, housemaids and cleaners (round 89): the sponsor who keeps the passport, warnings, wages to a card, hospitals' names. */
const { check, flags } = checker();

describe("a housemaid's passport kept by the sponsor", () => {
  it.each([
    ["kk", "Сауд Арабиясына үй қызметшісі керек, 25–40 жас. Айлық 1 200 риял. Паспорт спонсорда сақталады, келісімшарт біткенше. Telegram @ksa_uy_0000"],
    ["ky", "Сауд Арабиясына үй жумушчусу керек, 25–40 жаш. Айлык 1 200 риял. Паспорт спонсордо турат, келишим бүткөнчө. Telegram @ksa_uy_0000"],
    ["uz-Latn", "Saudiyaga uy xizmatchisi kerak, 25–40 yosh. Oylik 1 200 riyol. Pasport homiyda qoladi, shartnoma tugaguncha. Telegram @ksa_uy_0000"],
    ["uz-Cyrl", "Саудияга уй хизматчиси керак, 25–40 ёш. Ойлик 1 200 риёл. Паспорт ҳомийда сақланади, шартнома тугагунча. Telegram @ksa_uy_0000"],
    ["tg", "Ба Арабистони Саудӣ хизматгори хона лозим, 25–40 сола. Маош 1 200 риёл. Шиноснома то охири шартнома дар кафил мемонад. Telegram @ksa_uy_0000"],
  ])("%s", (_, text) => {
    expect(check(text).crime).toBe("trafficking");
  });

  it("kk: a passport that stays with the worker is no such sign", () => {
    expect(flags("Дубайдағы отбасыға бала күтуші керек. Паспорт өзіңізде тұрады, спонсорда сақталмайды. Келісімшарт 2 жыл, демалыс аптасына бір күн. Тел +7 701 555 0412")).not.toContain("trafficking_risk");
  });
});

describe("a notice that says keeping a worker's passport breaks the law", () => {
  it.each([
    ["tg", "Хадамоти муҳоҷират: курси ройгон барои парасторон.\n\nЁддошт: шиносномаатонро ба касе надиҳед. Корфармое, ки шиносномаи коргарро нигоҳ медорад, қонунро вайрон мекунад.\nТел +992 37 555 0512"],
    ["ru", "Центр подготовки мигрантов: бесплатный курс для сиделок.\n\nПамятка: работодатель, который забирает и держит ваш паспорт у себя, нарушает закон.\nТел +7 727 555 0512"],
    ["en", "Free pre-departure course for caregivers, run by the Bureau's Protectorate office.\n\nRemember: an employer who keeps your passport is breaking the law.\nHelpline 051 0000 512"],
  ])("%s: no trafficking sign", (_, text) => {
    expect(flags(text)).not.toContain("trafficking_risk");
  });
});

describe("wages paid to a card every month", () => {
  it.each([
    ["uz-Latn", "Olmaotada oilaga enaga kerak, 3 yoshli o'g'il bolaga. 260 000 tenge, har oy Kaspi yoki Halyk kartaga. Dam olish shanba-yakshanba. Dilnoza opa +7 701 555 0433"],
    ["uz-Cyrl", "Олмаотада оилага энага керак, 3 ёшли ўғил болага. 260 000 тенге, ҳар ой Halyk картага. Дам олиш шанба-якшанба. Дилноза опа +7 701 555 0433"],
  ])("%s: no fee, no payment channel", (_, text) => {
    const found = flags(text);
    expect(found).not.toContain("upfront_fee");
    expect(found).not.toContain("payment_channel");
  });
});

describe("a famous hospital's name with a free mailbox", () => {
  it.each([
    ["uz-Latn", "Hamad Medical Corporation (Doha) hamshiralarni qabul qiladi. Oylik 12 000 QAR. Hujjatlarni tekshirish uchun 250 $ to'lanadi. CV: hamad.nurses.recruit@gmail.com"],
    ["ru", "Кливленд Клиник Абу-Даби набирает медсестёр. Зарплата 15 000 AED. Резюме: cc.abudhabi.hr@mail.ru"],
  ])("%s: brand impersonation", (_, text) => {
    expect(flags(text)).toContain("brand_impersonation");
  });

  it("en: the hospital's own careers site is no impersonation", () => {
    expect(flags("Cleveland Clinic Abu Dhabi is hiring ICU nurses: 3 years' experience, DOH licence. Apply at clevelandclinicabudhabi.ae/careers")).not.toContain("brand_impersonation");
  });
});
