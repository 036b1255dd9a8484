import { describe, expect, it } from "vitest";
import { checker } from "../helpers/engine.ts";

/** Round 78's dev half: skilled trades and their papers. */
describe("round 78: an onward crossing by road, and a worker's hearsay he refuses", () => {
  const { check } = checker();

  it("en: 'cross by road through Bosnia' after a work visa is a route", () => {
    const v = check("Serbia Work Visa for steel fixers, visa 100%. After 3 months, boys who want to go Italy can cross by road through Bosnia. Our team helps. Total 16 lakh, 3 lakh advance by EasyPaisa. 0333-0000651");
    expect(v.flags.map((f) => f.id)).toContain("smuggling_route");
    expect(v.crime).toBe("smuggling");
  });

  it("ur-Latn: 'suna hai kuch log backdated letter bana dete hain' in a worker's own question tells no offer", () => {
    const text =
      "Bhaiyo, mera 5 saal ka asli tajurba hai as electrician. Agent keh raha hai ke SVP ke liye experience letter Chamber of Commerce se attest karwa lo. Fees kitni lagti hai? Suna hai kuch log 'backdated letter' bhi bana dete hain lekin mujhe woh nahi chahiye.";
    const v = check(text);
    expect(v.flags.map((f) => f.id)).not.toContain("document_forgery");
    expect(v.toldOffer).toBeUndefined();
  });
});
