import { describe, expect, it } from "vitest";
import { checker } from "../helpers/engine.ts";

/** The UK beyond the seasonal scheme, and workers who come back (round 98). */
const { check, flags } = checker();

describe("sponsorship sold to care workers who lost their sponsor", () => {
  it("ur-Latn: 'admin & compliance charges', half before the CoS, is a fee up front", () => {
    const text = "Agar ap ka sponsor licence revoke ho gaya hai to pareshan na hon. Hamare paas 3 care homes ki taraf se genuine CoS available hain.\nAdmin & compliance charges £4,500 (half CoS se pehle, half CoS milne par). Receipt di jati hai.\nWhatsApp: +44 7555 000 291";
    expect(flags(text)).toContain("upfront_fee");
    expect(check(text).risk).not.toBe("low");
  });
});

describe("notices that help returnees", () => {
  it("ky: a licensed agency that refuses to 'remove' an entry ban is no route and no forgery", () => {
    const text = "Жаны Тилек Кадр ЖЧК Россиядан кайтып келгендерди кайра чакырат! МААНИЛУУ: запретиниз текшерилет. Запрет бар болсо биз жибере албайбыз жана «запретти алдырып беребиз» дебейбиз. Агенттиктин кызматы жумушчу учун акысыз.";
    const found = flags(text);
    expect(found).not.toContain("smuggling_route");
    expect(found).not.toContain("document_forgery");
  });

  it("ky: 'even with a ban' and 'we remove the ban' stay a route and a forgery", () => {
    const found = flags("Запрет бар болсо да маселе жок, запретти алдырып беребиз. 500$ алдын ала. +996 555 000 111");
    expect(found).toContain("smuggling_route");
    expect(found).toContain("document_forgery");
  });

  it("uz-Cyrl: a ministry press service warning against 'new surname, new passport' offers", () => {
    const text = "ИИВ Миграция ва фуқароликни расмийлаштириш бош бошқармаси матбуот хизмати\n\n«Никоҳ қилиб фамилиянгизни ўзгартирамиз, янги паспорт билан Россияга бемалол кирасиз» — ижтимоий тармоқларда тарқалаётган бундай таклифлар ҳақида огоҳлантирамиз.\n\nСохта никоҳ ёки сохта ҳужжат асосида паспорт олиш Жиноят кодексига кўра жавобгарликка сабаб бўлади.";
    expect(check(text).risk).toBe("low");
  });

  it("tg: a shelter that asks people to report suspicious adverts quotes them", () => {
    const text = "Хатти ёрӣ 24/7: (37) 555-00-45\n\nДар бораи эълонҳои шубҳанок — «хостес», «администратор дар клуб», «18–25, аксатонро фиристед» — ба мо хабар диҳед.";
    expect(flags(text)).not.toContain("trafficking_risk");
  });

  it("ur-Latn: a helpline that takes complaints about kept passports and fake agents", () => {
    const text = "Overseas Pakistanis Helpline / Shikayat Cell\nKin masail mein madad:\n- Tankhwah na milna, passport employer ke paas rok lena, zabardasti kaam\n- Jaali OEP / agent ki shikayat";
    expect(flags(text)).not.toContain("trafficking_risk");
  });

  it("ur-Latn: a students' session on why 'sponsorship for £10k' ads are fraud", () => {
    const text = "Student visa par 20 ghante se zyada kaam visa ki khilaf warzi hai.\n- \"Sponsorship £10k mein\" wale ads kyun fraud hain aur kahan report karein";
    expect(check(text).risk).toBe("low");
  });
});

describe("after the sponsor is gone", () => {
  it("kk: the passport 'kept in the company office for safety' is trafficking", () => {
    const text = "Ұлыбританиядағы күтім үйлеріне әйел күтушілер керек (22–40 жас). Виза шығынын жұмыс беруші төлейді, сіз оны жалақыдан өтейсіз. Құжаттарыңыздың қауіпсіздігі үшін төлқұжатыңыз компания кеңсесінде сақталады. care.recruit.0000@gmail.com";
    expect(check(text).crime).toBe("trafficking");
  });

  it("kk: saying the passport is not kept in the office is no sign", () => {
    expect(flags("Төлқұжатыңыз компания кеңсесінде сақталмайды, ол өзіңізде болады.")).not.toContain("trafficking_risk");
  });

  it("ur-Latn: a car from Belfast to Dublin with 'no border or checking' is a route", () => {
    const text = "Jin doston ka UK mein sponsor khatam ho gaya un ke liye ek rasta hai. Hamara banda Belfast se Dublin tak gaari mein le jata hai, beech mein koi border ya checking nahi hoti. £1,800, inbox karein.";
    expect(check(text).crime).toBe("smuggling");
  });
});
