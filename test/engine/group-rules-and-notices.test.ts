import { describe, expect, it } from "vitest";
import { checker, checkerWithRows } from "../helpers/engine.ts";

/** Round 77's dev half (an ordinary week, December 2026): notices and group rules that list the tricks they ban. */

describe("ky: a ministry notice that a licence's term has ended, or that a company has no right to place workers, quotes it", () => {
  const { flags } = checkerWithRows({ country: "KG", registry: "KG-MLSSM", licenceNo: "KG-L-9977", name: "Chui Tolkun Kadr LLC", city: "Bishkek", status: "expired" });

  it("'лицензиянын мөөнөтү … бүткөн', 'ишке орноштуруу укугу жок'", () => {
    const text =
      "МИНИСТРЛИКТИН БИЛДИРҮҮСҮ\nТөмөнкү компаниянын чет өлкөдө ишке орноштуруу укугу жок:\n— «Chui Tolkun Kadr» ЖЧК (KG-L-9977) — лицензиянын мөөнөтү 2025-жылы бүткөн.\nМындай жарнамаларга ишенбеңиздер.";
    expect(flags(text)).not.toContain("revoked_licence");
  });
});

describe("ur-Latn: 'koi … ki baat kare to na jao' warns of what it names", () => {
  const { check } = checker();

  it("a returnee's checklist that warns of travel 'bina protector'", () => {
    const text =
      "Protector ke liye checklist (mera apna tajurba)\n1. Original passport + CNIC\n2. OEP ki raseed, sarkari fees bank challan se\nKoi \"bina protector\" bhejne ki baat kare to na jao.";
    const v = check(text);
    expect(v.flags.map((f) => f.id)).not.toContain("smuggling_route");
    expect(v.risk).toBe("low");
  });

  it("an offer to travel without the Protector is still a route", () => {
    expect(check("Dubai job, bina protector bhej denge, airport pe apna banda hai. 3 lakh advance. WhatsApp 0301 0000712").flags.map((f) => f.id)).toContain("smuggling_route");
  });
});

describe("uz-Latn: a group's rules list what gets a BAN", () => {
  const { check } = checker();

  it("'— darhol BAN', 'e'lonlar o'chiriladi', 'skrinshotini adminga yuboring'", () => {
    const text =
      "📌 GURUH QOIDALARI\n1. Agentliklar litsenziya raqamini yozishi shart.\n2. «Oldindan to'lov», «kartaga tashlang» — darhol BAN.\n3. Zapret olib tashlash, tayyor patent sotish — BAN.\n4. Qizlardan rasm so'raydigan e'lonlar o'chiriladi.\nSizdan pul so'rashsa, skrinshotini adminga yuboring.";
    const v = check(text);
    expect(v.risk).toBe("low");
    expect(v.flags.map((f) => f.id)).not.toContain("smuggling_route");
  });
});

/** Round 102's dev half: awareness cards list the signs of forced labour in the words of the trick. */
describe("a card listing the signs of forced labour, or what to do if offered them", () => {
  const { check } = checker();

  it.each([
    [
      "uz-Latn",
      "Turkiyada ishlayapsizmi? Majburiy mehnat belgilarini biling:\n🔸 pasportingizni \"saqlab turish uchun\" olib qo'yishdi\n🔸 yo'l, viza, yotoqxona uchun \"qarz\" yozib, oylikdan ushlab qolishyapti\n\nBularning hech biri qonuniy emas. Yordam: 157",
    ],
    [
      "en",
      "Migration Agency: before you leave, keep your passport with you. If you are offered work on a tourist entry, \"in a night club\", or \"passport stays with the boss\", contact the Migration Agency or the nearest consulate.",
    ],
  ])("%s: is low", (_variant, text) => {
    const v = check(text);
    expect(v.flags.map((f) => f.id)).not.toContain("trafficking_risk");
    expect(v.risk).toBe("low");
  });
});

/** Round 102's dev half: a consulate's notice heads itself on two lines (the body's name, then "notice"). */
describe("a consulate's notice whose heading is on two lines", () => {
  const { check } = checker();

  it("kk: «… БАС КОНСУЛДЫҒЫ / ХАБАРЛАНДЫРУ» retells the crossings and kept passports it warns of", () => {
    const text =
      "ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ СТАМБҰЛДАҒЫ БАС КОНСУЛДЫҒЫ\nХАБАРЛАНДЫРУ\n\nКипр аралындағы бөлу сызығынан құжатсыз өтіп, Грекияға заңсыз өту — қылмыс.\n\nЖұмыс берушінің паспортыңызды ұстап қалуға құқығы жоқ. Паспортыңызды алып қойса — бізге хабарласыңыз.\nТел: +90 212 555 0577";
    const v = check(text);
    expect(v.flags.map((f) => f.id)).not.toContain("smuggling_route");
    expect(v.flags.map((f) => f.id)).not.toContain("trafficking_risk");
    expect(v.risk).toBe("low");
  });
});
