import { describe, expect, it } from "vitest";
import { checker, checkerWithRows } from "../helpers/engine.ts";

/** Round 75's dev half: long, detailed posts, where the telling line sits deep in a timeline, an FAQ or a footer. */

describe("a state warning that says a company got no licence, or that a licence's term has passed, quotes them", () => {
  const rows = [
    { country: "TJ", registry: "TJ-MS", licenceNo: null, name: "Nuri Sahar Travel", city: "Dushanbe", status: "invalid" as const },
    { country: "TJ", registry: "TJ-MS", licenceNo: "TJ-MS-9931", name: "Vahdat Kor Staffing", city: "Vahdat", status: "expired" as const },
  ];
  const { flags } = checkerWithRows(...rows);

  it("ru: 'лицензию … не получила'", () => {
    const text =
      "СЛУЖБА МИГРАЦИИ ПРЕДУПРЕЖДАЕТ\nНабор на работу за рубеж ведут только организации с лицензией. Проверяйте лицензию на сайте mehnat.tj.\nКомпания «Нури Сахар» лицензию на направление граждан в Великобританию не получила. Не передавайте ей документы и деньги.";
    expect(flags(text)).not.toContain("revoked_licence");
  });

  it("tg: 'мӯҳлати иҷозатнома гузаштааст'", () => {
    const text =
      "ОГОҲИИ ХАДАМОТИ МУҲОҶИРАТ\nПеш аз он ки ба касе пул диҳед, иҷозатномаро санҷед.\n— «Vahdat Kor Staffing» (TJ-MS-9931) — мӯҳлати иҷозатнома гузаштааст;\nДар бораи эълонҳои шубҳанок ба Хадамот хабар диҳед.";
    expect(flags(text)).not.toContain("revoked_licence");
  });

  it("an advert that gives the expired licence as its own still cites a dead licence", () => {
    expect(flags("Ба Лаҳистон коргар лозим, маош 1200€. Ширкати мо, иҷозатнома TJ-MS-9931. Тел +992 93 555 0077")).toContain("revoked_licence");
  });
});

describe("ur: an awareness post lists the signs of fraud and what victims were asked", () => {
  const { check } = checker();
  const text = [
    "یو کے سیزنل ورکر ویزا — سچ کیا ہے؟",
    'پچھلے مہینے ہمارے پیج پر کئی لوگوں نے بتایا کہ ان سے "یو کے فارم ویزا" کے نام پر 8 سے 12 لاکھ روپے مانگے گئے۔',
    "",
    "یہ ویزا صرف لائسنس یافتہ آپریٹرز کے ذریعے ملتا ہے، مثلاً Pro-Force Limited اور HOPS Labour Solutions۔ ویزا فیس (تقریباً 300 پاؤنڈ) ورکر خود برطانوی حکومت کی ویب سائٹ پر دیتا ہے۔ آپریٹر کا آپ سے جاب فیس لینا قانوناً منع ہے۔",
    "",
    "⚠️ خطرے کی علامتیں:",
    '• واٹس ایپ پر "UK farm visa 100% confirm"',
    "• ایزی پیسہ، جاز کیش یا کسی کے ذاتی اکاؤنٹ میں ایڈوانس",
    "دھوکا ہو جائے تو قریبی پروٹیکٹر آفس میں شکایت درج کروائیں۔",
  ].join("\n");

  it("is no offer: the operators it names are not impersonated", () => {
    const v = check(text);
    expect(v.risk).toBe("low");
    expect(v.flags.map((f) => f.id)).not.toContain("brand_impersonation");
  });

  it("the same demands made as an offer keep their signs", () => {
    const found = check("یو کے فارم ویزا 100% کنفرم! پیکج 10 لاکھ روپے، 2 لاکھ ایڈوانس ایزی پیسہ پر بھیجیں۔ واٹس ایپ 0301 0000455").flags.map((f) => f.id);
    expect(found).toContain("payment_channel");
    expect(found).toContain("upfront_fee");
  });
});

describe("a crossing told deep in a timeline is a route", () => {
  const { check } = checker();

  it.each([
    ["kk, the passport not checked at the border, a «green corridor»", "Польшаға зауытқа жұмысшылар қажет.\nМаршрут:\n1) Сербияға визасыз ұшасыз\n2) Компанияның микроавтобусы Венгрия арқылы Польшаға жеткізеді, шекарада паспорт тексерілмейтін «жасыл дәліз» бар\nТрансфер 650 € қолма-қол. +7 7132 55 50 46"],
    ["uz-Cyrl, no documents to show at the border", "Хорватияда қурилиш иши, 1 400 евро.\n3-қадам: Белградга туристик сафар сифатида учасиз\n4-қадам: ҳамкорларимиз Босния орқали олиб боради, чегарада ҳужжат кўрсатиш шарт эмас\nХизмат 2 000 евро. +998 93 555 28 40"],
    ["tg, our driver takes you by road into Croatia", "Кор дар Хорватия, 1300 €.\n2) Чипта то Белград (ба Сербия ҳамчун сайёҳ)\n3) Аз Белград ронандаи мо шуморо бо роҳи мошингард ба Хорватия мебарад\nПардохти хизмат 1 800 €. +992 88 555 30 12"],
  ])("%s", (_, text) => {
    const v = check(text);
    expect(v.flags.map((f) => f.id)).toContain("smuggling_route");
    expect(v.crime).toBe("smuggling");
  });

  it.each([
    ["tg, an organised bus to Russia", "Ба Русия (Казан) коргарони сохтмон лозим, маош 90 000 рубл. Патентро корфармо расмӣ мекунад. Ронандаи мо шуморо аз Душанбе ба Русия мебарад, автобуси ташкилӣ. Ширкати «Сомон Кор», тел +992 93 555 0101"],
    ["kk, the airport's customs 'green corridor' unquoted", "Дубайға қонақ үйге даяшылар керек. Әуежайда жасыл дәліз арқылы шығасыз, жүгіңізді жұмыс беруші күтіп алады. Келісімшарт 2 жыл, жұмыс визасы. Тел +7 701 555 0012"],
  ])("%s is no route", (_, text) => {
    expect(check(text).flags.map((f) => f.id)).not.toContain("smuggling_route");
  });
});

describe("uz-Cyrl: a permit 'arranged on the spot' after a tourist trip is a wrong visa", () => {
  const { check } = checker();

  it("'яшаш ва ишлаш рухсатномасини жойида расмийлаштиради'", () => {
    const text =
      "Хорватия — иш. 1-қадам: Сербияга туристик сафар сифатида учасиз. 2-қадам: Загребда иш берувчи сизга яшаш ва ишлаш рухсатномасини жойида расмийлаштиради. Тел +998 93 555 28 41";
    expect(check(text).flags.map((f) => f.id)).toContain("wrong_visa_type");
  });

  it("a work permit the employer gets before departure is the lawful way", () => {
    const text =
      "Хорватия, меҳмонхона. Иш берувчи иш рухсатномасини олади, сиз элчихонада иш визасини оласиз. Шартнома 1 йил. «Бекобод Кадр» МЧЖ, тел +998 71 555 0020";
    expect(check(text).flags.map((f) => f.id)).not.toContain("wrong_visa_type");
  });
});
