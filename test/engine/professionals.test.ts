import { describe, expect, it } from "vitest";
import { checker } from "../helpers/engine.ts";

/** Professionals who need a licence or a recognised diploma (round 101): the crossings sold to them. */
const { check } = checker();

describe("a crossing sold to engineers and nurses", () => {
  it("ur: 'our local team will take you overland into Croatia'", () => {
    const text = "یورپ میں انجینئرز کے لیے روزگار۔ مرحلہ 1 — سربیا کا ویزا۔ مرحلہ 2 — ہماری مقامی ٹیم آپ کو زمینی راستے سے کروشیا میں کمپنی کی سائٹ تک پہنچائے گی؛ ورک پرمٹ وہیں مکمل ہوگا۔ فیس: رجسٹریشن پر 4 لاکھ۔";
    expect(check(text).crime).toBe("smuggling");
  });

  it("ru: a group 'with an escort across the border into Poland (forest, one night)'", () => {
    const text = "Медсёстры — Германия. Маршрут: Душанбе – Москва – Минск, оттуда группой с сопровождающим через границу в Польшу (лес, одна ночь). 4 500 $: 1 500 $ сразу. +992 93 555 00 61";
    expect(check(text).crime).toBe("smuggling");
  });
});
