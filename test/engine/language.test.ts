import { describe, expect, it } from "vitest";
import languages from "../../data/languages.json" with { type: "json" };
import { languageMarkersSchema } from "../../src/engine/data.ts";
import { createLanguageDetector } from "../../src/engine/language.ts";
import { unifyText } from "../../src/engine/normalize.ts";

const detector = createLanguageDetector(languageMarkersSchema.parse(languages));
const detect = (text: string) => detector.detect(unifyText(text));

describe("language detection on two-line ads", () => {
  it.each([
    ["ur", "سعودی عرب کے لیے ڈرائیور کی فوری ضرورت\nرابطہ کریں 0300-0000111"],
    ["ur-Latn", "Saudi Arabia ke liye driver ki fori zaroorat hai\nWhatsapp karein 0300 0000111"],
    ["en", "Drivers needed in Dubai, salary 2000 AED\nCall 0300 0000111"],
    ["ru", "Требуются рабочие на стройку в Москве\nЗарплата от 80 000 рублей"],
    ["uz-Latn", "Koreyaga ishchilar kerak, oylik 2000$\nTajriba shart emas"],
    ["uz-Cyrl", "Кореяга ишчилар керак, ойлик 2000$\nТажриба шарт эмас, тўлов йўқ"],
    ["tg", "Ба Русия коргарон лозиманд\nМаош 2000 доллар, ҷои зист ройгон"],
    ["ky", "Кореяга жумушчулар керек\nАйлык 2000$, тажрыйба талап кылынбайт"],
    ["kk", "Кореяға жұмысшылар керек\nЖалақы 2000$, тәжірибе қажет емес"],
  ] as const)("%s", (language, text) => {
    expect(detect(text)).toBe(language);
  });
});

describe("ads mixing Russian with a local language answer in the local language", () => {
  it.each([
    ["ky", "СРОЧНО! Работа в Корее!\nКореяга жумушчулар керек, айлык 2000$. Тажрыйба талап кылынбайт."],
    ["kk", "Срочно требуются рабочие!\nПольшаға жұмысшылар керек, жалақы 1500 евро."],
    ["tg", "Работа в России, срочно\nКоргарон лозиманд, маош 1500 доллар. Барои тамос нависед."],
    ["uz-Cyrl", "Работа в Корее!\nИшчилар керак, ойлик 2000$. Тўлов олдиндан."],
    ["ur-Latn", "URGENT REQUIRED DRIVERS FOR DUBAI\nSalary achi hai, rabta karein aur CV bhejein"],
  ] as const)("%s", (language, text) => {
    expect(detect(text)).toBe(language);
  });
});

describe("local languages typed on a Russian keyboard, and Russian that borrows a local word", () => {
  it.each([
    ["kk", "Англияга фермага жумыс, айлык 5000 фунт. Тажирибе керек емес, агылшын тили керек емес. Жатакхана тегин."],
    ["ky", "Москвага курулушка жумушчулар керек, айлыгы 90 000 рубль. Тажрыйба талап кылынбайт, жатакана бар."],
    ["ru", "Ҳокимият района совместно с отделом Агентства миграции объявляет набор на сезонные работы в Корею (виза E-8) для жителей района. Отбор по списку махалли, собеседование в хокимияте, оплата труда по договору, проживание предоставляет работодатель. Ишга кабул — после медосмотра."],
    ["ru", "Польша, рабочая виза, срок оформления визы 25 дней, без опыта, жильё бесплатно."],
  ] as const)("%s: %s", (language, text) => {
    expect(detect(text)).toBe(language);
  });
});

describe("text with no language", () => {
  it.each(["", "12345 678", "🙂🙂", "!!!"])("%j is und", (text) => {
    expect(detect(text)).toBe("und");
  });
});
