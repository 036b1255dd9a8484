import { describe, expect, it } from "vitest";
import { checker, checkerWithRows } from "../helpers/engine.ts";

/** Warehouses, logistics and delivery work (round 107): marketplaces named in warnings, salary cards, ages after a licence. */
const { check, flags } = checker();

describe("a warning about fake marketplace adverts", () => {
  it.each([
    [
      "kk",
      "⚠️ Назар аударыңыз!\n\nСоңғы аптада Telegram-да Wildberries пен Ozon қоймаларына «шетелде жұмыс» деген жарнамалар көбейді. Олар «құжат үшін» Kaspi картаға алдын ала төлем сұрайды.\n\nЛицензияны elicense.kz сайтынан тексеріңіз. Enbek.kz",
    ],
    [
      "uz-Cyrl",
      "Диққат!\n\nОхирги пайтларда Instagram’да Wildberries ва Ozon омборларига ишга олиш ҳақидаги эълонлар кўпайди. Уларда Humo картасига олдиндан пул сўралмоқда.\n\nЛицензияни агентлик сайтида текширинг. Миграция агентлиги",
    ],
    [
      "ru",
      "Внимание! В последние недели участились объявления о работе на складах Wildberries и Ozon в Польше: «оформление за 3 дня», предоплата на карту Kaspi.\nПроверяйте лицензию агентства на сайте министерства.",
    ],
  ])("%s: names the brands and the card it warns of, and is low", (_variant, text) => {
    const v = check(text);
    expect(v.flags.map((f) => f.id)).not.toContain("brand_impersonation");
    expect(v.flags.map((f) => f.id)).not.toContain("payment_channel");
    expect(v.risk).toBe("low");
  });

  it("kk: a marketplace's name with a prepayment to Kaspi, and no warning, is still a borrowed name", () => {
    const text = "Wildberries қоймасына жұмысшылар керек, Мәскеу. Айлық 120 000 р. Орын брондау үшін Kaspi картаға 15 000 тг алдын ала аударыңыз. WhatsApp +7 701 555 12 34";
    expect(flags(text)).toContain("brand_impersonation");
    expect(check(text).risk).toBe("high");
  });
});

describe("a salary card", () => {
  it("kk: 'Kaspi-ге өзіңіз аударып аласыз' (you move your wage to Kaspi yourself) is no payment channel", () => {
    const text =
      "Мәскеу облысындағы қоймаға жинаушылар керек. ҚР азаматтарына патент керек емес.\nЖалақы Сбер картасына түседі. Kaspi-ге өзіңіз аударып аласыз.\nБізге ешқандай ақша төлемейсіз. «Дала Жол Кадр» ЖШС, лиц. KZ-PEA-0142, +7 701 555 80 14";
    expect(flags(text)).not.toContain("payment_channel");
  });
});

describe("a licence beside other numbers", () => {
  it("en: 'valid forklift licence. Age 22–42' reads no licence 'Age 22-42'", () => {
    const v = check("Requirements: 2 years experience and valid forklift / LTV licence. Age 22–42 years.\nOEP Licence No. 3484/RWP, Rawalpindi");
    expect(v.entities.licences.map((l) => l.canonical)).toEqual(["3484/RWP"]);
  });

  it("ky: «Токмоктогу Чуй Дарыя Ворк Эброад ОсОО» (Tokmok's …) is Chui Darya Work Abroad, whose licence it cites", () => {
    const { check: withRow } = checkerWithRows({ country: "KG", registry: "KG-MLSSM", licenceNo: "KG-L-9562", name: "Chui Darya Work Abroad LLC", city: "Tokmok" });
    const ids = withRow("Токмоктогу Чуй Дарыя Ворк Эброад ОсОО, лицензия KG-L-9562, Токмок ш. Ленин кочосу. Тел +996 555 000 214").flags.map((f) => f.id);
    expect(ids).not.toContain("licence_name_mismatch");
    expect(ids).toContain("licensed_recruiter");
  });
});

describe("a crossing told in a courier's offer", () => {
  it("uz-Latn: 'chegara yonidan kechasi guruh bilan o'tasiz' (you cross by the border at night) is smuggling", () => {
    const text =
      "Polshada kuryer ishlari bor. Viza kerakmas. Minskgacha o'zimiz olib boramiz, keyin chegara yonidan kechasi guruh bilan o'tasiz. Xizmat 2 500 $, oldindan 300 $ Humo kartaga. WhatsApp +998 93 555 41 20";
    expect(flags(text)).toContain("smuggling_route");
    expect(check(text).crime).toBe("smuggling");
  });
});
