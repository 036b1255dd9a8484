import { describe, expect, it } from "vitest";
import { checker, checkerWithRows } from "../helpers/engine.ts";

/** Round 72's dev half: notices about new procedures, and the warnings that name who may not recruit. */

describe("a state warning that names licences by number as cancelled or suspended quotes them", () => {
  const rows = [
    { country: "KZ", registry: "KZ-MLSP", licenceNo: "KZ-PEA-9901", name: "Tobyl Kopir Labour LLP", city: "Kostanay", status: "cancelled" as const },
    { country: "KZ", registry: "KZ-MLSP", licenceNo: "KZ-PEA-9902", name: "Saryarka Zhel Staffing LLP", city: "Karaganda", status: "suspended" as const },
  ];
  const { check, flags } = checkerWithRows(...rows);

  it("kk: 'нөмірінің күші жойылған', '… тоқтатылған'", () => {
    const text =
      "Азаматтардың назарына! Шетелге жұмысқа орналастыруды тек тізілімдегі агенттіктер жүргізеді.\nМысалы, KZ-PEA-9901 нөмірінің күші жойылған, KZ-PEA-9902 нөмірі тоқтатылған. Бұл нөмірлерді көрсеткен жарнамаларға сенбеңіз.";
    expect(flags(text)).not.toContain("revoked_licence");
  });

  it("an advert that gives such a number as its own is still a revoked licence", () => {
    const v = check("Польшаға жұмыс! Зауытқа операторлар керек, жалақы 4 800 злоты. Лицензия KZ-PEA-9901. Тел +7 701 555 0044");
    expect(v.flags.map((f) => f.id)).toContain("revoked_licence");
  });
});

describe("ru: a company that 'has no right to send' people, in a warning, is quoted, not claimed", () => {
  const { flags } = checkerWithRows({ country: "TJ", registry: "TJ-MS", licenceNo: null, name: "Nuri Sahar Travel", city: "Dushanbe", status: "invalid" });

  it("the warning's list item", () => {
    const text =
      "МИГРАЦИОННАЯ СЛУЖБА ПРЕДУПРЕЖДАЕТ\nНапоминаем:\n— компания «Нури Сахар» не имеет права направлять граждан на сезонные работы в Великобританию;\n— за трудоустройство по этой схеме платить нельзя.";
    expect(flags(text)).not.toContain("revoked_licence");
  });
});

describe("ur-Latn: a group admin's list of the fraud posts caught this month warns of them", () => {
  const { flags } = checker();

  it("its quoted offers and the wallets it names are no offer of its own", () => {
    const text =
      "ADMIN NOTICE — Gulf Jobs group\nIs mahine group mein ye fraud posts pakri gayi hain, in se bachein:\n1. 'SVP certificate bina test'\n2. 'Korea E-9 bina EPS-TOPIK'\nJo EasyPaisa pe 'registration' mange, us post ka screenshot admin ko bhejein.";
    const found = flags(text);
    expect(found).not.toContain("payment_channel");
    expect(found).not.toContain("no_requirements");
  });

  it("the same offer posted as one keeps its signs", () => {
    const found = flags("Saudi jobs! SVP certificate bina test, 20 hazar EasyPaisa pe registration bhejein, visa 15 din mein. WhatsApp 0301 0000631");
    expect(found).toContain("payment_channel");
  });
});

describe("the lawful way named as an obstacle, and the way round it", () => {
  const { check } = checker();

  it.each([
    ["tg, 'if the embassy refuses — the second way' through the forest", "Chancenkarte ба Олмон, кафолат! Агар сафорат рад кунад — роҳи дуюм: Минск ➡️ «коридор» ба Лаҳистон бо ҳамроҳи мо, 2–3 шаб пиёда аз ҷангал. Нарх 4500$. t.me/+euro0000"],
    ["tg, 'the embassy queue is long', a partner's minibus to Bulgaria", "Ба Италия 8 нафар лозим, маош 1500€. Навбати сафорати Италия дароз аст, бинобар ин роҳи дигар: то Истанбул парвоз мекунед, шарики мо гурӯҳро қабул карда бо микроавтобус ба Булғористон мебарад. Хароҷот 2800$. +39 351 555 0000"],
    ["uz-Latn, met in Minsk and delivered to Poland, papers 'legalised' at work", "Polshada ishlash uchun viza kutish shart emas. Minskda hamkorimiz sizni kutib oladi va Polshadagi ish beruvchiga yetkazib qo'yadi, hujjatlaringiz ish joyida legallashtiriladi. Xizmat 1 800 $. +998 93 555 00 47"],
    ["kk, 'if the embassy refuses — don't worry', by the green road", "Chancenkarte — 100% кепілдікпен! Елшілік бас тартса — уайымдамаңыз: Минск арқылы Польшаға «жасыл жолмен» (орман арқылы) өткіземіз. Толық пакет 3 800 €. t.me/+euro0000"],
    ["ur, 'if the embassy does not give the card', the other programme by land", "جرمنی Chancenkarte یقینی۔ فیس 7 لاکھ۔ اگر سفارت خانے سے کارڈ نہ ملے تو فکر نہ کریں: ہمارا متبادل پروگرام سربیا اور بوسنیا کے راستے ہے۔ رابطہ 051-2555036"],
    ["ru, 'if the consulate refuses', through the forest", "Работа в Польше, 4 800 злотых. Если консульство откажет в визе — не беда: через Минск и лесом переведём, проводник наш. Стоимость 2 500 €. +375 29 555 00 18"],
  ])("%s is smuggling", (_, text) => {
    expect(check(text).crime).toBe("smuggling");
  });

  it.each([
    ["tg, a refused visa refunded", "Ба Олмон ҳамшираҳо лозим, шартнома 2 сол. Агар сафорат раводидро рад кунад, пули тарҷумаи ҳуҷҷатҳо пурра баргардонида мешавад. Тел +992 93 555 00 12"],
    ["uz-Latn, met at the airport of the country of the job", "Polsha, Poznan — go'sht kombinati, oylik 4 800 zlotiy. Ish vizasi bilan. Varshava aeroportida hamkorimiz sizni kutib oladi va zavodga olib boradi. Tel +998 71 555 00 63"],
  ])("%s is no route", (_, text) => {
    expect(check(text).crime).not.toBe("smuggling");
  });
});

describe("ru: passports kept with the site foreman 'for the paperwork and the work'", () => {
  const { check } = checker();

  it("is trafficking, words between", () => {
    const v = check("Стройка, Одинцово, нужны 10 разнорабочих, 3 500 в день. Паспорта на время оформления и работы хранятся у прораба, так спокойнее. Прораб Шерзод, ватсап +7 926 555 00 71");
    expect(v.crime).toBe("trafficking");
  });

  it("a copy with the foreman and the passport with the worker is not", () => {
    const v = check("Стройка, Одинцово, нужны 10 разнорабочих, 3 500 в день. Паспорта на время оформления и работы остаются у вас, у прораба только копия. Прораб Шерзод, +7 926 555 00 71");
    expect(v.crime).not.toBe("trafficking");
  });
});

describe("round 73: explainers and state notices that name what not to pay for", () => {
  const { flags } = checker();

  it("tg: a company that 'has no permission' to send workers, in a state notice, is quoted, not claimed", () => {
    const withRow = checkerWithRows({ country: "TJ", registry: "TJ-MS", licenceNo: null, name: "Nuri Sahar Travel", city: "Dushanbe", status: "invalid" });
    const text = "ЭЪЛОН\nХадамоти муҳоҷират ба маълумоти шаҳрвандон мерасонад:\n— Ширкати «Нури Саҳар» барои фиристодани коргарони мавсимӣ ба Британияи Кабир иҷозат надорад.";
    expect(withRow.flags(text)).not.toContain("revoked_licence");
  });

  it("ur: an offer quoted and called '= سیدھا فراڈ' is a warning, not an offer", () => {
    const found = flags("UK فارم ویزا کے بارے میں یاد رکھیں: آپریٹر کوئی فیس نہیں لیتا۔\n\n'UK فارم ویزا 8 لاکھ، ایڈوانس جاز کیش کریں' = سیدھا فراڈ۔");
    expect(found).not.toContain("payment_channel");
    expect(found).not.toContain("upfront_fee");
  });

  it("ur: a visa fee paid 'to the mission', and 'no need to give any agent lakhs for a guarantee visa'", () => {
    const found = flags(
      "جرمنی اپرچونٹی کارڈ: درخواست جرمن مشن کی آفیشل اپائنٹمنٹ سے، ویزا فیس 75 یورو مشن کو۔\nکسی ایجنٹ کو 'گارنٹی ویزا' کے لاکھوں روپے دینے کی ضرورت نہیں۔",
    );
    expect(found).not.toContain("upfront_fee");
    expect(found).not.toContain("guaranteed_visa");
  });

  it("ur: the same guarantee sold is still one", () => {
    expect(flags("جرمنی گارنٹی ویزا، فیس 7 لاکھ، ایڈوانس 3 لاکھ جاز کیش پر۔ رابطہ 0300 0000219")).toContain("guaranteed_visa");
  });
});

describe("ru: 'applications without payment are not considered' asks for the payment", () => {
  const { flags } = checker();

  it("is no statement that the worker pays nothing", () => {
    const found = flags("Приём заявок на работу в Германии. Регистрационный взнос 350 000 сум через Payme. Заявки без оплаты не рассматриваются. migration-uzb.org/ariza");
    expect(found).not.toContain("lawful_fee");
    expect(found).toContain("upfront_fee");
  });

  it("'without payment' that frees the worker still does", () => {
    expect(flags("Работа в Польше на заводе, трудоустройство без оплаты, договор на 1 год, ООО «Baltic Staff», Варшава")).toContain("lawful_fee");
  });
});
