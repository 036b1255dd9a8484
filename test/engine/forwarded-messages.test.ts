import { describe, expect, it } from "vitest";
import { loadEngineData } from "../../src/data/load-engine-data.ts";
import { engineFactory } from "../../src/engine/engine.ts";
import { MemoryRegistry } from "../../src/registry/memory.ts";
import { operator } from "../helpers/operator.ts";

/** Messages as people send them to the helpline: forwards, retellings, a question around an advert (round 31). */
const newEngine = engineFactory(loadEngineData());
const engine = newEngine(new MemoryRegistry([]));
const check = (text: string) => engine.check(text, { today: "2026-12-01" });
const flags = (text: string) => check(text).flags.map((f) => f.id);

describe("what a sender retells", () => {
  it("ru: walked over the border with 'our man' is a route", () => {
    const text = "Переслано от Работа Европа\nПольша, склады. Летим в Минск, оттуда с нашим человеком через границу в Литву — пешком два часа, потом бус до Лодзи. 3 800$, половина сразу.\nWhatsApp +375 29 555 0000\n\nэто нормально вообще?";
    expect(check(text).crime).toBe("smuggling");
  });

  it("uz-Latn: a sister whose boss took her passport, owes a debt she works off and may not go out alone", () => {
    const v = check("Assalomu alaykum, maslahat bering. Opam Dubayda uyda ishlaydi. Pasportini ishga kirganda xo'jayin olib qo'ygan ekan. Yo'l puli uchun 900 dollar qarzsan, ishlab uzasan deyishibdi, tashqariga yolg'iz chiqishga ruxsat yo'q. Nima qilamiz?");
    expect(v.isJobAd).toBe(false);
    expect(v.toldOffer).toEqual({ risk: "high", crime: "trafficking" });
  });
});

describe("lawful words a forwarded advert carries", () => {
  it("en: rent for the company flat deducted in the first months is no withheld pay", () => {
    expect(flags("Cleaners for hotels in Vienna, Hotelservice Donau GmbH. Gross €2,100/month. Staff room for the first 2 months (€250 rent deducted from pay), then help to find a flat. Apply at jobs@hotelservice-donau.at")).not.toContain("trafficking_risk");
  });

  it("en: the visa fee paid at the embassy is the state's, not the agency's", () => {
    expect(flags("Forwarded: Welders for Gdańsk shipyard, employer Stocznia Północ Sp. z o.o. The employer arranges the work permit. You pay only your own medical and the national visa fee at the Polish Consulate (€80). Apply: rekrutacja@stocznia-polnoc.pl")).not.toContain("upfront_fee");
  });

  it("uz-Latn: the visa money you pay yourself, and no one else", () => {
    expect(flags("Tog'am Chexiyadan yozdi: \"Zavodimiz (Plzeň, «Škoda Parts») ish ruxsatnomasini o'zi qiladi. Keyin elchixonaga hujjat topshirasan, viza puli 100 yevro, o'zing to'laysan, boshqa hech kimga pul berma.\" Shu to'g'rimi?")).not.toContain("upfront_fee");
  });

  it("tg: a channel's warning against 'patents without the exam' is no offer of one", () => {
    const found = flags("Пересланное сообщение\n«Муҳоҷирон» | маслиҳат\nПатентро танҳо бо квитансия дар бонк пардохт кунед. Агар касе ба шумо «патент бе имтиҳон» ё «ҳуҷҷати тайёр» пешниҳод кунад — рад кунед.\nИн дуруст аст?");
    expect(found).not.toContain("document_forgery");
    expect(found).not.toContain("no_requirements");
  });

  it("tg: a café in Moscow that gives its name and its Moscow number asks waitresses' age as any employer does", () => {
    expect(check("Ошхонаи «Навбаҳор» дар Маскав (м. Люблино) официантка мегирад, 20–35 сола. 60 000 + чойпулӣ. +7 495 555 20 40\nдухтарам меравад, хуб аст?").crime).not.toBe("trafficking");
  });
});

describe("a café named like a lapsed agency", () => {
  const lapsed = newEngine(new MemoryRegistry([operator({ country: "KZ", registry: "KZ-MLSP", licenceNo: "KZ-PEA-9999", name: "Kostanay Dala Kadr LLP", status: "expired", city: "Kostanay" })]));

  it("kk: the café «Дала» in Kazan, hiring on its Russian number, is not the expired agency", () => {
    const v = lapsed.check("Казандагы «Дала» кафесіне даяшы керек. ЕАЭО азаматтарына патент керек емес, ресми шарт. +7 917 555 40 40", { today: "2026-12-01" });
    expect(v.flags.map((f) => f.id)).not.toContain("revoked_licence");
  });

  it("kk: the agency's name with a Kazakh number is still the expired agency", () => {
    const v = lapsed.check("Дала Кадр агенттігі Ресейге жұмысшы алады, құжат ресімдеу 150 000 теңге. +7 707 555 40 40", { today: "2026-12-01" });
    expect(v.flags.map((f) => f.id)).toContain("revoked_licence");
  });
});
