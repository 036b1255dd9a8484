import { describe, expect, it } from "vitest";
import { checkerWithRows } from "../helpers/engine.ts";

/** Round 85's dev half: students, graduates and young people. */

describe("a country's name and trade words after an agency's name describe it; they are no second recruiter", () => {
  const { check } = checkerWithRows(
    { country: "KZ", registry: "KZ-MLSP", licenceNo: "KZ-PEA-7301", name: "Torvalin LLP", city: "Almaty" },
    { country: "UZ", registry: "UZ-MA", licenceNo: "UZ-XBA-7302", name: "Samarqand Xizmat Kadr xususiy bandlik agentligi", city: "Samarkand" },
  );
  const flagsOf = (text: string) => check(text).flags.map((f) => f.id);

  it("uz-Latn: 'Torvalin LLP (Qozog'iston xususiy bandlik agentligi, litsenziya KZ-PEA-7301)' is the licensed agency", () => {
    const text =
      "Talabalar uchun yozgi ish, Qozog'iston — Burabay dam olish maskani\nTorvalin LLP (Qozog'iston xususiy bandlik agentligi, litsenziya KZ-PEA-7301, Olmaota)\nOfitsiant, oshpaz yordamchisi. Maosh 280 000 tenge, Halyk kartasiga. Ruxsatnomani ish beruvchi rasmiylashtiradi.\nAgentlik ishchidan pul olmaydi. Ariza: torvalin.kz | +7 701 555 0731";
    const flags = flagsOf(text);
    expect(flags).not.toContain("licence_name_mismatch");
    expect(flags).toContain("licensed_recruiter");
  });

  it("another agency's name in the same place still contests the licence", () => {
    const text =
      "Talabalar uchun yozgi ish, Qozog'iston\nTorvalin LLP (Samarqand Xizmat Kadr xususiy bandlik agentligi, litsenziya KZ-PEA-7301)\nOfitsiant, maosh 280 000 tenge. Ariza: +998 90 555 0732";
    expect(flagsOf(text)).toContain("licence_name_mismatch");
  });
});
