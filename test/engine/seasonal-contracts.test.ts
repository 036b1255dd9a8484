import { describe, expect, it } from "vitest";
import { checker } from "../helpers/engine.ts";

/** Short and seasonal contracts (round 92): passports and wages held to the season's end, a state exchange's list of rights. */
const { check, flags } = checker();

describe("a harvest brigade that keeps passports and wages to the season's end", () => {
  it.each([
    ["tg, passports with the brigadier until the season ends", "Ба ҷамъоварии себ дар Кубань 20 нафар лозим. Шиноснома ва патентҳо барои регистрация то охири мавсим дар бригадир мемонад. Ҷой дар автобус 700 сомонӣ пеш. Ватсап +992 91 555 8803"],
    ["tg, all the pay at the end 'so that people do not run away'", "Ба ҷамъоварии ангур дар Ставрополь 25 нафар лозим. Ҳамаи маош дар охири мавсим дода мешавад, то ки одамҳо нагурезанд. Ватсап +992 91 555 8804"],
  ])("%s", (_, text) => {
    expect(check(text).crime).toBe("trafficking");
  });
});

describe("a state exchange telling workers their rights", () => {
  it("en: 'an employer is not allowed to keep your passport' is no trafficking sign", () => {
    expect(flags("Enbek.kz seasonal vacancies: melon harvest, daily pay, contract before work starts.\nYour rights: an employer is not allowed to keep your passport or ID card. If this happens, report it to the labour inspectorate.")).not.toContain("trafficking_risk");
  });
});

describe("a guide who speaks the pilgrims' languages", () => {
  it("tg: a Hajj-season guide with Tajik and Arabic is a job, not a smuggler", () => {
    expect(flags("Мавсими ҳаҷ: роҳбалад бо забонҳои тоҷикӣ ва арабӣ — 8 нафар, 3 500 риёл. Раводиди корӣ аз корфармо. ҶДММ «Фармон», TJ-MS-0000, тел. +992 92 555 3117")).not.toContain("smuggling_route");
  });
});
