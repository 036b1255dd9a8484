import { describe, expect, it } from "vitest";
import { checker } from "../helpers/engine.ts";

/** Recruitment through online platforms (round 97): warnings about fake sites, a quoted agent's promise, a crossing from Edirne. */
const { check, flags } = checker();

describe("warnings about fake sites and agents", () => {
  it.each([
    ["ky", "⚠️ КӨҢҮЛ БУРУҢУЗДАР! Жасалма сайттар тууралуу эскертүү. Борбордун кызматы акысыз."],
    ["uz-Latn", "Diqqat! Soxta saytlar haqida ogohlantirish. Agentlik xizmatlari bepul."],
    ["uz-Cyrl", "Диққат! Сохта сайтлар ҳақида огоҳлантириш. Агентлик хизматлари бепул."],
  ])("%s: 'fake sites' in the heading is a warning", (_, text) => {
    expect(flags(text)).toContain("anti_fraud_notice");
  });

  it("ur-Latn: an agent's promise quoted to stay away from is no offer", () => {
    const text = "Northgate Valley NHS Foundation Trust international nurses hire kar raha hai. Health & Care visa aur flight Trust ka kharcha.\nApply sirf jobs.nhs.uk pe. Koi agent \"NHS job guaranteed 20 lakh mein\" kahe to door rahen, NHS kisi se paise nahi leta.";
    const verdict = check(text);
    expect(verdict.risk).toBe("low");
    expect(verdict.flags.map((f) => f.id)).not.toContain("upfront_fee");
  });
});

describe("a crossing into Greece from the Edirne side", () => {
  it.each([
    ["uz-Cyrl", "Туркияга визасиз учасиз. Кейин Эдирне томондан Грецияга ўтишингизни ҳамкорларимиз ташкил қилади. Хизмат нархи 3 800 USD, 1 000 USD олдиндан."],
    ["uz-Latn", "Turkiyaga vizasiz uchasiz. Keyin Gretsiyaga o'tishingizni hamkorlarimiz tashkil qiladi. Xizmat narxi 3 800 USD, 1 000 USD oldindan."],
  ])("%s: smuggling", (_, text) => {
    expect(check(text).crime).toBe("smuggling");
  });
});
