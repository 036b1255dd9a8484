import { describe, expect, it } from "vitest";
import { checker } from "../helpers/engine.ts";

/**
 * Rounds 65-66: a relative's contact writes to a family in private ("your aunt gave me your number") and says, calmly,
 * that the passports and the wages will stay with him. No agency, no fee: only the keeping gives the trafficking away.
 * Each in wording of its own here, in every variant the rounds showed it in and the others it is said in.
 */
const { check, flags } = checker();

describe("passports and wages kept by the man who invites", () => {
  it.each([
    ["kk", "Салем, нөміріңді апаң берді. Алматыда емес, Стамбулда цехім бар. Келгенде паспорттарыңды маған бересіңдер, сақтап отырамын. Цехтан еш жаққа шықпайсыңдар, жатақхана осында."],
    ["kk, on a Russian keyboard", "Салем, номеринди апан берди. Стамбулда цехым бар. Келгенде паспорттарынды маган бересиндер, сактап отырамын."],
    ["uz-Latn", "Assalomu alaykum, raqamingizni xolam berdi. Akam Qozonda sklad ishlarini qiladi. Borgandan keyin pasportlarni akam o'zida saqlab turadi, oylikni ham o'zi yig'ib turadi, qaytishda beradi."],
    ["uz-Cyrl", "Ассалому алайкум, рақамингизни холам берди. Поччам Қозонда омбор ишларини олиб боради. Боргандан кейин паспортларни поччам ўзида сақлаб туради, ойликни ҳам ўзи йиғиб туради."],
    ["ru", "Здравствуйте, номер дала ваша тётя. У меня цех в Казани, работа есть. Как приедете, паспорта отдадите мне на хранение, зарплату тоже буду держать у себя до отъезда."],
    ["ky", "Саламатсызбы, номериңизди таежеңиз берди. Казанда цехим бар. Келгенде паспортторуңарды мага бересиңер, айлыкты да өзүм кармап турам."],
    ["tg", "Салом, рақаматонро холаатон дод. Дар Қазон сехи ман ҳаст. Вақте меоед, шиносномаҳоро ба ман медиҳед, ман нигоҳ медорам."],
    ["tg, the employer's HR", "Ширкати мо дар Камбоҷа операторони чат мегирад. Шиносномаи шумо 2–3 моҳ дар шӯъбаи кадрҳо мемонад, чиптаро аз маош тарҳ мекунем. hr.bay555@gmail.com"],
    ["ur-Latn", "Salam bhai, number mamu ne diya. Sharjah mein mera workshop hai. Aate hi passport mere paas jama karwa dena, tankhwa bhi main apne paas rakhunga, wapsi pe dunga."],
    ["ur", "سلام بھائی، نمبر ماموں نے دیا۔ شارجہ میں میری ورکشاپ ہے۔ آتے ہی پاسپورٹ میرے پاس جمع کروا دینا، تنخواہ بھی اپنے پاس رکھوں گا۔"],
  ])("%s", (_, text) => {
    expect(flags(text)).toContain("trafficking_risk");
    expect(check(text).crime ?? check(text).toldOffer?.crime).toBe("trafficking");
  });

  it.each([
    ["ru", "Паспорт остаётся у вас, мы его не забираем. Зарплата на карту каждый месяц. ООО «Казань Склад», +7 843 555 10 20"],
    ["uz-Latn", "Pasport o'zingizda qoladi, hech kimga bermang. Oylik har oy kartaga tushadi. Tel +998 90 555 12 34"],
    ["uz-Cyrl", "Паспорт ўзингизда қолади, ҳеч кимга берманг. Ойлик ҳар ой картага тушади. Тел +998 90 555 12 34"],
    ["uz-Latn, kept by the worker himself", "Pasportlar ishchining o'zida saqlanadi. Agentlik ishchidan pul olmaydi. Tel +998 72 555 00 58"],
    ["uz-Cyrl, kept by the worker himself", "Паспорт ходимнинг ўзида сақланади. Ойлик картага. Тел +998 73 555 58 58"],
    ["ur-Latn", "Apna passport apne paas rakhein, kisi ko na dein. Tankhwa har mahine bank mein. Tel 0300 0000 123"],
  ])("%s: the passport that stays with the worker is no sign", (_, text) => {
    expect(flags(text)).not.toContain("trafficking_risk");
  });
});

describe("documents kept for the season and a territory not to be left (ru, kk, ky)", () => {
  it.each([
    ["ru: documents with the foreman, leaving by agreement", "Рыбоперерабатывающий завод на Сахалине, сезон путины, 150 000 руб./мес. Документы на весь сезон хранятся у бригадира, выход с территории завода — по согласованию. +7 924 555 24 32"],
    ["ru: documents in the HR office, leaving with the master's leave", "Вахта 90 дней, рыбный цех. Для сохранности документы (паспорта, удостоверения) на время вахты хранятся в отделе кадров цеха. Выход с территории — с разрешения мастера. +7 705 555 0348"],
    ["kk: in the safe until the contract ends, no leaving the office", "Батумиге колл-орталыққа операторлар керек. Келген соң паспорттарыңызды офис алады, келісімшарт біткенше сейфте сақталады. Алғашқы 3 ай офистен шығуға болмайды. Телеграм @batumi_job"],
    ["ky: passports handed to the foreman, no leaving the grounds", "Сахалинге балык заводуна жумушчулар керек, айлык 120 000 рубль. Келгенде паспорттор каттоо үчүн бригадирге тапшырылат, заводдун аймагынан чыгууга уруксат жок. +996 555 000 547"],
  ])("%s", (_, text) => {
    expect(check(text).crime).toBe("trafficking");
  });

  it("documents kept by the worker, and an office one may leave, are nothing", () => {
    expect(flags("Вахта в Мурманске. Документы хранятся у вас, работодатель их не забирает. Выход с территории свободный. ТОО «Ertis», лиц. KZ-PEA-1000")).not.toContain("trafficking_risk");
  });
});

describe("kk: a passport in the family's safe, pay held back so one does not leave", () => {
  it("is trafficking", () => {
    expect(check("Стамбулда бір отбасы 2 баласына қарайтын апай іздеп отыр. Айлығы 800 доллар. Келген соң паспортыңызды отбасы жоғалып кетпесін деп сейфте сақтайды. Айлықты 3 айдан кейін береді, кетіп қалмасын деп. +7 778 555 90 26").crime).toBe("trafficking");
  });
});
