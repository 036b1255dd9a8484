import { describe, expect, it } from "vitest";
import { checker } from "../helpers/engine.ts";

/** The Gulf's own rules (round 93): crossings by sea and desert, and a household that keeps the maid's passport. */
const { check } = checker();

describe("a crossing into the Gulf told calmly", () => {
  it.each([
    ["en, by launch to the coast", "UAE work without a work visa: Iran ziyarat visa, by road to Bandar Abbas, then by launch to the UAE coast where our contractor receives you. Rs 350,000, half at the start. WhatsApp +92 331 0000 276"],
    ["kk, across the desert with no stamp", "Сауд Арабиясында жұмыс. Дубайға туристік визамен ұшасыз, ары қарай жігіттеріміз көлікпен шөл арқылы Саудияға өткізеді, паспортқа мөр басылмайды. Жол ақысы 2 000$. WhatsApp +971 55 555 0418"],
  ])("%s", (_, text) => {
    expect(check(text).crime).toBe("smuggling");
  });
});

describe("a housemaid's passport kept by the lady of the house", () => {
  it.each([
    ["uz-Latn", "Riyoddagi oilaga uy yordamchisi kerak, 1 500 riyol. Pasport va telefoningiz xavfsizlik uchun xonadon bekasida turadi. Yosh 22–35. Telegram @riyadh_uy_0000"],
    ["uz-Cyrl", "Риёддаги оилага уй ёрдамчиси керак, 1 500 риёл. Паспорт ва телефонингиз хавфсизлик учун хонадон бекасида туради. Ёш 22–35. Telegram @riyadh_uy_0000"],
  ])("%s", (_, text) => {
    expect(check(text).crime).toBe("trafficking");
  });
});

describe("ru: the kafil keeps the passport, in either word order", () => {
  it.each([
    ["the passport first", "Домработница в Эр-Рияд, 1 500 риалов. Паспорт хранит кафиль, чтобы не потерялся. Тел +996 555 000 919"],
    ["the kafil first", "Домработница в Эр-Рияд, 1 500 риалов. Кафиль хранит ваш паспорт до конца контракта. Тел +996 555 000 920"],
  ])("%s", (_, text) => {
    expect(check(text).crime).toBe("trafficking");
  });

  it("a passport the worker keeps is no such sign", () => {
    expect(check("Домработница в Эр-Рияд, 1 500 риалов. Паспорт хранит сама работница, работодатель не вправе его забирать. Тел +996 555 000 921").crime).not.toBe("trafficking");
  });
});
