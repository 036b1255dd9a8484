import { describe, expect, it } from "vitest";
import { checkerWithRows } from "../helpers/engine.ts";
import { CHOLISTAN_GATE } from "../helpers/operator.ts";

/** Round 79's dev half: honest adverts in their full form, and the scams that copy their look. */

describe("an employer abroad that writes from its own address there, beside the licensed recruiter", () => {
  const { check } = checkerWithRows(CHOLISTAN_GATE);

  it("en: a Polish hotel's own .pl address and Polish phone are no impersonation of the Pakistani recruiter", () => {
    const text =
      "Zielony Brzeg, a seaside hotel in Sopot (Poland), is hiring 6 cooks and 4 housekeepers for 2027.\nSalary 5,200 PLN gross, accommodation provided.\nPapers and protector through our licensed partner in Pakistan, Cholistan Gate Overseas Employment Promoters (licence 4105/BWP).\nApply: rekrutacja@zielonybrzeg-hotel.pl, +48 58 555 0142";
    const v = check(text);
    expect(v.flags.map((f) => f.id)).not.toContain("brand_impersonation");
  });

  it("the same licence with a free mailbox and that phone still is", () => {
    const text =
      "Hotel jobs in Poland for 2027, 6 cooks and 4 housekeepers, salary 5,200 PLN.\nPapers through Cholistan Gate Overseas Employment Promoters (licence 4105/BWP).\nApply: zielonybrzeg.jobs@gmail.com, +48 58 555 0142";
    expect(check(text).flags.map((f) => f.id)).toContain("brand_impersonation");
  });
});
