import { describe, expect, it } from "vitest";
import { safeError, safeMessage } from "../../src/logging/safe-error.ts";

describe("safeError", () => {
  it("keeps a database error's kind and codes, never its parameters or the values it quotes", () => {
    const cause = Object.assign(new Error('invalid input syntax for type uuid: "Zarina wants work"'), { code: "22P02", severity: "ERROR", detail: "Key (phone)=(+923001234567) exists" });
    const error = new Error('Failed query: insert into "referrals" ("ad_text") values ($1)\nparams: URGENT visa 100% call Zarina', { cause });
    const out = JSON.stringify(safeError(error));
    expect(out).not.toMatch(/Zarina|URGENT|923001234567/);
    expect(safeError(error)).toMatchObject({ type: "Error", message: "Failed query (parameters not logged)", cause: { code: "22P02", severity: "ERROR" } });
  });

  it("cuts query strings, bot tokens and long numbers out of a message", () => {
    expect(safeMessage("GET https://api.telegram.org/file/bot123456:ABCdefGhIJKlmnoPQRstuVWxyz0123/photos/a.jpg?sig=1 failed")).toBe("GET https://api.telegram.org/file/bot…/photos/a.jpg?… failed");
    expect(safeMessage("no chat 923001234567 found")).toBe("no chat … found");
  });

  it("logs nothing of a thrown value that is not an Error", () => {
    expect(safeError("the advert text")).toEqual({ type: "string", message: "", stack: "" });
  });
});
