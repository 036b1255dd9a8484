import { describe, expect, it } from "vitest";
import { nameSimilarity, SAME_NAME } from "../../src/engine/names.ts";
import { MemoryRegistry } from "../../src/registry/memory.ts";
import { operator } from "../helpers/operator.ts";
import { shippedEngineWith } from "../helpers/engine.ts";

// The data compiled once (about a second); each describe binds it to its own registry row.
const engineWith = (row: Parameters<typeof operator>[0]) => shippedEngineWith(new MemoryRegistry([operator(row)]));

/** Registries list names in their own script and style; adverts write them as people do (round 22). */
describe("a registry's own spelling of a name", () => {
  it.each([
    ["الفاتح مین پاور سروسز", "M/S AL-FATEH MANPOWER SERVICES (PVT) LTD"],
    ["نور الہدیٰ اوورسیز", "M/S NOOR-UL-HUDA OVERSEAS EMPLOYMENT PROMOTERS"],
    ["AL MUSTAFA HR CONSULTANTS", "M/S AL-MUSTAFA HUMAN RESOURCE CONSULTANTS"],
    ["El Noor Manpower", "Al-Noor Manpower Services"],
    ["«Атырау Мұнай Крю Сервистер» ЖШС", "Atyrau Munai Crew Services LLP"],
    // "Abroad" is a trade word: agencies leave it out, or write it as they say it («Ворк Аброд»).
    ["«Ак-Булуң Эмгек» агенттиги", "Ak-Bulun Emgek Abroad LLC"],
    ["ҶДММ «Наврӯз Ворк Аброд»", "Navruz Work Abroad LLC"],
    // Ё is "yo" in Tajik and Uzbek Latin (round 106): «Сайёд» is Sayyod, not the "Sayed" of a Russian passport.
    ["«Ватан Сайёд»", "Vatan Sayyod Personnel LLC"],
    ["«Ёқут Кадр»", "Yoqut Kadr LLC"],
    // English "wh" is the w Cyrillic writes у (round 112): Уайт is White.
    ["«Уайтсейл Резорт Рекрутмент»", "Whitesail Resort Recruitment LLC"],
  ])("%s is %s", (advertised, registered) => {
    expect(nameSimilarity(advertised, registered)).toBeGreaterThanOrEqual(SAME_NAME);
  });
});

describe("a licence written after words the number does not hold", () => {
  const engine = engineWith({ licenceNo: "7020/LHR", name: "M/S SHAHDARA GATE OVERSEAS EMPLOYMENT PROMOTERS", city: "Lahore" });

  it("'Our licence is OEP 7020/LHR' is licence 7020/LHR, and nothing unknown", () => {
    const v = engine.check("Shahdara Gate Overseas — our licence is OEP 7020/LHR. Check it on the BEOE list.\nOffice: G.T. Road, Lahore. 042-3555 0610", { today: "2026-12-01" });
    expect(v.entities.licences.map((l) => l.canonical)).toEqual(["7020/LHR"]);
    expect(v.flags.map((f) => f.id)).not.toContain("unlicensed_recruiter");
    expect(v.flags.map((f) => f.id)).toContain("licensed_recruiter");
  });
});

describe("an agency whose name holds a state body's word", () => {
  const engine = engineWith({ country: "KZ", registry: "KZ-MLSP", licenceNo: "KZ-PEA-7011", name: "ТОО «Каспий Еңбек Көпірі»", city: "Aktau" });

  it("is the agency, not Enbek: its licence is its own", () => {
    const v = engine.check("CASPIAN LABOUR BRIDGE | Kaspiy Enbek Kopiri LLP\nLicensed private employment agency, Aktau — licence KZ-PEA-7011\nHotel jobs in Abu Dhabi, visa and ticket paid by the hotel. +7 7292 555 623", { today: "2026-12-01" });
    expect(v.flags.map((f) => f.id)).not.toContain("licence_name_mismatch");
    expect(v.flags.map((f) => f.id)).toContain("licensed_recruiter");
  });
});

describe("a name of trade words only", () => {
  const engine = engineWith({ country: "UZ", registry: "UZ-MA", licenceNo: "UZ-XBA-7030", name: "Xorazm Jayhun Kadr Servis xususiy bandlik agentligi", city: "Urgench" });

  it("('KADR SERVIS', the last line of a name set over three) names no other recruiter for the licence", () => {
    const v = engine.check("XORAZM JAYHUN\nKADR SERVIS\nxususiy bandlik agentligi\nLitsenziya № UZ-XBA-7030\nYaponiyaga ishga, kaigo. Urganch sh., Al-Xorazmiy ko'ch., 5. Tel: +998 62 555 04 13", { today: "2026-12-01" });
    expect(v.flags.map((f) => f.id)).not.toContain("licence_name_mismatch");
  });
});

describe("a name set in capitals on the lines above its suffix, as a poster or letterhead sets it", () => {
  const engine = engineWith({ country: "UZ", registry: "UZ-MA", licenceNo: "UZ-XBA-7040", name: "Jizzax Sangzor Employment xususiy bandlik agentligi", city: "Jizzakh" });
  const check = (text: string) => engine.check(text, { today: "2026-12-01" });

  it("is the recruiter that claims the licence: another's number under it is a mismatch", () => {
    const v = check("EVRO TRUD LAYN\nхусусий бандлик агентлиги\nЛицензия № UZ-XBA-7040\nЧЕХИЯГА ИШЧИЛАР КЕРАК!\nТел: +998 91 555 27 06");
    expect(v.entities.companies.map((c) => c.name)).toContain("EVRO TRUD LAYN хусусий бандлик агентлиги");
    expect(v.flags.map((f) => f.id)).toContain("licence_name_mismatch");
  });

  it("is the holder when the capitals spell its name over two lines", () => {
    const v = check("JIZZAX\nSANGZOR EMPLOYMENT\nxususiy bandlik agentligi\nLitsenziya № UZ-XBA-7040\nPolshaga ishchilar. Tel: +998 72 555 10 10");
    expect(v.flags.map((f) => f.id)).toContain("licensed_recruiter");
    expect(v.flags.map((f) => f.id)).not.toContain("licence_name_mismatch");
  });

  it("is not a sentence above the suffix line", () => {
    const v = check("Ishga taklif qilamiz, batafsil:\nxususiy bandlik agentligi\nLitsenziya № UZ-XBA-7040");
    expect(v.entities.companies.map((c) => c.name).join(" ")).not.toMatch(/taklif/i);
  });
});

describe("a recruiter's name translated by the registry", () => {
  const withRow = engineWith({ country: "KZ", registry: "KZ-MLSP", licenceNo: "KZ-PEA-7001", name: "Ertis Vocational Placement LLP", city: "Pavlodar" });

  it("«Ертіс Кәсіби Орналастыру» under its own licence is the holder, not another company", () => {
    const v = withRow.check("Словакияға дәнекерлеушілер керек, жұмыс беруші «Žilina Metal s.r.o.».\n«Ертіс Кәсіби Орналастыру» ЖШС, лицензия № KZ-PEA-7001\nПавлодар, тел +7 7182 555 084", { today: "2026-12-01" });
    expect(v.flags.map((f) => f.id)).not.toContain("licence_name_mismatch");
    expect(v.flags.map((f) => f.id)).toContain("licensed_recruiter");
  });

  it("another company's name under that licence is still a mismatch", () => {
    const v = withRow.check("Словакияға дәнекерлеушілер керек.\n«Астана Еуро Жоб» ЖШС, лицензия № KZ-PEA-7001\nТел +7 701 555 0844", { today: "2026-12-01" });
    expect(v.flags.map((f) => f.id)).toContain("licence_name_mismatch");
  });
});

describe("a name after the city it belongs to (Urdu genitive)", () => {
  const engine = engineWith({ licenceNo: "7031/SKT", name: "Hajipura Overseas Consultants", city: "Sialkot" });

  it("«سیالکوٹ کی حاجی پورہ اوورسیز کنسلٹنٹس» is Sialkot's Hajipura Overseas Consultants, the licence's holder", () => {
    const v = engine.check("وہی کمپنی اب پلمبر لے رہی ہے، سیالکوٹ کی حاجی پورہ اوورسیز کنسلٹنٹس کے ذریعے (لائسنس 7031/SKT)۔ ان کا دفتر کچہری روڈ پر ہے۔", { today: "2026-12-01" });
    expect(v.entities.companies.map((c) => c.name)).toContain("حاجی پورہ اوورسیز کنسلٹنٹس");
    expect(v.flags.map((f) => f.id)).not.toContain("licence_name_mismatch");
    expect(v.flags.map((f) => f.id)).toContain("licensed_recruiter");
  });
});

/** Trade words written in the advert's language where the registry has them in English (round 69). */
describe("a recruiter's trade words in the advert's own language", () => {
  it.each([
    ["ru", "KG", "KG-MLSSM", "KG-L-7761", "Tyan-Shan Seasonal Work LLC", "ОсОО «Тянь-Шань Сезонная Работа» (лицензия № KG-L-7761) набирает сборщиков яблок в Польшу. Бишкек, ул. Токтогула 12. Тел +996 555 000 761"],
    ["kk", "KZ", "KZ-MLSP", "KZ-PEA-7762", "Saryzhailau Partners LLP", "«Сарыжайлау Серіктестері» ЖШС, KZ-PEA-7762: Финляндияға жидек терушілер. Алматы, Абай даңғылы 40. +7 727 555 0762"],
    ["ky", "KG", "KG-MLSSM", "KG-L-7763", "Chatkal Seasonal Work LLC", "«Чаткал Мезгилдик Жумуш» ЖЧК (лицензия KG-L-7763) Англияга мезгилдик жумушчуларды кабыл алат. Ош ш., Ленин көч. 5. +996 555 000 763"],
  ])("%s: the licence's holder, not another company's name", (_, country, registry, licenceNo, name, text) => {
    const flags = engineWith({ country, registry, licenceNo, name, city: "Bishkek" }).check(text, { today: "2026-12-01" }).flags.map((f) => f.id);
    expect(flags).not.toContain("licence_name_mismatch");
    expect(flags).toContain("licensed_recruiter");
  });

  it("another company with the same trade words is still another company", () => {
    const flags = engineWith({ country: "KG", registry: "KG-MLSSM", licenceNo: "KG-L-7761", name: "Tyan-Shan Seasonal Work LLC", city: "Bishkek" })
      .check("ОсОО «Нарын Сезонная Работа» (лицензия № KG-L-7761) набирает сборщиков яблок в Польшу. Тел +996 555 000 764", { today: "2026-12-01" })
      .flags.map((f) => f.id);
    expect(flags).toContain("licence_name_mismatch");
  });
});

/** A whole message quoted with «…», the agency's name inside it in "…" (round 69). */
describe("an agency named inside a quoted message", () => {
  it.each([
    ["ru", "KG", "KG-MLSSM", "KG-L-7751", "Ala-Too Jolu LLC", 'Вопрос подписчика:\n«Здравствуйте. От фирмы "Ала-Тоо Жолу" (KG-L-7751) пришло приглашение на сбор клубники в Польше, визовый сбор плачу сам в консульстве. Это нормально?»'],
    ["tg", "TJ", "TJ-MS", "TJ-MS-7752", "Khatlon Sabz Kor LLC", 'Саволи обуначӣ:\n«Салом. Аз агентии "Хатлон Сабз Кор" (TJ-MS-7752) маро ба Лаҳистон барои қулфинай даъват карданд. Ҳаққи консулиро худам медиҳам. Ин дуруст аст?»'],
  ])("%s: the quoted agency is the licence's holder, and the message's first words no company", (_, country, registry, licenceNo, name, text) => {
    const v = engineWith({ country, registry, licenceNo, name, city: "Bishkek" }).check(text, { today: "2026-12-01" });
    expect(v.registry.filter((r) => r.kind === "name_unknown")).toEqual([]);
    expect(v.flags.map((f) => f.id)).not.toContain("licence_name_mismatch");
    expect(v.flags.map((f) => f.id)).toContain("licensed_recruiter");
  });
});

/** "والے / والی" (the ones of) ties a place to the name that follows it: the place is no part of the name (round 65). */
describe("a recruiter named after the town it is from", () => {
  it("«جھنگ والی چناب اوورسیز» is Jhang's Chenab Overseas, known to the registry", () => {
    const engine = engineWith({ licenceNo: "4349/FSD", name: "Chenab Overseas Employment Promoters", city: "Jhang" });
    const v = engine.check("میرا بھائی پچھلے سال جھنگ والی چناب اوورسیز کے ذریعے دبئی گیا تھا، فیس کی رسید ملی تھی۔ اب وہ پھر ڈرائیور بھرتی کر رہے ہیں۔", { today: "2026-12-01" });
    expect(v.entities.companies.map((c) => c.name)).toContain("چناب اوورسیز");
    expect(v.flags.map((f) => f.id)).not.toContain("unlicensed_recruiter");
    expect(v.flags.map((f) => f.id)).toContain("licensed_recruiter");
  });

  it("an unknown agency after 'والا' is still unknown, under its own name only", () => {
    const v = engineWith({ licenceNo: "4349/FSD", name: "Chenab Overseas Employment Promoters", city: "Jhang" }).check(
      "گوجرانوالہ والا رحمت اوورسیز سعودیہ کا ویزا دے رہا ہے، چار لاکھ ایڈوانس مانگ رہا ہے۔",
      { today: "2026-12-01" },
    );
    expect(v.entities.companies.map((c) => c.name)).toContain("رحمت اوورسیز");
  });
});

/** Kyrgyz registries keep an English trade phrase in the name ("… Job Link LLC"); the agency's own posts leave it out (round 48). */
describe("a recruiter's name short of the registry's trade words", () => {
  const flagsUnder = (row: Parameters<typeof operator>[0], text: string) => engineWith(row).check(text, { today: "2026-12-01" }).flags.map((f) => f.id);
  const tianShan = { country: "KG", registry: "KG-MLSSM", licenceNo: "KG-L-7187", name: "Tian-Shan Altyn Job Link LLC", city: "Bishkek" } as const;

  it("«Тянь-Шань Алтын» ЖЧК under its own licence is the holder", () => {
    const flags = flagsUnder(tianShan, "«Тянь-Шань Алтын» ЖЧК (лицензия № KG-L-7187) Чехиядагы мебель фабрикасына 12 жыгач устасын чакырат.\nКелишим 1 жыл, айлык 1 100 €, виза жыйымын жумуш берүүчү төлөйт.\nДарек: Бишкек ш., Токтогул көч. 90. Тел.: +996 312 555 871");
    expect(flags).not.toContain("licence_name_mismatch");
    expect(flags).toContain("licensed_recruiter");
  });

  it("«Нарын Той» ЖЧК is Naryn Toi Job Link: a final й comes out as y, the registry writes i", () => {
    const row = { country: "KG", registry: "KG-MLSSM", licenceNo: "KG-L-7188", name: "Naryn Toi Job Link LLC", city: "Naryn" } as const;
    const flags = flagsUnder(row, "«Нарын Той» ЖЧК (лицензия № KG-L-7188): Чехияга жыгач усталары керек, виза жыйымын жумуш берүүчү төлөйт. Нарын ш., Ленин көч. 40. Тел.: +996 3522 555 072");
    expect(flags).not.toContain("licence_name_mismatch");
    expect(flags).toContain("licensed_recruiter");
  });

  it("one of its words beside one of the advert's own is another company: still a mismatch", () => {
    expect(flagsUnder(tianShan, "«Тянь-Шань Береке» ЖЧК (лицензия № KG-L-7187) Чехияга жыгач усталары керек. Тел.: +996 555 000 713")).toContain("licence_name_mismatch");
  });
});

describe("an Urdu name that ends in 'اوورسیز ریکروٹرز' (Overseas Recruiters)", () => {
  const engine = engineWith({ licenceNo: "7191/MUX", name: "Qasim Bela Overseas Recruiters", city: "Multan" });

  it("is read to its last word, so it is the licence's holder", () => {
    const v = engine.check("قاسم بیلہ اوورسیز ریکروٹرز، ملتان — لائسنس نمبر 7191/MUX\nشارجہ کے لیے کلینر 40، تنخواہ 1100 درہم، ویزا اور ٹکٹ کمپنی کے ذمے۔ فون 061 455 5091", { today: "2026-12-01" });
    expect(v.entities.companies.map((c) => c.name)).toContain("قاسم بیلہ اوورسیز ریکروٹرز");
    expect(v.flags.map((f) => f.id)).not.toContain("licence_name_mismatch");
  });
});

describe("a name introduced as the agency's name, in Urdu (round 110)", () => {
  const engine = engineWith({ licenceNo: "7060/LHR", name: "Darul Aman Overseas Employment Promoters", city: "Lahore" });

  it("'ایجنسی کا نام دارالامان اوورسیز ہے' names Darul Aman Overseas, not 'name Darul Aman Overseas'", () => {
    const v = engine.check(
      "میرے بھائی کو قطر کی ایک کلینک میں نوکری کی پیشکش ہوئی ہے۔ ایجنسی کا نام دارالامان اوورسیز ہے، لائسنس 7060/LHR، دفتر ملتان روڈ لاہور۔ ویزا اور ٹکٹ کلینک دے گی، سروس چارج رسید کے ساتھ۔ کیا یہ ٹھیک ہیں؟",
      { today: "2026-12-01" },
    );
    expect(v.flags.map((f) => f.id)).not.toContain("licence_name_mismatch");
    expect(v.flags.map((f) => f.id)).toContain("licensed_recruiter");
  });
});

describe("a quoted Uzbek name with o' or g' in it (round 111)", () => {
  const engine = engineWith({ country: "UZ", registry: "UZ-MA", licenceNo: "UZ-XBA-7080", name: "Qo'qon Kumush Yo'l Kadr xususiy bandlik agentligi", city: "Kokand" });

  it.each([
    ["en", "\"Qo'qon Kumush Yo'l Kadr\" private employment agency\nLicence UZ-XBA-7080 (register of the Migration Agency)\nForklift drivers for a warehouse in Brno, employee card, our service is free. Tel +998 73 555 0080"],
    ["uz-Cyrl", "«Qo'qon Kumush Yo'l Kadr» хусусий бандлик агентлиги, лицензия UZ-XBA-7080. Чехияга юк машинаси ҳайдовчилари, хизматимиз бепул. Тел +998 73 555 0081"],
  ])("%s: the apostrophe inside the name is no quotation mark, and the licence is the agency's own", (_, text) => {
    const v = engine.check(text, { today: "2026-12-01" });
    expect(v.flags.map((f) => f.id)).not.toContain("licence_name_mismatch");
    expect(v.flags.map((f) => f.id)).toContain("licensed_recruiter");
  });
});

describe("a letterhead: the agency's name alone on its line, its licence opening the next (rounds 100–101)", () => {
  const engine = engineWith({ country: "TJ", registry: "TJ-MS", licenceNo: "TJ-MS-7090", name: "Pomir Sport Kor LLC", city: "Dushanbe" });
  const flags = (text: string) => engine.check(text, { today: "2026-12-01" }).flags.map((f) => f.id);
  const body = "\nДар Дубай барои муштзанон шартнома, суғурта ва муоина 2 800 сомонӣ дар офис.\nТел.: +992 90 555 07 90";

  it.each([
    ["legal form and quotes", "ҶДММ «Сомон Спорт Инвест»\n(иҷозатномаи Хадамоти муҳоҷират TJ-MS-7090)"],
    ["legal form after, 'Лиц.'", "Somon Sport Invest LLC\nЛиц. TJ-MS-7090"],
  ])("%s: another name heading the licence's line is a mismatch", (_, head) => {
    expect(flags(head + body)).toContain("licence_name_mismatch");
  });

  it("the holder's own name heading it is the holder", () => {
    expect(flags("ҶДММ «Помир Спорт Кор»\n(иҷозатномаи Хадамоти муҳоҷират TJ-MS-7090)" + body)).not.toContain("licence_name_mismatch");
  });

  it("an employer named after a label on the line above is not the licence's claimant", () => {
    expect(flags("Корфармо: ҶДММ «Сомон Спорт Инвест»\n(иҷозатномаи Хадамоти муҳоҷират TJ-MS-7090)" + body)).not.toContain("licence_name_mismatch");
  });
});
