import { describe, expect, it } from "vitest";
import { checker } from "../helpers/engine.ts";

/** Round 86's dev half: hotels, restaurants and tourism. */

describe("en: a state service's warning, 'WARNING to citizens' and 'a licensed agency never …'", () => {
  const { check } = checker();

  it("the lures it quotes are what it warns against", () => {
    const text =
      "CENTRE FOR EMPLOYMENT ABROAD\nWARNING to jobseekers\nPages on Instagram offer \"hotel jobs in Europe without a visa, through Serbia\" and \"free flat and ticket\" to young women. People paid 500 to 3,000 USD and got nothing.\n• A licensed agency never asks you to send money to the card of a private person.\n• A tourist visa does not give the right to work.\nCheck an agency's licence before you sign anything.";
    const v = check(text);
    const flags = v.flags.map((f) => f.id);
    expect(flags).toContain("anti_fraud_notice");
    expect(flags).not.toContain("smuggling_route");
    expect(v.risk).toBe("low");
  });

  it("'a licensed agency never keeps your passport' on its own is a warning", () => {
    expect(check("Remember: a licensed agency never keeps your passport.").flags.map((f) => f.id)).toContain("anti_fraud_notice");
  });
});
