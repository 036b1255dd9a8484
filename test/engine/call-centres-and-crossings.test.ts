import { describe, expect, it } from "vitest";
import { MemoryRegistry } from "../../src/registry/memory.ts";
import { checker, offerOf, shippedEngineWith } from "../helpers/engine.ts";
import { operator } from "../helpers/operator.ts";

/**
 * Round 42 (an ordinary week of job posts again): call centres in Georgia that
 * keep passports "with HR" and take phones at the door, Northern Cyprus
 * "study" offers that end across the Green Line, and two honest posts the
 * names reader misread. Each class in wording of its own here.
 */
const { check, flags } = checker();

describe("passports kept by HR or in the office, phones taken at the door", () => {
  it.each([
    ["en", "Chat agents for a Tbilisi office, 1,300 USD. Passports are held by HR during the contract. hr.tbs@outlook.com"],
    ["ur-Latn", "Batumi me office staff chahiye, 1400 dollar. Aap ka passport HR ke locker me rahega jab tak contract hai. WhatsApp +995 555 000 240"],
    ["ru", "Операторы в офис в Тбилиси, 1 300 $. Паспорта на время контракта хранятся у HR. Пишите @tbs_office_555"],
    ["kk", "Тбилисиге оператор керек, 1300 $. Паспортыңызды келісімшарт кезінде HR сақтайды. Жазыңыз @tbs_office_555"],
    ["ky", "Тбилисиге оператор керек, 1300 $. Паспортуңузду HR сактайт. Жазыңыз @tbs_office_555"],
    ["uz-Cyrl", "Тбилисида операторлар керак, 1300 $. Паспортингиз шартнома давомида HR да туради. Ёзинг @tbs_office_555"],
    ["tg", "Ба офис дар Тбилиси оператор лозим, 1300 $. Паспортҳо то охири шартнома дар офис мемонанд. Нависед @tbs_office_555"],
  ])("%s", (_, text) => {
    expect(check(text).crime).toBe("trafficking");
  });

  it("ru and kk: personal phones handed in at the entrance", () => {
    expect(check("Менеджеры в офис в Батуми, 1 500 $. Личные телефоны при входе сдаются охране. Пишите @btm_555").crime).toBe("trafficking");
    expect(check("Батумиге менеджер керек, 1500 $. Жеке телефоныңызды кіреберісте тапсырасыз. Жазыңыз @btm_555").crime).toBe("trafficking");
  });

  it("ur and ur-Latn: the ticket's cost taken back from the pay in instalments", () => {
    expect(check("Dubai me cleaners chahiye, 1,100 dirham. Ticket aur visa ka kharcha pehli do salaries se adjust hoga. WhatsApp 0301 0000512").crime).toBe("trafficking");
    expect(check("قطر میں ہیلپر چاہئیں، 1200 ریال۔ ٹکٹ کا خرچہ آپ کی تنخواہ سے قسطوں میں واپس لیا جائے گا۔ واٹس ایپ 0301 0000513").crime).toBe("trafficking");
  });

  it("guards: a passport returned after stamping, one that stays with the worker, a deduction refused", () => {
    expect(flags("Steel fixers for Jubail, 1,600 SAR. Original passport will be kept by HR for visa stamping and returned within 3 days. Call 0300 0000124")).not.toContain("trafficking_risk");
    expect(flags("Склад в Подольске, 90 000 руб. Паспорт остаётся у вас, в отделе кадров только копия. Тел +7 900 555 00 11")).not.toContain("trafficking_risk");
    expect(flags("دبئی میں ڈرائیور، 2000 درہم۔ ٹکٹ کا خرچ تنخواہ سے نہیں کاٹا جائے گا۔ 0300 0000125")).not.toContain("trafficking_risk");
  });

  it("guards: handing in your phone number is not handing in your phone", () => {
    expect(flags("Алматыда аспазшы керек, 250 000 тг. Жеке телефон нөміріңізді анкетамен тапсырасыз. +7 701 555 11 22")).not.toContain("trafficking_risk");
    expect(flags("Дар Душанбе ошпаз лозим, 3000 сомонӣ. Нусхаи шиноснома ва рақами телефон месупоред. +992 93 555 11 22")).not.toContain("trafficking_risk");
  });
});

describe("a call centre paid from its clients' deposits", () => {
  it("ru: a Batumi call centre's bonus is a share of the clients' deposits", () => {
    expect(check("Оператор колл-центра в Батуми, 1 400 $ + 5 % от депозитов клиентов. Пишите @btm_desk_555").crime).toBe("trafficking");
  });

  it("guard: a bank in Almaty pays a share of the deposits it gathers", () => {
    expect(flags("Менеджер в отделение банка в Алматы, оклад 300 000 тг + % от привлечённых депозитов. Тел +7 701 555 00 11")).not.toContain("trafficking_risk");
  });
});

describe("Northern Cyprus to the EU across the Green Line", () => {
  it.each([
    ["en", "Study in North Cyprus, then we cross you over the green line into the Republic (EU) for work. Package 4,000 USD. WhatsApp 0301 0000611"],
    ["ru", "Учёба на Северном Кипре, затем переход через зелёную линию в ЕС, там работа. 4 000 $. Пишите @kipr_555"],
    ["kk", "Солтүстік Кипрде оқу, кейін жасыл сызықтан өткізіп, Еуропаға жұмысқа орналастырамыз. 4000 $. +7 701 555 06 11"],
    ["ky", "Түндүк Кипрде окуу, андан кийин жашыл сызык аркылуу өткөрүп, Европада жумуш. 4000 $. +996 700 555 611"],
    ["uz-Latn", "Shimoliy Kiprda o'qish, keyin yashil chiziq orqali Yevropaga o'tkazamiz. 4000 $. Telegram @kipr_555"],
    ["ur", "شمالی قبرص میں داخلہ، پھر گرین لائن کراس کر کے یورپ میں کام۔ پیکج 14 لاکھ۔ واٹس ایپ 0301 0000612"],
  ])("%s", (_, text) => {
    expect(flags(text)).toContain("smuggling_route");
  });
});

describe("honest posts the names reader misread", () => {
  it("en: a supervisor abroad naming 'Gulf Line Scaffolding & Contracting Co.' beside the licensed agency is no impersonation", () => {
    const registry = new MemoryRegistry([operator({ licenceNo: "1234/RWP", name: "Test Valley Overseas Employment Promoters" })]);
    const v = checker(shippedEngineWith(registry)).check(
      "I am supervisor at Gulf Line Scaffolding & Contracting Co. in Jubail. We need 15 scaffolders, SAR 1,500 + OT, 2 years contract. Recruitment through Test Valley Overseas Employment Promoters, licence 1234/RWP. Info: Tariq +966 55 0000 318",
    );
    expect(v.flags.map((f) => f.id)).not.toContain("brand_impersonation");
    expect(v.risk).toBe("low");
  });

  it("en: a Protector's notice that 'only' licensed promoters recruit and that visit visas 'do not permit employment'", () => {
    const found = flags(
      "PUBLIC NOTICE\nOnly Overseas Employment Promoters licensed by the Bureau may recruit for jobs abroad. Visit and Umrah visas do not permit employment. Never travel without the Protector stamp.\nProtector of Emigrants, Rawalpindi",
    );
    expect(found).not.toContain("unlicensed_recruiter");
    expect(found).not.toContain("wrong_visa_type");
  });
});

describe("round 45 (an ordinary week again): crossings, kept passports and names", () => {
  it.each([
    ["ky", "Түндүк Кипрде окуу, 3 000 $. Эки айдан кийин Түштүк Кипрге өтүп, Европада иштейсиз. WhatsApp +996 555 000 737"],
    ["uz-Latn", "Shimoliy Kiprda o'qish, 1 800 $. Keyin «yashil chiziq» orqali Janubiy Kiprga o'tkazamiz. Telegram @kipr_555_uz"],
    ["ru", "Учёба на Севере Кипра, потом переправим в южную часть Кипра, там ЕС и работа. 4 000 $. Пишите @kipr_555_ru"],
    ["en", "Study in North Cyprus, then our friends take you into the Republic of Cyprus for work, 1,500 EUR a month. WhatsApp 0301 0000613"],
    ["ru", "Работа в Англии без британской визы: ирландская виза, паром в Белфаст. 4 500 $. WhatsApp +7 747 555 09 64"],
  ])("%s", (_, text) => {
    expect(flags(text)).toContain("smuggling_route");
  });

  it("tg and ur-Latn: passports with the boat's captain, or 'unke paas' for registration", () => {
    expect(check("Кор дар киштии моҳигирӣ, Камчатка, 300 ҳазор руб. Паспортҳо то охири мавсим дар капитан мемонанд. +7 914 555 6631").crime).toBe("trafficking");
    expect(check("Russia me security helper ki job, 2 lakh ruble. Contract wahan sign hoga aur passport registration ke liye unke paas rahega. Telegram @sergei_555").crime).toBe("trafficking");
  });

  it("en: 'Keamari Harbour OEP, Karachi (7123/KHI)' is the registry's Keamari Harbour Overseas Employment Promoters", () => {
    const registry = new MemoryRegistry([operator({ licenceNo: "7123/KHI", name: "Keamari Harbour Overseas Employment Promoters", city: "Karachi" })]);
    const v = checker(shippedEngineWith(registry)).check(
      "Gulf Steel Maintenance Co. – shutdown 2027, welders and fitters, SAR 20 an hour, camp by the company. Recruitment only through our registered agents: Keamari Harbour OEP, Karachi (7123/KHI) and Malir Gate Overseas, Karachi. Apply at careers.gsm-ksa.com",
    );
    expect(v.flags.map((f) => f.id)).not.toContain("licence_name_mismatch");
  });

  it("ur: a repair shop's 'آئی فون / سام سنگ' names the phones it mends", () => {
    expect(flags("دبئی میں موبائل ریپیئرنگ کی دکان کے لیے ٹیکنیشن چاہیے، چِپ لیول کا کام آتا ہو (آئی فون / سام سنگ)۔ تنخواہ 1800 درہم۔ واٹس ایپ کریں +971 50 555 0275")).not.toContain("brand_impersonation");
  });
});

describe("round 47-48 crossings, and the lawful one", () => {
  it("ru: 'a man who takes people into Croatia across the mountains' is a route", () => {
    expect(check("Я в Сербии, тут есть человек, который переводит в Хорватию через горы, дальше до Италии на машине. Берёт 1500€ заранее. Пишите в личку").crime).toBe("smuggling");
  });

  it("guard: money sent 'through Zolotaya Korona' is no crossing", () => {
    expect(flags("Склад в Подольске, грузчики, 3000 в смену. Аванс переводит бухгалтер через Золотую Корону каждую пятницу. Тел +7 916 555 02 11")).not.toContain("smuggling_route");
  });

  it("uz-Cyrl: 'паромда Пусанга олиб ўтади, текширувсиз' (the ferry's locative glued on) is a route", () => {
    expect(flags("Чеджуга туристик бўлиб учасиз. У ердан одамимиз паромда Пусанга олиб ўтади, текширувсиз. Заводда иш тайёр. @korea_yol_uz")).toContain("smuggling_route");
  });

  it("uz-Cyrl: 'чегарадан расмий ўтамиз' (we cross the border officially) is the lawful way", () => {
    expect(flags("Қозонга қурилишга 15 киши керак. Автобус Тошкентдан чиқади, чегарадан расмий ўтамиз, загранпаспорт шарт. Объект: «Казань Строй» ширкати. Тел +998 90 555 12 34")).not.toContain("smuggling_route");
  });

  it("uz-Latn and ru: 'chegaradan rasmiy o'tamiz', 'границу проходим официально' likewise", () => {
    expect(flags("Qozonga qurilishga 15 kishi kerak. Avtobus Toshkentdan chiqadi, chegaradan rasmiy o'tamiz, zagranpasport shart. Obyekt: «Kazan Stroy» kompaniyasi. Tel +998 90 555 12 34")).not.toContain("smuggling_route");
    expect(flags("Набираем бригаду в Казань, автобус из Ташкента. Границу проходим официально, у всех загранпаспорт. Объект ООО «Казань Строй». Тел +998 90 555 12 34")).not.toContain("smuggling_route");
  });

  it("guard: 'чегарадан яширин ўтказамиз' (we take you across secretly) is still a route", () => {
    expect(flags("Қозонга қурилишга 15 киши керак. Паспорт йўқларни ҳам чегарадан яширин ўтказамиз. Тел +998 90 555 12 34")).toContain("smuggling_route");
  });

  it("ky: 'паспорт текшерүү жок' on the way to Germany is a route", () => {
    expect(flags("Румынияга жумуш виза менен барасыз, андан Германияга автобус менен жеткиребиз, паспорт текшерүү жок. Тел +996 555 000 412")).toContain("smuggling_route");
  });

  it("tg: a passport kept 'for safety' by the household, and 'no need to go out', are a servant's lot", () => {
    expect(check("Ба оилаи мо дар Москва ёрдамчии хона лозим. Шиносномаро барои бехатарӣ шавҳарам нигоҳ медорад. Маош 40 000. +7 916 555 02 94").crime).toBe("trafficking");
    expect(check("Ба оилаи мо дар Москва ёрдамчии хона лозим. Берун баромадан лозим нест, ҳама чиз дар хона ҳаст. Маош 40 000. +7 916 555 02 94").crime).toBe("trafficking");
  });
});

describe("round 50: crossings and a scam compound, as Tajik and Uzbek writers put them", () => {
  it("tg: 'бачаи мо бо мошин мебарад ба Венгрия, граница бе проблема' is a route", () => {
    expect(check("Кори завод дар Венгрия. Ба Белград бо билети туристи меравед, аз он чо бачаи мо бо мошин мебарад ба Венгрия, граница бе проблема. 3000$. Ватсап +992 98 555 0915").crime).toBe("smuggling");
  });

  it("uz-Latn: 'Belarusga turist sifatida … Polsha tomonga olib o'tishadi' is a route", () => {
    expect(check("Polshaga muqobil yo'l: Belarusga turist sifatida kirasiz, Minskda hamkorlarimiz kutib oladi va Polsha tomonga olib o'tishadi. Ombor, soatiga 30 zł. +998 97 555 20 15").crime).toBe("smuggling");
  });

  it("uz-Latn: 'kripto-support' in Thailand, the passport handed to the office and the ticket owed for 6 months, is a compound", () => {
    const v = offerOf(check("Ukamga Instagramda yozishibdi: Tailandda IT kompaniyada «kripto-support» ishi, oyiga 2000$. Pasportini ofisga topshirishi kerak, 6 oy ishlamasa chipta pulini qaytarishi kerak deyishgan. Bu normalmi?"));
    expect(v.crime).toBe("trafficking");
  });

  it("guard: a bus to Poland through Belarus that 'crosses officially' (chegaradan rasmiy o'tamiz) stays lawful", () => {
    expect(flags("Polshaga ishga avtobusda boramiz, Belarus orqali, chegaradan rasmiy o'tamiz, viza bor. Ish beruvchi Fabryka Mebli sp. z o.o. +998 97 555 20 16")).not.toContain("smuggling_route");
  });
});

describe("a boat that is the work, not the crossing (kk, ky)", () => {
  it("fishing from a boat on a lake is no route", () => {
    expect(flags("Балқаш көліне балық аулау бригадасына 3 жігіт керек. Қайықпен жүріп, ау салуды білсеңдер жақсы. Жалақы айына 350 мың теңге. +7 701 555 0930")).not.toContain("smuggling_route");
    expect(flags("Ысык-Көлдө балык чарбасына 2 жигит керек. Кайык менен чыгып, торду салабыз, балык уулоо тажрыйбасы болсо жакшы. Айлык 40 миң сом. +996 555 000 931")).not.toContain("smuggling_route");
  });

  it("a boat to Italy or Greece is still one", () => {
    expect(flags("Италияда жұмыс! Қайықпен Сицилияға жеткіземіз, 3000 евро алдын ала. WhatsApp +7 701 555 0931")).toContain("smuggling_route");
    expect(flags("Германияда иш! Кайык менен Грециянын аралына, андан ары Германияга чейин жеткиребиз. 6000 евро. WhatsApp +996 555 000 932")).toContain("smuggling_route");
  });
});

describe("taken across a border, said of the smugglers (uz 'чегарасидан … олиб ўтишади')", () => {
  it.each([
    ["uz-Cyrl", "Европага иш! Аввал Белградга учасиз, у ердан бизнинг одамлар Венгрия чегарасидан машинада олиб ўтишади. Нарх 4500 $, 1500 $ олдиндан. Telegram @euro_yol_uz"],
    ["uz-Latn", "Yevropaga ish! Avval Belgradga uchasiz, u yerdan bizning odamlar Vengriya chegarasidan mashinada olib o'tishadi. Narxi 4500 $, 1500 $ oldindan. Telegram @euro_yol_uz"],
  ])("%s", (_, text) => {
    expect(check(text).crime).toBe("smuggling");
  });
});

describe("an entry ban got round, and a forest crossing said with who leads it (ru, tg)", () => {
  it("ru: 'закрыли въезд в РФ — решение есть', 'по базе не засветитесь'", () => {
    expect(check("Кому закрыли въезд в РФ — решение есть. Склад в Подмосковье, 2 800 ₽/смена. Летите в Минск, дальше на машине, по базе не засветитесь. Дорога 55 000 ₽, половина сразу. ТГ @zayezd_24").crime).toBe("smuggling");
  });

  it("tg: 'то Польша аз ҷангал бо одами мо'", () => {
    expect(check("аврупо рох хаст 🇪🇺 аз Минск то Польша аз чангал бо одами мо, баъд бо мошин то Германия. нарх 4500$, нисфаш пеш. телеграм @evro_24").crime).toBe("smuggling");
  });

  it("ru: advice on checking an entry ban is no route", () => {
    expect(flags("Если вам закрыли въезд в РФ, проверьте запрет на сайте МВД и обратитесь к юристу. Не платите посредникам.")).not.toContain("smuggling_route");
  });
});

describe("the onward leg arranged beyond the visa (ur, en)", () => {
  it.each([
    ["ur: 'آگے پولینڈ کا سیٹ اپ'", "بیلاروس کا سٹوڈنٹ ویزا لگوا رہے ہیں، منسک پہنچ کے آگے پولینڈ کا سیٹ اپ ہمارے پاس ہے، وہاں پیکنگ کا کام تیار ہے۔ فیس ڈیڑھ لاکھ"],
    ["ur: 'سمندر کے راستے آگے کا انتظام'", "پہلے دبئی، وہاں سے لیبیا کا ورک ویزا، پھر سمندر کے راستے آگے کا انتظام ہم خود کریں گے۔ کل پیکج 22 لاکھ۔ واٹس ایپ 0345 5550903"],
    ["ur: 'پاسپورٹ پر کوئی مہر نہیں لگتی'", "سربیا کا ورک ویزا 45 دن میں۔ جو دوست آگے اٹلی جانا چاہیں ان کے لیے کروشیا کا راستہ ہمارا ساتھی کروا دیتا ہے، پاسپورٹ پر کوئی مہر نہیں لگتی۔ واٹس ایپ +381 60 0000 214"],
    ["en: 'our driver takes you … by car at night'", "Warehouse work Romania 650€ net. We arrange Serbia visit visa, you fly to Belgrade, our driver takes you to Timisoara by car at night. Papers we sort later. WhatsApp +381 60 555 0193"],
  ])("%s", (_, text) => {
    expect(check(text).crime).toBe("smuggling");
  });

  it("a company's onward flight or its seafreight work is no route", () => {
    expect(flags("Karachi port: clerks for a shipping line, cargo goes by sea to Jebel Ali; our driver takes you to the office every morning. Salary Rs 90,000. hr@example.pk")).not.toContain("smuggling_route");
  });
});

describe("crossings said in few words (tg, kk, uz)", () => {
  it.each([
    ["tg: 'Минск → ҷангал → Полша'", "Ба Аврупо (Германия) роҳи боэътимод. Минск → ҷангал → Полша, раҳбалад ҳамроҳ. Виза лозим нест. 4000 $, нисфаш пеш. Фақат Telegram"],
    ["kk: 'орманмен өтіп жеткіземіз'", "Польшаға виза күтіп жүрмеңіз. Минскіге ұшасыз, одан әрі орманмен өтіп жеткіземіз, бізде жігіттер бар. Ватсап +7 700 555 1917"],
    ["uz-Cyrl: 'кечқурун чегарагача'", "Литвада ҳайдовчилар керак. Минскгача ўзингиз учасиз, у ердан бизнинг машинада кечқурун чегарагача борамиз. Йўл харажати 800$, Минскда нақд. +375 29 555 01 87"],
    ["uz-Latn: 'kechqurun chegaragacha'", "Litvada haydovchilar kerak. Minskgacha o'zingiz uchasiz, u yerdan bizning mashinada kechqurun chegaragacha boramiz. Yo'l xarajati 800$, Minskda naqd. +375 29 555 01 87"],
  ])("%s", (_, text) => {
    expect(check(text).crime).toBe("smuggling");
  });

  it("an evening shift at a border post, and a list with arrows, are no route", () => {
    expect(flags("Тошкентдаги божхона омборига юк ташувчилар керак. Смена кечқурун, чегара постида эмас, омборда. Ойлик 6 млн сўм. +998 71 555 02 02")).not.toContain("smuggling_route");
    expect(flags("Steps: apply → interview → medical → visa → flight. Licensed OEP 1234/RWP")).not.toContain("smuggling_route");
  });
});
