import { describe, expect, it } from "vitest";
import { loadEngineData } from "../../src/data/load-engine-data.ts";
import { createEngine } from "../../src/engine/engine.ts";

/** Round 20's classes: irregular routes and trafficking in the region's words, and the warnings that quote them. */
const engine = createEngine(loadEngineData());
const check = (text: string) => engine.check(text, { today: "2026-12-01" });

describe("smuggling in the words smugglers use", () => {
  it.each([
    ["ru, by yacht from the Turkish coast", "Работа в Италии на фермах. Вылет в Стамбул, затем выход на яхте из Бодрума к побережью Калабрии. Стоимость 6 000 €. WhatsApp +90 555 000 4127"],
    ["uz-Cyrl, by lorry from Calais, paid in London", "Англияга ишга. Парижга учасиз, кейин Каледан фура билан Англияга ўтасиз. Лондонга етиб боргандан кейин тўлайсиз. Ватсап +44 7700 900555"],
    ["en, by car from Belgrade, paid on arrival", "Work in Austria, construction. You fly to Belgrade, from there our driver brings you to Vienna by car, no need for a Schengen visa. You pay our fee only on arrival in Vienna. Telegram @euro_drive_0000"],
    ["tg, a sham marriage for a residence permit", "Барои бачаҳо: никоҳи фиктивӣ бо шаҳрванди Литва, баъд ВНЖ ва ҳуқуқи кор дар Аврупо. Нарх 8 000 евро. Telegram @brak_0000"],
  ])("%s", (_, text) => {
    expect(check(text).crime).toBe("smuggling");
  });
});

describe("a housemaid kept in", () => {
  it.each([
    ["uz-Cyrl", "Саудияга уй хизматчиси керак, 25–40 ёш. Маош 1 500 риёл. Келганингиздан кейин паспорт хавфсизлик учун агентимизда сақланади, уйдан ёлғиз чиқилмайди. Тел +998 91 555 12 60"],
    ["ur-Latn", "Saudia ke liye house maid chahiye, umar 25 se 40. Tankhwa 1000 riyal. 2 saal tak passport, iqama aur mobile agent ke paas rahenge. Rabta 0304-0000269"],
  ])("%s is a trafficking sign", (_, text) => {
    expect(check(text).crime).toBe("trafficking");
  });
});

describe("warnings that describe the routes and the compounds", () => {
  it("an NGO's safe-migration alert is no offer of a compound job", () => {
    const v = check("⚠️ SAFE MIGRATION ALERT\nMigrant help desk, Osh\n\nWe get calls from young people offered \"customer support\" jobs in Thailand or Myanmar with free flights and a 1,500$ salary. Many ended up in guarded compounds: passports taken, not allowed to go out.\n\nBefore you go, ask for the employer's address and a written contract.\nFree consultation: Osh, Lenin St 205, +996 555 000 947");
    expect(v.risk).toBe("low");
  });

  it("«лесом в Европу — это не работа, это риск» is no route on offer", () => {
    const v = check("«Лесом в Европу» — это не работа, это риск для жизни.\nВ Telegram ходят объявления: «проход лесом из Беларуси», «через Сербию в Венгрию с проводником».\nКонсультация бесплатно: +992 44 555 0000");
    expect(v.flags.map((f) => f.id)).not.toContain("smuggling_route");
  });

  it("a hotel's recruiter setting itself apart from 'online operator' calls is no scam-centre job", () => {
    const v = check("Tailand, Phuket: mehmonxonaga oshpaz yordamchisi kerak. Maosh 30 000 bat, shartnoma 1 yil.\nE'tibor bering: \"Onlayn operator\", \"call-markaz\" kabi Tailand chaqiruvlari bilan adashtirmang — biz bunday vakansiyalar bilan ishlamaymiz.\nTel: +998 66 555 21 90");
    expect(v.flags.map((f) => f.id)).not.toContain("trafficking_risk");
  });
});
