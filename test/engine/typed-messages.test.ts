import { describe, expect, it } from "vitest";
import { MemoryRegistry } from "../../src/registry/memory.ts";
import { checker, offerOf, shippedEngineWith } from "../helpers/engine.ts";
import { operator } from "../helpers/operator.ts";

/** Messages typed on a phone, or a voice note the phone wrote down (round 36): no punctuation, slang, sums in words. */
const { check, flags } = checker();
const offer = (text: string) => offerOf(check(text));

describe("scams typed as they are said", () => {
  it("en: 'our driver takes you over to Austria, you don't need schengen visa' is a route", () => {
    expect(check("bro job in vienna hotel 1800 euro. u fly to sarajevo urself then our driver picks u and takes you over to austria, u dont need schengen visa, papers we make there. 2500 euro when u reach").crime).toBe("smuggling");
  });

  it("ru: a retold 'visa a hundred percent' said in words, with the sum in words", () => {
    const v = offer("добрый день мне в тиктоке написали работа в польше на складе виза сто процентов за две недели только надо перевести триста долларов на карту за документы это правда");
    expect(v.risk).not.toBe("low");
  });

  it("ur-Latn: a Korea visa 'exam ke bagair' is sold without what the scheme requires", () => {
    expect(flags("bhai ek banda bol raha he korea ka visa exam ke bagair lagwa dega 2 lakh pehle dene hain kya ye theek he")).toContain("no_requirements");
  });

  it("ur: a pilgrimage visa ('زیارت کا ویزا') and 'our own men at the border'", () => {
    expect(offer("بھائی ایک ایجنٹ کہہ رہا ہے زیارت کا ویزا لگوا کر ایران سے آگے لے جائے گا بارڈر پر اپنے بندے ہیں چھ لاکھ لگیں گے").crime).toBe("smuggling");
  });

  it("uz-Cyrl / uz-Latn: passports kept by the workshop's bosses until the debt is paid", () => {
    expect(check("Қозонда тикув цехига аёллар керак. йўл пулини биз тўлаймиз. паспортлар цех раҳбариятида сақланади қарз тугагунча. ойлик 50 минг. телеграм +998 90 555 11 22").crime).toBe("trafficking");
    expect(check("Qozonda tikuv sexiga ayollar kerak. yo'l pulini biz to'laymiz, keyin oylikdan ushlaymiz. pasportlar sex rahbariyatida saqlanadi qarz tugaguncha. telegram +998 90 555 11 22").crime).toBe("trafficking");
  });
});

describe("honest messages typed as they are said", () => {
  it("en: 'don't come on tourist visa' refuses that visa", () => {
    expect(flags("antalya hotel need 3 waiters, boss makes work permit legal. 25000 TL + food. dont come on tourist visa, only with permit. telegram @ali_antalya_hr")).not.toContain("wrong_visa_type");
  });

  it("en: a shift rate in migrants' Russian ('per smena') paid onto a card every 2 weeks is wages", () => {
    const found = flags("need 3 loaders for warehouse in kazan, 2800 rub per smena, on card every 2 weeks, patent needed. telegram @rustam_kzn");
    expect(found).not.toContain("upfront_fee");
    expect(found).not.toContain("payment_channel");
  });

  it("tg: a piece rate for a range of prices ('нарх 1000-1300 метри квадрат') is pay at both ends", () => {
    expect(flags("сувоқчи лозим Краснодар нарх 1000-1300 метри квадрат пулро хар хафта медихем ватсап +7 918 555 22 33")).not.toContain("upfront_fee");
  });

  it("ur-Latn: a returned worker's 'samjho fraud he, mat phansna' is a warning", () => {
    const v = check("bhaiyo UK seasonal visa ka suno main khud gaya tha, ye sirf operators k zariye hota he jese pro-force, fruitful jobs. koi agent lakhon mange ya whatsapp pe paise mange samjho fraud he mat phansna");
    expect(v.risk).toBe("low");
    expect(v.flags.map((f) => f.id)).toContain("anti_fraud_notice");
  });
});

describe("Kyrgyz and Kazakh typed on a Russian keyboard", () => {
  it.each<[string, "ky" | "kk"]>([
    ["астанадагы дуканга сатуучу эже керек тамак ушул жерде айлыгы 250 миң тенге ватсапка жазыныз", "ky"],
    ["маскеуде коймага жук тиеуши керек смена 12 саг жатакана бар озин толейсин регистрация жасап беремиз телеграм жазындар", "kk"],
    ["бишкекте цехке тигиншилер керек айына 60 мын сом тамак бар жумыска алып жатырмыз ватсапка жазындар", "kk"],
  ])("%s is %s", (text, language) => {
    expect(check(text).language).toBe(language);
  });
});

describe("what a typed message names that is no sign (round 37)", () => {
  it.each([
    ["ur: the cars a denter has worked on", "دمام میں ورکشاپ کیلئے مکینک چاہیے ٹویوٹا ہونڈا پہ کام کیا ہو تنخواہ 2000 ریال صرف واٹس ایپ 0301 0000555"],
    ["en: the air conditioners a technician has repaired", "need AC technician in doha, experience with samsung and lg split units, 2500 QR, whatsapp only +974 5555 0101"],
    ["ur: the UAE's identity card, not the airline", "دبئی میں کلینر چاہئیں ویزا میڈیکل اور ایمریٹس آئی ڈی کمپنی کے خرچے پر تنخواہ 1500 درہم واٹس ایپ +971 50 555 0101"],
  ])("%s is no borrowed brand", (_, text) => {
    expect(flags(text)).not.toContain("brand_impersonation");
  });

  it("a brand that hires, with money asked on a messenger, still is", () => {
    expect(flags("Samsung factory Korea jobs, registration 500$ first, whatsapp only +82 10 5555 0101")).toContain("brand_impersonation");
  });

  it("ky: pay per kilometre said before the amount ('километрине 25 руб') is a rate, not a fee", () => {
    expect(flags("фурага айдоочу керек, төлөм километрине 22 руб, айына 150 миң чыгат. ватсап +7 916 555 01 01")).not.toContain("upfront_fee");
  });

  it("ur: 'beware of those who tell you to work on a visit visa' warns against it", () => {
    expect(flags("ریاض ہوٹل کیلئے ویٹر چاہئیں ورک ویزا ہے اقامہ بنے گا وزٹ ویزے پہ کام کا کہنے والوں سے بچو تنخواہ 1200 ریال واٹس ایپ 0302 0000555")).not.toContain("wrong_visa_type");
  });

  it("uz-Latn: 'patent tayyor bo'lsin' asks the worker to have his patent, no one sells one", () => {
    expect(flags("Lyubersi sklad gruzchik kerak, smenaga 3000, patent tayyor bo'lsin. Anvar +7 925 555 01 01 watsap")).not.toContain("document_forgery");
    expect(flags("tayyor patent 3 kunda, 200$ oldindan, telegram @patent_tez")).toContain("document_forgery");
  });

  it("ur-Latn: a licence read out in a voice note ('1290 slash RWP') is the registry's", () => {
    const registry = new MemoryRegistry([operator({ licenceNo: "1290/RWP", name: "Chaklala Overseas Employment Promoters" })]);
    const v = shippedEngineWith(registry).check("assalam o alaikum chaklala overseas se baat kar raha hun hamara licence number 1290 slash RWP hai saudi ke liye driver chahiye service charge chay hazar raseed ke saath", { today: "2026-12-01" });
    expect(v.flags.map((f) => f.id)).toContain("licensed_recruiter");
    expect(v.flags.map((f) => f.id)).not.toContain("unlicensed_recruiter");
  });

  it("ur: a bike licence required on one line and the seats on the next are no licence number", () => {
    expect(flags("دبئی کیلئے بائیک رائیڈر چاہئیں\nپاکستانی بائیک لائسنس ضروری\nسیٹیں 25 ہیں\nرابطہ 0301 0000555")).not.toContain("unlicensed_recruiter");
  });

  it("en: 'full driving licence.' ending a line, and the pay on the next, are no licence number (round 48)", () => {
    const v = check("You need: 2 seasons on a dairy farm, full driving licence.\n\nPay NZD 29.50/hr, about 50 hrs a week. Apply: jobs@tokoroadairy.co.nz");
    expect(v.entities.licences).toEqual([]);
    expect(v.flags.map((f) => f.id)).not.toContain("unlicensed_recruiter");
  });

  it("en: 'Licence No.: 1734/LHR' on the keyword's line is still the licence", () => {
    expect(check("Gujranwala Star Overseas, Licence No.: 1734/LHR — electricians for Riyadh").entities.licences.map((l) => l.canonical)).toEqual(["1734/LHR"]);
    expect(check("Licence No.: KZ-PEA-0734. Сварщики в Оман").entities.licences.map((l) => l.canonical)).toEqual(["KZ-PEA-0734"]);
  });
});
