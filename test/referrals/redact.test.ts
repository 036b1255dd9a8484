import { describe, expect, it } from "vitest";
import { REDACTED, redactFreeText, redactReporter } from "../../src/referrals/redact.ts";

describe("redactReporter", () => {
  it("removes the reporter's own phone in any spelling, and keeps the scammer's", () => {
    const text = "My number 0345-1234567 / +92 345 1234567 / 03451234567. Agent: 0300-0000111";
    expect(redactReporter(text, { phones: ["+923451234567"] })).toBe(`My number ${REDACTED} / ${REDACTED} / ${REDACTED}. Agent: 0300-0000111`);
  });

  it("removes names and usernames, whole words only", () => {
    expect(redactReporter("sent by Rashida Bibi @rashida_b; Rashidabad office", { names: ["Rashida Bibi"], usernames: ["rashida_b"] })).toBe(
      `sent by ${REDACTED} ${REDACTED} ${REDACTED}; Rashidabad office`,
    );
  });

  it("treats identity text literally, not as a pattern", () => {
    expect(redactReporter("axb (x) a.b*", { names: ["a.b*"] })).toBe(`axb (x) ${REDACTED}`);
    expect(redactReporter("hi J.R. there", { usernames: ["j.r"] })).toBe(`hi ${REDACTED}. there`);
  });
});

describe("redactFreeText", () => {
  it("removes every phone number and e-mail from what the reporter typed", () => {
    expect(redactFreeText("call me 0345 1234567 or mail me.x@gmail.com, id 123456789012")).toBe(`call me ${REDACTED} or mail ${REDACTED}, id ${REDACTED}`);
  });

  it("keeps amounts and words", () => {
    expect(redactFreeText("paid 50,000 rupees on Facebook")).toBe("paid 50,000 rupees on Facebook");
  });
});
