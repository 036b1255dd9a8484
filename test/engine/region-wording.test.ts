import { describe, expect, it } from "vitest";
import { MemoryRegistry } from "../../src/registry/memory.ts";
import { operator } from "../helpers/operator.ts";
import { shippedEngineWith } from "../helpers/engine.ts";

/** Words of the region's adverts that read as a sign and are not one, or the other way round. */
describe("more of the region's wording", () => {
  const engine = shippedEngineWith();
  const check = (text: string) => engine.check(text, { today: "2026-12-01" });

  it("the national airline's name with a free mailbox and a fee is impersonation", () => {
    expect(check("Air Astana бортсеріктерді іріктейді. Түйіндемені air.astana.hr2027@gmail.com поштасына жіберіңіз. Тіркеу жарнасы — 15 000 тг.").flags.map((f) => f.id)).toContain(
      "brand_impersonation",
    );
  });

  it("passports collected by the foreman and pay every three months are trafficking signs", () => {
    const v = check("Ба заводи хишт коргарон лозим. Маош 60 ҳазор, ҳисоб ҳар 3 моҳ. Шиносномаҳоро бригадир ҷамъ мекунад. Фақат WhatsApp +7 928 555 00 12");
    expect(v.flags.map((f) => f.id)).toContain("trafficking_risk");
  });

  it("a 'mountain path' after a visit visa is an irregular route", () => {
    expect(check('Bosnia visit visa, phir aagay "pahari rasta" 3 din, guide sath. Package 15 lac. DM karein').crime).toBe("smuggling");
  });

  it("a service fee with what it covers in brackets is still a fee", () => {
    const v = check("Улуу Британия ферма жумушу. Биздин кызмат (анкета, CV, маекке даярдоо) — 1 000 $, келишимде 50%. Тел +996 555 000 101");
    expect(v.flags.map((f) => f.id)).toContain("upfront_fee");
  });
});

describe("the region's wording, lawful and not, as round 10 found it", () => {
  const engine = shippedEngineWith();
  const flags = (text: string) => engine.check(text, { today: "2026-12-01" }).flags.map((f) => f.id);

  it("a Protector permission written year first is not a licence number", () => {
    expect(engine.check("Saudi drivers. Potohar Overseas – OEP 3310/RWP – PE Perm. 2026/RWP/4012. Trade test Rawalpindi").entities.licences.map((l) => l.raw)).toEqual(["3310/RWP"]);
  });

  it("a harvest job at home is not the UK seasonal scheme", () => {
    expect(flags("«Тобыл Агро» ЖШС егін жинау маусымына комбайнерлер керек. Тіркеу жарнасы 5 000 ₸. +7 705 555 20 41")).not.toContain("scheme_misuse");
    expect(flags("Англияда егін жинау маусымы, CoS беремиз. Тіркеу жарнасы 500 $. WhatsApp +7 705 555 20 42")).toContain("scheme_misuse");
  });

  it("Korea's E-9 without the EPS-TOPIK exam, from anyone but the state, is the scheme sold privately, money asked or not", () => {
    const ad = "Koreyaga ishga — E-9 viza. Zavod o'zi taklifnoma beradi, shu sababli EPS-TOPIK imtihonini topshirish shart emas. Oylik 2 300 000 von. Ofis: Samarqand, Registon ko'chasi 31, +998 66 555 41 09";
    expect(flags(ad)).toContain("scheme_misuse");
    // The state agency's own notice may say what is not needed.
    expect(flags(`Migratsiya agentligi xabar beradi: ${ad.replace("Zavod o'zi taklifnoma beradi, shu sababli EPS-TOPIK imtihonini topshirish shart emas.", "Tajriba shart emas, EPS-TOPIK imtihoni bor.")}`)).not.toContain("scheme_misuse");
  });

  it("a hirer reachable where the job is, in a country the region's workers go to on their own, speaks for an informal post", () => {
    const post = "Москва, Люблино, швейный цех — тигүүчү кыздар керек, 20–45 жаш. Сдельно, орточо 70–90 миң. Кыргызстандын жарандарына патент керек эмес. WhatsApp +7 916 555 0742 Нургүл эже";
    expect(engine.check(post, { today: "2026-12-01" }).risk).toBe("low");
    // The same post from a number at home is a recruiter selling work abroad without saying who it is: no employer's
    // detail speaks for it, and its risk rests on how it is worded (wording.test.ts).
    const fromHome = engine.check(post.replace("+7 916 555 0742", "+996 555 000 742"), { today: "2026-12-01" });
    expect(fromHome.flags.map((f) => f.id)).not.toContain("employer_details");
    const signs = (v: { flags: { weight: number }[] }) => v.flags.reduce((z, f) => z + f.weight, 0);
    expect(signs(fromHome)).toBeGreaterThan(signs(engine.check(post, { today: "2026-12-01" })));
    // And a number in a country where people are not hired on the spot proves nothing.
    expect(flags(post.replace("Москва, Люблино", "Дубай").replace("+7 916 555 0742", "+971 50 555 0742"))).not.toContain("employer_details");
  });

  it("a visa named to refuse it is no offer of work on it", () => {
    const workshop = "Кайсери, мебель цехига дурадгорлар керак. Çalışma izni ва SGK ни фирма қилади, туристик виза билан олмаймиз. Маош 35 минг лира. Тел: +90 352 555 71 04";
    expect(flags(workshop)).not.toContain("wrong_visa_type");
    expect(flags(workshop.replace("туристик виза билан олмаймиз", "туристик виза билан борасиз"))).toContain("wrong_visa_type");
    expect(flags("Посольство предупреждает: въезд по K-ETA без права трудоустройства. Работа на заводе в Корее только по рабочей визе.")).not.toContain("wrong_visa_type");
    const restaurant = "Seoul restaurant is hiring a kitchen helper, 2.4 million won a month. We do not hire on C-3 tourist visa. Call Akmal: 010-5550-2741";
    expect(flags(restaurant)).not.toContain("wrong_visa_type");
    expect(flags(restaurant.replace("We do not hire on C-3 tourist visa", "Come on a C-3 tourist visa"))).toContain("wrong_visa_type");
  });

  it("a state scheme sold privately is a job offer even with no contact but an office, and the exam 'cleared on our side' is no requirement", () => {
    const v = engine.check("کوریا کے لیے E-9 ورک ویزا۔ زبان کا امتحان ہم اپنی طرف سے کلیئر کروا دیتے ہیں۔ دفتر تشریف لائیں: فیصل ٹاؤن، لاہور۔", { today: "2026-12-01" });
    expect(v.isJobAd).toBe(true);
    expect(v.flags.map((f) => f.id)).toEqual(expect.arrayContaining(["scheme_misuse", "no_requirements"]));
  });

  it("the region's trafficking and forgery wording: a passport that stays with HR, a border crossed at night, certificates 'we make'", () => {
    expect(flags("Passport visa processing ke baad bhi company HR ke paas rahega (company policy). Salary AED 3,500. WhatsApp +971 50 555 0284")).toContain("trafficking_risk");
    expect(flags("From Belgrade our driver takes the group to the Hungarian border at night, then to Germany. Price 3,800 $. Telegram @evro_doroga")).toContain("smuggling_route");
    expect(flags("Делаем: справку о трудовом стаже с печатью больницы, диплом колледжа. Пишите в телеграм: @docs_help")).toContain("document_forgery");
  });

  it("a direct visa with the Protector done by the worker is a lawful route, not a 'no requirements' lure", () => {
    expect(flags("دبئی ریسٹورنٹ کو کک چاہیے، تنخواہ 2200 درہم۔ ویزا اور ٹکٹ ہم لگائیں گے۔ پروٹیکٹر آپ ڈائریکٹ ویزا پر خود کروائیں گے۔ فون 04 555 0218")).not.toContain("no_requirements");
  });

  it("'if someone says «…», do not believe' is a warning", () => {
    const review = "Отзыв: «Ак-Суу Эмгек Аброад» аркылуу Чехияга бардым, 2 жыл иштедим. Визаны завод төлөдү, айлык картага түштү. Кимдир бирөө «Чехияга 3000$ тез жиберем» десе ишенбегиле.";
    expect(flags(review)).toContain("anti_fraud_notice");
    expect(engine.check(review, { today: "2026-12-01" }).risk).toBe("low");
  });

  it("'no prepayment of any kind' in Tajik says no fee is asked", () => {
    expect(flags("Склад дар Подольск, музд 3 800 рубл дар як смена. Пешпардохт ягон хел нест — кор карди, пул гирифти. +7 (4967) 55-50-13")).not.toContain("upfront_fee");
  });

  it("a price followed by a percent is a discount, not a fee", () => {
    expect(flags("Хӯроки корпоративӣ бо нархи 50%. Маош 80 000 руб, ООО «Тверской Двор»")).not.toContain("upfront_fee");
  });

  it("'working after coming as a tourist — no' is a lawful statement", () => {
    expect(flags("Istanbulda sexga usta kerak. Ish ruxsatnomasi sex nomidan. Turist bo'lib kelib ishlash yo'q, deport bo'lasiz. +90 532 555 0071")).not.toContain(
      "wrong_visa_type",
    );
  });

  it("a payment made every day to a card is the pay", () => {
    expect(flags("Курьер керек. Күніне 12 000 ₸. Төлем күн сайын Kaspi-ге. «Жылдам Жеткізу» ЖШС")).not.toContain("payment_channel");
  });

  it("a typing job abroad with the flight and the room free is a scam compound's lure; a named trade beside it is not", () => {
    const engine = shippedEngineWith();
    const lure = engine.check("Typing job in Dubai office, 900$ monthly. Air ticket and room free! Basic English ok. Telegram @dxb_typing_555", { today: "2026-12-01" });
    expect(lure.crime).toBe("trafficking");
    const trades = engine.check("Dubai: typing job and driver, loader posts, 2,000 AED. Air ticket and room free. Telegram @dxb_jobs_555", { today: "2026-12-01" });
    expect(trades.flags.map((f) => f.id)).not.toContain("trafficking_risk");
  });

  it("a licence holder is named without the city its registered name begins with", () => {
    const holder = operator({ country: "UZ", registry: "UZ-MA", licenceNo: "UZ-XBA-0458", name: "Samarqand Silk Way Staffing xususiy bandlik agentligi", status: "active", city: "Samarkand" });
    const engine = shippedEngineWith(new MemoryRegistry([holder]));
    const advert = (name: string) =>
      engine.check(`«${name}» хусусий бандлик агентлиги (лицензия UZ-XBA-0458)\nЧехияга пайвандчилар керак, ойлик 1 600 евро, шартнома 2 йил.\nТел: +998 66 555 04 58`, { today: "2026-12-01" });
    // English words spelled by ear in Cyrillic differ enough that the city word alone would tip the comparison.
    expect(advert("Силк Вэй Стаффинг").flags.map((f) => f.id)).not.toContain("licence_name_mismatch");
    expect(advert("Ориент Стар Стаффинг").flags.map((f) => f.id)).toContain("licence_name_mismatch");
  });

  it("a notice that a licence has expired or was cancelled quotes the company", () => {
    const refused = operator({ country: "TJ", registry: "TJ-MS", licenceNo: "TJ-MS-0777", name: "Hisor Mehnat Pul", status: "expired", city: "Hisor" });
    const v = shippedEngineWith(new MemoryRegistry([refused])).check(
      "ХАДАМОТИ МУҲОҶИРАТ ОГОҲ МЕСОЗАД\n\nМӯҳлати иҷозатномаи ҶДММ «Ҳисор Меҳнат Пул» (TJ-MS-0777) ба охир расидааст. Рӯйхати пурра дар сомонаи mehnat.tj.",
      { today: "2026-12-01" },
    );
    expect(v.flags.map((f) => f.id)).not.toContain("revoked_licence");
  });
});
