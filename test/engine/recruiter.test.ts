/** The recruiter an advert names, read against the registry the engine is given (match.ts, signals/registry.ts). */
import { describe, expect, it } from "vitest";
import { loadEngineData } from "../../src/data/load-engine-data.ts";
import { engineFactory } from "../../src/engine/engine.ts";
import type { RegistryLookup } from "../../src/engine/types.ts";
import { MemoryRegistry } from "../../src/registry/memory.ts";
import { operator } from "../helpers/operator.ts";

const data = loadEngineData();
// Compiled once: each test binds it to its own registry.
const newEngine = engineFactory(data);

describe("registry matching goes through the injected lookup", () => {
  const ad = "Test Valley Overseas Employment Promoters, OEP Licence No. 1234/RWP. Drivers required for Saudi Arabia, 2 years contract.";

  it("an active licence whose holder the ad names is a legit marker", () => {
    const v = newEngine(new MemoryRegistry([operator({})])).check(ad);
    expect(v.registry).toEqual([expect.objectContaining({ kind: "licence_active", nameMatches: true })]);
    expect(v.flags.map((f) => f.id)).toContain("legit_markers");
    expect(v.risk).toBe("low");
  });

  it.each(["cancelled", "expired", "suspended", "surrendered", "invalid"] as const)("a %s licence is revoked_licence", (status) => {
    const v = newEngine(new MemoryRegistry([operator({ status })])).check(ad);
    expect(v.flags.map((f) => f.id)).toContain("revoked_licence");
    expect(v.risk).not.toBe("low");
  });

  it("an active licence past its valid_until date counts as expired", () => {
    const v = newEngine(new MemoryRegistry([operator({ validUntil: "2025-01-31" })])).check(ad, { today: "2026-11-23" });
    expect(v.flags.map((f) => f.id)).toContain("revoked_licence");
  });

  it("a licence that belongs to another company is licence_name_mismatch", () => {
    const v = newEngine(new MemoryRegistry([operator({ name: "Completely Other Manpower Services" })])).check(ad);
    expect(v.flags.map((f) => f.id)).toContain("licence_name_mismatch");
  });

  it("a licence the registry does not know is unlicensed_recruiter", () => {
    const v = newEngine(new MemoryRegistry([])).check(ad);
    expect(v.flags.map((f) => f.id)).toContain("unlicensed_recruiter");
    expect(v.registry).toEqual(expect.arrayContaining([{ kind: "licence_unknown", licence: "1234/RWP" }]));
  });

  it("asks the lookup, and only the lookup, about the registry", () => {
    const calls: string[] = [];
    const spy: RegistryLookup = {
      byLicence: (l) => (calls.push(`licence:${l}`), []),
      byName: (n) => (calls.push(`name:${n}`), []),
      byPhone: (p) => (calls.push(`phone:${p}`), []),
    };
    newEngine(spy).check(`${ad} Call 0300-0000111`);
    expect(calls).toEqual(["licence:1234/RWP", "name:Test Valley Overseas Employment Promoters", "phone:+923000000111"]);
  });
});

describe("the recruiter an advert names, as the registry knows it", () => {
  const lapsedNamesake = operator({ country: "KG", registry: "KG-MLSSM", licenceNo: "KG-L-7579", name: "Tengri Work Travel LLC", status: "expired", city: "Bishkek" });

  it("a piece of a licensed holder's name is that holder, not a lapsed namesake", () => {
    const registry = new MemoryRegistry([
      operator({ country: "KG", registry: "KG-MLSSM", licenceNo: "KG-L-7103", name: "Tenir-Too Care Abroad LLC", city: "Bishkek" }),
      lapsedNamesake,
    ]);
    const ad =
      "Германияга карылар үйүнө жардамчылар керек. «Теңир-Тоо Кэр Эброуд» ЖЧК, лицензия № KG-L-7103. " +
      "Немис тили B1, келишим 2 жыл, айлык 2 600 € брутто. Биздин кызмат акысыз. Бишкек, Манас проспектиси 40, тел. 0312 555 017";
    const v = newEngine(registry).check(ad);
    expect(v.flags.map((f) => f.id)).not.toContain("revoked_licence");
    expect(v.flags.map((f) => f.id)).toContain("licensed_recruiter");
    expect(v.risk).toBe("low");
  });

  it("beside a known recruiter, words read as another agency's name are not an unlicensed recruiter", () => {
    const registry = new MemoryRegistry([operator({ country: "UZ", registry: "UZ-MA", licenceNo: null, name: "Samarqand Ishchi Kuchi MChJ", city: "Samarkand" })]);
    const ad =
      "Қозоғистонга қурилишга ишчилар керак. Самарқанд Ишчи Кучи МЧЖ (Ўзбекистон Миграция агентлиги рўйхатидаги хусусий бандлик агентлиги). " +
      "Ойлик 400 000 тенге, ётоқхона бепул. Бизга тўлов йўқ. Тел: +998 66 555 12 40";
    const v = newEngine(registry).check(ad);
    expect(v.flags.map((f) => f.id)).toContain("licensed_recruiter");
    expect(v.flags.map((f) => f.id)).not.toContain("unlicensed_recruiter");
  });

  it("a name written right before a licence number claims it, whatever words the name has", () => {
    const registry = new MemoryRegistry([operator({ country: "TJ", registry: "TJ-MS", licenceNo: "TJ-MS-0417", name: "Pamir Sohil Recruitment Service LLC", city: "Khorog" })]);
    const ad =
      "Ширкати «Помир Евро Кор» (иҷозатномаи № TJ-MS-0417) ба корхонаи мебел дар Лаҳистон коргарон қабул мекунад. " +
      "Маош 4 800 злотый. Барои ҳуҷҷатгузорӣ 600 доллар пешакӣ. Тел +992 93 555 04 17";
    const v = newEngine(registry).check(ad);
    expect(v.registry).toEqual(expect.arrayContaining([expect.objectContaining({ kind: "licence_active", nameMatches: false })]));
    expect(v.flags.map((f) => f.id)).toContain("licence_name_mismatch");
  });

  it("and so does one with who issued the licence between them, and '№'", () => {
    const registry = new MemoryRegistry([operator({ country: "KG", registry: "KG-MLSSM", licenceNo: "KG-L-0417", name: "Ala-Archa Job Abroad LLC", city: "Bishkek" })]);
    const ad = "«Теңир Ворк Линк» ЖЧК (КР ЭСКММдин лицензиясы № KG-L-0417)\nГермания — мезгилдүү жумуш. Кызмат акысы 12 000 сом алдын ала. +996 552 555 417";
    expect(newEngine(registry).check(ad).flags.map((f) => f.id)).toContain("licence_name_mismatch");
  });

  it("a name in Urdu script that claims the number and ends in the holder's name is the holder, with the sentence's words before it", () => {
    const registry = new MemoryRegistry([operator({ licenceNo: "5704/RWP", name: "Murree Road Crescent Manpower Services" })]);
    const ad = "ریاض میں ورکشاپ کو اے سی مکینک چاہیے، بیسک 2,000 ریال۔ پاکستان میں کاغذی کارروائی مری روڈ کریسنٹ مین پاور (راولپنڈی، 5704/RWP) کرے گی، صرف سرکاری سروس چارج، رسید لیں۔";
    const v = newEngine(registry).check(ad);
    expect(v.registry).toEqual(expect.arrayContaining([expect.objectContaining({ kind: "licence_active", nameMatches: true })]));
    // Another holder's name in the same place still contests the number.
    const other = newEngine(registry).check(ad.replace("مری روڈ کریسنٹ", "سبز پہاڑ اسٹار"));
    expect(other.flags.map((f) => f.id)).toContain("licence_name_mismatch");
  });

  it("the state body that issued the licence is not a second recruiter claiming it", () => {
    const registry = new MemoryRegistry([operator({ country: "UZ", registry: "UZ-MA", licenceNo: "UZ-XBA-8047", name: "Toshkent Sharq Kadr xususiy bandlik agentligi", city: "Tashkent" })]);
    const ad =
      "Toshkent Sharq Kadr — private employment agency\nLicence of the Migration Agency under the Cabinet of Ministers No. UZ-XBA-8047\n" +
      "Care assistants for elderly-care homes in Germany, contract signed with the employer. Our services are free for workers. Tel. +998 71 555 0412";
    const v = newEngine(registry).check(ad, { today: "2026-12-01" });
    expect(v.flags.map((f) => f.id)).not.toContain("licence_name_mismatch");
    expect(v.flags.map((f) => f.id)).toContain("licensed_recruiter");
  });

  it("a quoted name right before the licence it claims is the recruiter, with no legal form or agency word beside it", () => {
    const registry = new MemoryRegistry([operator({ country: "UZ", registry: "UZ-MA", licenceNo: "UZ-XBA-6711", name: "Namangan Chorvoq Kadr Xalqaro xususiy bandlik agentligi", city: "Namangan" })]);
    const ad = "“Global Work Service” — litsenziya UZ-XBA-6711\nGermaniyaga mavsumiy ishlar, 13,90 EUR/soat. Ofis: Toshkent, tel +998 97 555 20 63";
    expect(newEngine(registry).check(ad).flags.map((f) => f.id)).toContain("licence_name_mismatch");
    expect(newEngine(registry).check(ad.replace("Global Work Service", "Chorvoq Kadr Xalqaro")).flags.map((f) => f.id)).toContain("licensed_recruiter");
  });

  it("a name described as a recruiter right after it ('— частное агентство занятости') contests a licence held by another", () => {
    const registry = new MemoryRegistry([operator({ country: "KZ", registry: "KZ-MLSP", licenceNo: "KZ-PEA-0142", name: "Saryarka Qadam Kadr LLP", city: "Karaganda" })]);
    const ad = "ТОО «Astana Euro Job» — частное агентство занятости, лицензия № KZ-PEA-0142\nЧехия, завод. Зарплата 33 000 крон брутто. Тел.: +7 (7172) 555-103";
    expect(newEngine(registry).check(ad).flags.map((f) => f.id)).toContain("licence_name_mismatch");
    // Described as an employer, it says nothing about whose licence the number is.
    expect(newEngine(registry).check(ad.replace("частное агентство занятости", "завод пластиковых деталей")).flags.map((f) => f.id)).not.toContain("licence_name_mismatch");
  });

  it("capitalised words opening the licence number's line, then a bracket, are the name that claims it", () => {
    const registry = new MemoryRegistry([operator({ country: "KG", registry: "KG-MLSSM", licenceNo: "KG-L-2118", name: "Kok-Jar Emgek Bridge LLC", city: "Osh" })]);
    const engine = newEngine(registry);
    const ad = "Osh Global Recruitment (лицензия № KG-L-2118)\nВенгрияга 25 оператор керек, айлык 560 000 форинт. Ош ш., тел.: +996 770 000 218";
    expect(engine.check(ad).flags.map((f) => f.id)).toContain("licence_name_mismatch");
    expect(engine.check(ad.replace("Osh Global Recruitment", "Kok-Jar Emgek Bridge")).flags.map((f) => f.id)).toContain("licensed_recruiter");
    // "Our OEP licence …" opens the line with words, not with a name.
    expect(engine.check("Hamari OEP licence 2118/KHI hai. Qatar k liye 20 electrician.").entities.companies).toEqual([]);
  });

  it("once licence and name agree, a lapsed operator's likeness elsewhere in the ad is not a revoked licence", () => {
    const registry = new MemoryRegistry([
      operator({ country: "KZ", registry: "KZ-MLSP", licenceNo: "KZ-PEA-7391", name: "Alatau Student Travel LLP", city: "Almaty" }),
      lapsedNamesake,
    ]);
    const ad =
      "🌞 WORK AND TRAVEL USA 2027 — тіркеу ашық!\n«Alatau Student Travel» ЖШС, лицензия № KZ-PEA-7391 (Алматы).\n" +
      "Күндізгі бөлімнің студенттері, ағылшын тілі B1. Бағдарлама құны шартта жазылған, кеңседе чекпен төленеді. " +
      "Алматы, Абай даңғ. 52, 3-кеңсе, +7 727 555 01 90";
    const v = newEngine(registry).check(ad);
    expect(v.registry).toEqual(expect.arrayContaining([expect.objectContaining({ kind: "licence_active", nameMatches: true })]));
    expect(v.flags.map((f) => f.id)).not.toContain("revoked_licence");
  });
});

describe("a licensed operator's name beside a phone from another country", () => {
  const ukOperator = operator({ country: "GB", registry: "UK-SWS", licenceNo: null, name: "Meadow Harvest Labour Ltd", city: "Kent" });
  const engine = newEngine(new MemoryRegistry([ukOperator]));
  const about = "Улуу Британияда сезондук жумуш: Meadow Harvest Labour Ltd лицензиялуу оператору. Жер-жемиш терүү, 6 айга чейин.";

  it("is impersonation when nobody else in the advert answers on that number", () => {
    const v = engine.check(`${about}\nБайланыш: +996 555 000 321`, { today: "2026-12-01" });
    expect(v.flags.map((f) => f.id)).toContain("brand_impersonation");
  });

  it("is the state agency that recruits with the operator when the advert names it, on a number of the advert's home country", () => {
    const v = engine.check(`${about}\nТандоону Чет өлкөлөрдө жумушка орноштуруу борбору өткөрөт. Байланыш: +996 312 555 321`, { today: "2026-12-01" });
    expect(v.flags.map((f) => f.id)).not.toContain("brand_impersonation");
    // Still the operator's name with a number from a third country: impersonation wins.
    const elsewhere = engine.check(`${about}\nТандоону Чет өлкөлөрдө жумушка орноштуруу борбору өткөрөт. Байланыш: +971 50 555 0321`, { today: "2026-12-01" });
    expect(elsewhere.flags.map((f) => f.id)).toContain("brand_impersonation");
  });

  it("is the operator's own line when a number written without a country code is one of its country's, not the reader's", () => {
    const farm = "Kent strawberry farm, 60 pickers for 2027. Our overseas team comes through Meadow Harvest Labour Ltd, the licensed scheme operator.";
    expect(engine.check(`${farm} Farm office 01795 555 014`, { today: "2026-12-01" }).flags.map((f) => f.id)).not.toContain("brand_impersonation");
    // A Pakistani mobile written the same way is still Pakistani.
    expect(engine.check(`${farm} Call 0345 0000712`, { today: "2026-12-01" }).flags.map((f) => f.id)).toContain("brand_impersonation");
  });
});

describe("a name as close to two registry entries", () => {
  const kgAgency = operator({ country: "KG", registry: "KG-MLSSM", licenceNo: "KG-L-7001", name: "Ak Jol Kadr LLC", city: "Osh" });
  const uzAgency = operator({ country: "UZ", registry: "UZ-MA", licenceNo: "UZ-XBA-7001", name: "Ak Jol Kadr MChJ", city: "Andijan" });
  const engine = newEngine(new MemoryRegistry([kgAgency, uzAgency]));

  it("is the one from the country the advert's phones are in", () => {
    const v = engine.check("Registration for the EPS-TOPIK test, Korea E-9, through «Ak Jol Kadr» MChJ, Andijan. Hotline +998 74 555 00 42", { today: "2026-12-01" });
    const found = v.registry.find((f) => f.kind === "name_found");
    expect(found && "operator" in found ? found.operator.country : null).toBe("UZ");
    expect(v.flags.map((f) => f.id)).not.toContain("brand_impersonation");
  });
});

describe("a warning that names a company refused a licence", () => {
  const refused = operator({ country: "TJ", registry: "TJ-MS", licenceNo: null, name: "Sabzazor Kor", status: "invalid", city: "Dushanbe" });
  const engine = newEngine(new MemoryRegistry([refused]));

  it("quotes the company, with words between the licence and 'was not given'", () => {
    const v = engine.check(
      "Вазорати меҳнат огоҳ месозад: ба ширкати «Сабзазор Кор» иҷозатнома барои фиристодани коргарон ба хориҷа дода нашудааст. Маълумот: mehnat.tj",
      { today: "2026-12-01" },
    );
    expect(v.flags.map((f) => f.id)).not.toContain("revoked_licence");
  });
});

describe("names that are not a recruiter's", () => {
  const engine = newEngine();
  const flags = (text: string) => engine.check(text, { today: "2026-12-01" }).flags.map((f) => f.id);

  it("the regulator named by an official-channel cue", () => {
    expect(flags("کینیڈا فارم ورکرز۔ بیورو آف امیگریشن و اوورسیز ایمپلائمنٹ سے براہِ راست بھرتی کی اجازت: DE-0101/2026۔ درخواست: hr@greenfield-farms.ca")).not.toContain(
      "unlicensed_recruiter",
    );
  });

  it("a name introduced as the employer's, even with a staffing word in it", () => {
    expect(flags("Склад, Подольск. Работодатель: ООО «СкладПро Кадры», сайт skladpro-kadry.ru, зарплата 3 000 ₽ за смену")).not.toContain("unlicensed_recruiter");
  });

  it("a staffing agency hiring where it works, in a country whose own agencies hire migrants who come visa-free", () => {
    const ad = "Склад, Санкт-Петербург. Кадровое агентство «ПромКадры» набирает грузчиков, 3 000 ₽ за смену. Граждане ЕАЭС и с патентом. Тел. +7 812 555-00-27";
    expect(flags(ad)).not.toContain("unlicensed_recruiter");
    // The same agency recruiting from abroad, or for another country, still needs a licence it does not show.
    expect(flags(ad.replace("+7 812 555-00-27", "+998 90 000 12 34"))).toContain("unlicensed_recruiter");
    expect(flags(ad.replace("Санкт-Петербург", "Дубай").replace("+7 812 555-00-27", "+971 50 000 1234"))).toContain("unlicensed_recruiter");
    // With no phone, its own mailbox under the country's domain says where it is.
    expect(flags(ad.replace("Тел. +7 812 555-00-27", "Резюме: hr@promkadry.ru"))).not.toContain("unlicensed_recruiter");
    expect(flags(ad.replace("Тел. +7 812 555-00-27", "Резюме: hr@promkadry.uz"))).toContain("unlicensed_recruiter");
  });

  it("trade words only, numbered in a list", () => {
    expect(flags("Помните:\n2️⃣ Частное агентство занятости обязано иметь лицензию. Проверьте её на gov.uz/migration")).not.toContain("unlicensed_recruiter");
  });
});

describe("a licensed recruiter asking what a stage or a catalogue job needs", () => {
  const registry = new MemoryRegistry([operator({ country: "KG", registry: "KG-MLSSM", licenceNo: "KG-L-4286", name: "Osh Nur Kadr LLC", city: "Osh" })]);
  const ad = (recruiter: string) =>
    `${recruiter} — summer season, Antalya, Türkiye\nEmployer: Lara Sunfield Hotels & Resorts, Lara, Antalya\nVacancies: show dancers (girls and boys), animators\nRequirements: age 19–30, dance background.\nSend CV with photos (face + full length) to jobs@oshnurkadr.kg\nSeason contract with the hotel; work permit issued by the hotel. Our services are free for candidates.\n+996 555 000 641`;
  const flags = (text: string) => newEngine(registry).check(text, { today: "2026-12-01" }).flags.map((f) => f.id);

  it("is no trafficking sign when the recruiter is licensed under its name and says who employs", () => {
    expect(flags(ad("Osh Nur Kadr LLC (licence KG-L-4286)"))).not.toContain("trafficking_risk");
  });

  it("is one from a recruiter the registry does not know, or one not named as its licence's holder", () => {
    expect(flags(ad("Tulpar Stage Kadr LLC (licence KG-L-4299)"))).toContain("trafficking_risk");
    expect(flags(ad("Tulpar Stage Kadr LLC (licence KG-L-4286)"))).toContain("trafficking_risk");
  });
});

describe("a company found in the registry by its name alone", () => {
  const ravi = operator({ licenceNo: "7002/LHR", name: "Ravi Bridge Manpower Services (Pvt) Ltd", city: "Lahore" });
  const kokzhiek = operator({ country: "KZ", registry: "KZ-MLSP", licenceNo: "KZ-PEA-7003", name: "Kokzhiek Employment LLP", city: "Almaty", status: "expired" });
  const engine = newEngine(new MemoryRegistry([ravi, kokzhiek]));
  const flags = (text: string) => engine.check(text, { today: "2026-12-01" }).flags.map((f) => f.id);

  it("is not a Lahore recruiter because both names hold 'Bridge'", () => {
    const found = flags("Koreyaga ishga: «Euro Bridge Kadr» MChJ, Toshkent, Yunusobod 4. Tel +998 71 555 20 20");
    expect(found).not.toContain("brand_impersonation");
    expect(found).not.toContain("licensed_recruiter");
  });

  it("is not a lapsed recruiter whose name sounds alike but is spelled otherwise", () => {
    const found = flags("Camp cooks for an oil field in Atyrau. Employer: Akzhaiyk Camp Catering LLP, Atyrau, hr@akzhaiykcatering.kz. EAEU citizens need no work permit.");
    expect(found).not.toContain("revoked_licence");
  });

  it("is the lapsed recruiter when the name is its name", () => {
    expect(flags("Жұмыс Кореяда. «Кокжиек Эмплоймент» ЖШС, Алматы. Тел +7 701 555 0301")).toContain("revoked_licence");
  });
});
