import { describe, expect, it } from "vitest";
import { checker } from "../helpers/engine.ts";

/** Work in private households (round 104): state notices with closing dates, and the road to Turkey through Iran. */
const { check, flags } = checker();

describe("a date after the word 'licence' is no licence number", () => {
  it.each([
    ["en", "Apply online with CV, photograph and PNC licence by 20 December 2026. Only shortlisted candidates will be called."],
    ["en", "Home care nurses for Riyadh: valid nursing licence till 2027 required, apply through the OEC website."],
    ["ru", "Требуется сиделка в семью в Москве. Медицинская лицензия до 2027 года у клиники, договор, зарплата на карту."],
  ])("%s: %s", (_variant, text) => {
    expect(check(text).entities.licences).toEqual([]);
    expect(flags(text)).not.toContain("unlicensed_recruiter");
  });

  it("reads the number written after the date's sentence, as before", () => {
    const v = check("Лицензия от 12.05.2020 № KZ-PEA-0142, агентство «Бахыт», Алматы.");
    expect(v.entities.licences.map((l) => l.raw)).toEqual(["KZ-PEA-0142"]);
  });
});

describe("the road to Turkey through Iran", () => {
  it("en: 'by road Quetta – Taftan – Iran – Van with their own guides' is a smuggling route", () => {
    const v = check(
      "A man in Sialkot says Turkish families in Istanbul need drivers and cooks. He says no visa is needed, the group goes by road Quetta – Taftan – Iran – Van with their own guides. Total cost 9.5 lakh, 3 lakh at booking.",
    );
    expect(v.flags.find((f) => f.id === "smuggling_route")?.evidence.map((e) => e.text)).toEqual(["Iran – Van"]);
    expect(v.crime).toBe("smuggling");
  });

  it("a pilgrims' coach to Iran through Taftan stays an ordinary journey", () => {
    expect(check("Zaireen bus service Quetta - Taftan - Iran, Mashhad and Qom ziyarat 14 days, visa by the Iranian consulate.").risk).toBe("low");
  });
});
