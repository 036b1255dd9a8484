import { describe, expect, it } from "vitest";
import { checker } from "../helpers/engine.ts";

/** What an honest advert says it does not do, in the words of the region: no sign of what it refuses. */
const { check, flags } = checker();

describe("an employer refusing to employ on a visit or tourist visa", () => {
  it.each([
    ["uz-Latn", "Dubayda oshxonaga oshpaz kerak. Ish vizasi bizdan. Turist vizada kelib ishlash yo'q, faqat ish vizasi bilan.\nMaosh 2 500 AED. Tel +971 55 555 0101"],
    ["uz-Cyrl", "Истанбулда тикув цехига тикувчилар керак. Иш рухсатномасини биз оламиз. Меҳмон визада ишлатмаймиз.\nОйлик 30 минг лира. Тел +90 532 555 01 02"],
    ["kk", "Стамбулдағы мейрамханаға даяшы керек. Жұмыс рұқсатын өзіміз ашамыз. Туристік визамен келіп жұмыс істеу деген бізде жоқ.\nЖалақы 30 000 TL. Тел +90 555 000 11 22"],
  ])("%s", (_, text) => {
    expect(flags(text)).not.toContain("wrong_visa_type");
  });

  it("still flags work offered on a tourist visa", () => {
    expect(flags("Стамбулдағы мейрамханаға даяшы керек. Туристік визамен келесіз, жұмыс бірден.\nЖалақы 30 000 TL. Тел +90 555 000 11 22")).toContain("wrong_visa_type");
  });
});

describe("fees named, in quotation marks, to refuse them", () => {
  const text = "Тюмень, курулуш. Аңгемелешүү эртең саат 10:00дө.\nБиз эч кандай «каттоо акысы», «анкета акысы» албайбыз.\nДарек: Токтогул 125, 3-кабат. Тел: +996 700 555 042";

  it("are no upfront fee, and the house number beside them is no fee either", () => {
    const v = check(text);
    expect(v.flags.map((f) => f.id)).not.toContain("upfront_fee");
    expect(v.entities.money.filter((m) => m.kind === "fee")).toEqual([]);
  });

  it("are a fee when the advert asks them", () => {
    expect(flags("Тюмень, курулуш. «Каттоо акысы» 5000 сом, алдын ала төлөйсүз.\nТел: +996 700 555 042")).toContain("upfront_fee");
  });
});

describe("a warning not to send money, and a state body saying it takes none", () => {
  it("«олдиндан пул ташламанг» is no upfront fee", () => {
    expect(flags("Польшада олма богига ишчилар керак. Ферма: Kowalczyk, ul. Sadowa 14, Grójec.\nШахсий картага олдиндан пул ташламанг, биз ҳеч нарса сўрамаймиз.\nТел +48 600 555 214")).not.toContain("upfront_fee");
  });

  it("the OEC receiving no fee in EasyPaisa or JazzCash is no payment channel", () => {
    expect(flags("او ای سی — سعودی عرب کے لیے نرسیں۔ درخواست صرف www.oec.gov.pk پر۔\nاو ای سی کوئی فیس ایزی پیسہ، جاز کیش یا کسی ذاتی اکاؤنٹ میں وصول نہیں کرتا۔")).not.toContain("payment_channel");
  });
});

describe("who is behind an advert", () => {
  it("is a farm named by its legal form (КФХ)", () => {
    expect(flags("Ба фермаи мо КФХ Ахмедов Р.Н. (Волгоградская обл.) 10 нафар бахчакор даркор. Маош 60 000 руб мохона. Рахмон ака 8 904 555 3318")).not.toContain("no_company_details");
  });
});

describe("an irregular route offered beside a job", () => {
  it("onward to Italy by boat is smuggling", () => {
    expect(check("لیبیا ورک ویزا — تنخواہ 700 دینار۔ وہاں سے آگے اٹلی جانے والوں کے لیے بھی مکمل بندوبست موجود ہے (کشتی، 100% محفوظ)۔ رابطہ 0300 0000 555").crime).toBe("smuggling");
  });
});

describe("'neither any …' refusing a guarantee (Urdu and Roman Urdu 'na koi', 'na kisi')", () => {
  it.each([
    ["ur-Latn", "Hum sirf zuban sikhate hain. Course ke baad test aap khud book karein, na kisi job ki guarantee. Fee Rs 20,000 receipt ke sath.", "guaranteed_visa"],
    ["ur", "ہم صرف زبان سکھاتے ہیں، نہ کسی نوکری کی گارنٹی اور نہ ویزا دلواتے ہیں۔ فیس 20,000 روپے رسید کے ساتھ۔", "guaranteed_visa"],
  ])("%s: no %s", (_, text, flag) => {
    expect(flags(text)).not.toContain(flag);
  });

  it("the same words promised are still the sign", () => {
    expect(flags("Job ki guarantee, visa 100% lag jayega. Advance fee 50,000 pehle jama karwayen.")).toContain("guaranteed_visa");
    expect(flags("ہم صرف زبان سکھاتے ہیں، نوکری کی گارنٹی کے ساتھ۔ فیس 20,000 روپے۔")).toContain("guaranteed_visa");
  });
});

describe("a visa the advert refuses", () => {
  it.each([
    ["en", 'Call centre in Cebu, Russian speakers. We apply for your work permit and pay all costs; you travel on the work visa, no "come on a tourist visa first" shortcuts. careers.example-cebu.ph'],
    ["en", "Hotel housekeeping in Doha, QAR 1,800. Employment visa through the hotel — no visit visas. Apply hr@example-hotel.qa"],
  ])("%s: no wrong visa", (_, text) => {
    expect(flags(text)).not.toContain("wrong_visa_type");
  });

  it("en: a tourist visa offered is still the sign", () => {
    expect(flags("Job in a Dubai hotel. Come on a tourist visa first, we change it later. Fee 1,500 AED. WhatsApp +971 55 555 0102")).toContain("wrong_visa_type");
  });
});
