import { describe, expect, it } from "vitest";
import { checker } from "../helpers/engine.ts";

/** Building and construction work (round 108): "reconstruction" lures, papers kept by HR, counts after a licence. */
const { check, flags } = checker();

describe("a polite 'reconstruction' offer", () => {
  it("kk: restoring homes in Russia's 'new regions' (Mariupol), papers kept by the site's HR, is trafficking", () => {
    const text =
      "Қалпына келтіру жұмыстарына құрылысшылар қажет\nРесейдің жаңа аймақтарындағы (Мариуполь) тұрғын үйлерді қалпына келтіру бағдарламасы.\nЖалақы: 300 000 ₽.\nҚауіпсіздік мақсатында құжаттарыңыз объектідегі кадр бөлімінде сақталады.\nTelegram @qurylys_job";
    expect(flags(text)).toContain("trafficking_risk");
    expect(check(text).crime).toBe("trafficking");
  });

  it("uz-Cyrl: Rostov region 'and adjacent territories', passports kept by HR, is trafficking", () => {
    const text =
      "Ростов-на-Дону вилояти ва унга туташ ҳудудларда йўл ва уйларни тиклаш ишларига пайвандчилар керак. Ойлик 220 000 рубль.\nҲужжатлар (паспорт, патент) иш жойида кадрлар бўлими томонидан сақланади.\nАриза: @yug_ish_hr";
    expect(flags(text)).toContain("trafficking_risk");
    expect(check(text).crime).toBe("trafficking");
  });

  it("uz-Cyrl: 'паспорт кадрлар бўлимида сақланмайди' (is not kept by HR) keeps no passport", () => {
    const text =
      "Тошкентдаги қурилиш компаниясига бетончилар керак. Ойлик 9 млн сўм, расмий меҳнат шартномаси. Паспорт кадрлар бўлими томонидан сақланмайди, ўзингизда туради. Тел: +998 90 555 12 40";
    expect(flags(text)).not.toContain("trafficking_risk");
  });
});

describe("numbers after 'licence' in a list of posts", () => {
  it("en: 'HTV licence — 10 (QR 2,200)' is ten posts, not licence 10", () => {
    const v = check("Heavy duty driver with Pakistani HTV licence — 10 (QR 2,200)\nOEP Licence No. 3310/RWP");
    expect(v.entities.licences.map((l) => l.canonical)).toEqual(["3310/RWP"]);
  });
});

describe("the Balkan route", () => {
  it("kk: fly to Belgrade, then 'our partners take you into Croatia', is smuggling", () => {
    const text =
      "Хорватиядағы құрылыс жұмыстары. Алматы – Белград (виза керек емес). Белградта 3 күн тұрасыз, содан кейін серіктестеріміз Хорватияға жеткізеді. Қызмет ақысы 2 500 €, 1 000-ы алдын ала, Kaspi Gold арқылы. Тел: +7 7252 555 907";
    expect(flags(text)).toContain("smuggling_route");
    expect(check(text).crime).toBe("smuggling");
  });
});
