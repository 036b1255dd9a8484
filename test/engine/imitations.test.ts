import { describe, expect, it } from "vitest";
import { checker, checkerWithRows } from "../helpers/engine.ts";
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

describe("en: a state agency's list of what the sellers it is 'not connected to' ask for warns of them", () => {
  const { check } = checker();

  it("the quoted prepayment, wallets and 'UK farm visa' are no offer", () => {
    const text =
      "Agency for External Labour Migration, Dushanbe\nSeasonal farm work in the United Kingdom, 2027: registration is free at our regional offices; interviews by licensed UK scheme operators.\nPages that sell a \"UK farm visa\" or ask for prepayment to a Korti Milli or Alif card are not connected to the Agency.";
    const v = check(text);
    expect(v.flags.map((f) => f.id)).not.toContain("upfront_fee");
    expect(v.risk).toBe("low");
  });
});

describe("a state agency's notice copied with a look-alike portal and a fee to a card", () => {
  const { check } = checker();

  it("en: the ministry named and the copied warning are no evidence for it", () => {
    const text =
      "Ministry of Labour and Employment — external labour migration\n\nSeasonal work in Poland, 2027: greenhouse and warehouse staff, from PLN 4,800 a month, housing by the employer.\n\nApplications now only on the Ministry's new portal: labour-migration-gov.com/apply\nAfter applying, pay the file check fee of 350,000 sum to the Humo card shown in your account.\n\nBeware of fraudsters! Use only the official portal.";
    const v = check(text);
    expect(v.flags.map((f) => f.id)).not.toContain("official_channel");
    expect(v.flags.map((f) => f.id)).not.toContain("anti_fraud_notice");
    expect(v.risk).not.toBe("low");
  });

  it("the ministry's own notice, free registration on its own site, stays lawful", () => {
    const text =
      "Ministry of Labour and Employment — external labour migration\n\nSeasonal work in Poland, 2027: greenhouse and warehouse staff, from PLN 4,800 a month, housing by the employer.\n\nRegistration is free on mehnat.uz and at the Ministry's regional offices.\n\nBeware of fraudsters who ask for prepayment to a card!";
    const v = check(text);
    expect(v.flags.map((f) => f.id)).toContain("official_channel");
    expect(v.risk).toBe("low");
  });
});
