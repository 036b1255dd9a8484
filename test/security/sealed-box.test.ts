import { describe, expect, it } from "vitest";
import { sealedBox } from "../../src/security/sealed-box.ts";

describe("sealedBox", () => {
  const box = sealedBox("reporter-hmac-key-".padEnd(40, "k"), "forward-address");

  it("opens what it sealed, in the same context; the sealed text shows nothing of it and differs each time", () => {
    const sealed = box.seal("923001234567@c.us", "sender-a");
    expect(box.open(sealed, "sender-a")).toBe("923001234567@c.us");
    expect(sealed).not.toContain("923001234567");
    expect(Buffer.from(sealed, "base64url").toString("latin1")).not.toContain("923001234567");
    expect(box.seal("923001234567@c.us", "sender-a")).not.toBe(sealed);
    expect(box.open(box.seal("", "sender-a"), "sender-a")).toBe("");
  });

  it("refuses another context, another key or purpose, and a changed sealed text", () => {
    const sealed = box.seal("730419268", "sender-a");
    expect(() => box.open(sealed, "sender-b")).toThrow();
    expect(() => sealedBox("another-key-".padEnd(40, "k"), "forward-address").open(sealed, "sender-a")).toThrow();
    expect(() => sealedBox("reporter-hmac-key-".padEnd(40, "k"), "another-purpose").open(sealed, "sender-a")).toThrow();
    const bytes = Buffer.from(sealed, "base64url");
    bytes[bytes.length - 1]! ^= 1;
    expect(() => box.open(bytes.toString("base64url"), "sender-a")).toThrow();
  });
});
