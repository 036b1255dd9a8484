import { describe, expect, it } from "vitest";
import { coreName, looksLikeRecruiter, nameSimilarity, SAME_NAME, withoutCity } from "../../src/engine/names.ts";

describe("nameSimilarity", () => {
  it.each([
    ["Sabz Pahar Overseas Employment Promoters", "سبز پہاڑ اوورسیز ایمپلائمنٹ پروموٹرز"],
    ["Noor-e-Saher Manpower Consultants", "Nur e Sahar Manpower"],
    ["Buxoro Mehnat Ko'prigi xususiy bandlik agentligi", "Бухоро Меҳнат Кўприги"],
    ["Ravi Kinara Overseas Employment Promoters", "RAVI KINARA OVERSEAS"],
    // Uzbek g' and o' against Cyrillic Ғ and Ў, and the agency's abbreviation (XBA) as a legal form.
    ["Buxoro G'ijduvon Kadr Yo'li xususiy bandlik agentligi", "Бухоро Ғиждувон Кадр Йўли ХБА"],
    // A compound spelled as two words in Urdu script.
    ["Hayatabad Pathway Overseas", "حیات آباد پاتھ وے اوورسیز"],
    // The advert's name read with the sentence's leading words ("the paperwork is done by …").
    ["کاغذی کارروائی پوٹھوہار اسکائی لائن اوورسیز", "Potohar Skyline Overseas"],
    // Short words whose consonants are spelled apart across scripts: Ж as "zh" against "j".
    ["Jangy Jol Emgek Partners LLC", "Жаңы Жол Эмгек"],
    // The izafat: "-e-" in Latin, a zer mark (or nothing) in Urdu script, read with the sentence's words before it.
    ["کاغذی کارروائی باغِ جناح اوورسیز ایمپلائمنٹ پروموٹرز", "Bagh-e-Jinnah Overseas Employment Promoters"],
    // A word-final ہ is a vowel, not the "h" of a "kh": برکہ is Barakah.
    ["برکہ اوورسیز ایمپلائمنٹ پروموٹرز", "Barakah Overseas Employment Promoters"],
    // ظ ض ذ are said z in Urdu, ث s: حافظ is Hafiz, الکوثر Al-Kausar.
    ["حافظ آباد اوورسیز ایمپلائمنٹ پروموٹرز", "Hafizabad Overseas Employment Promoters"],
    ["الکوثر اوورسیز ایمپلائمنٹ پروموٹرز", "M/S AL-KAUSAR OVERSEAS EMPLOYMENT PROMOTERS"],
    // An English x is the ks that Urdu and Cyrillic write out.
    ["Taxila Overseas Employment Promoters", "ٹیکسلا اوورسیز ایمپلائمنٹ پروموٹرز"],
    ["Express Kadr Servis", "Экспресс Кадр Сервис"],
    // "Agency" and the Tajik legal form as a Russian keyboard types them (ЧДММ for ҶДММ) are no part of the name.
    ["Kyial Overseas Agency LLC", "«Кыял Оверсиз Эйдженси» ЖЧК"],
    ["Tavakkal Job Group LLC", "ЧДММ Таваккал"],
    // "The office of" before an OEP's name in a notice.
    ["Hafizabad Overseas Employment Promoters", "دفتر حافظ آباد اوورسیز ایمپلائمنٹ پروموٹرز"],
    // Arabic script writes no short vowels: a short name is its consonants (لکی, l-k).
    ["Lakki Manpower Agency", "لکی مین پاور ایجنسی"],
  ])("%s ≈ %s", (a, b) => {
    expect(nameSimilarity(a, b)).toBeGreaterThanOrEqual(SAME_NAME);
  });

  it.each([
    ["Noor-e-Saher Manpower Consultants", "Margalla Crest Recruiting Agency"],
    ["Sabz Pahar Overseas Employment Promoters", "Al-Madina Overseas Employment Promoters"],
    ["Overseas Employment Promoters", "Overseas Employment Promoters"],
    // Dropping the advert's leading words is no licence to drop the registered name's.
    ["Korea Bridge Consulting", "Dushanbe Kor Bridge LLC"],
  ])("%s ≠ %s", (a, b) => {
    expect(nameSimilarity(a, b)).toBeLessThan(SAME_NAME);
  });

  it("ignores the words every recruiter's name has", () => {
    expect(coreName("Shahrah Global Placement (Pvt) Ltd")).toBe("shahrah global");
  });

  it("drops Tajik «ширкати» (company of) as written, not every name that sounds like it", () => {
    expect(coreName("Ширкати International")).toBe("");
    expect(nameSimilarity("Ширкати International", "Shorkot Manpower Services")).toBeLessThan(SAME_NAME);
    expect(coreName("Shorkot Manpower Services")).toBe("shorkot");
  });

  it("reads a registered name without the city it begins with, a hyphenated one too", () => {
    expect(withoutCity("Toshkent Nihol Care Staffing", "Tashkent")).toBe("Nihol Care Staffing");
    expect(withoutCity("Jalal-Abad Kench Kadr LLC", "Jalal-Abad")).toBe("Kench Kadr LLC");
    expect(withoutCity("Jalal-Abad Kadr LLC", "Jalal-Abad")).toBeNull();
  });

  it("tells a recruiter's name from an employer's", () => {
    expect(looksLikeRecruiter("Al Noor Manpower Services")).toBe(true);
    expect(looksLikeRecruiter("ООО «Восток Кадровое Агентство»")).toBe(true);
    expect(looksLikeRecruiter("Al Futtaim Motors LLC")).toBe(false);
  });
});
