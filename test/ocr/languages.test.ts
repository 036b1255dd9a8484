import { describe, expect, it } from "vitest";
import { passesFor } from "../../src/ocr/languages.ts";
import { installedLanguages } from "../../src/ocr/tesseract.ts";

describe("language packs for a sender, with the Arabic-script model", () => {
  const bookworm = new Set(["eng", "rus", "urd", "Arabic", "kaz", "osd"]);
  const scriptDir = new Set(["eng", "rus", "urd", "script/Arabic", "kaz", "osd"]);

  it("reads Urdu with urd and the Arabic-script model, by either name Debian installs it under", () => {
    expect(passesFor("ur", bookworm)[0]).toEqual(["urd", "Arabic"]);
    expect(passesFor("ur", scriptDir)[0]).toEqual(["urd", "script/Arabic"]);
    expect(passesFor(undefined, scriptDir)).toEqual([["rus", "eng"], ["urd", "script/Arabic"]]);
  });

  it("adds no English pass after the Arabic-script model, which reads Latin letters itself; keeps it where only urd is there", () => {
    expect(passesFor("ur", bookworm)).toEqual([["urd", "Arabic"]]);
    expect(passesFor("ur", scriptDir)).toEqual([["urd", "script/Arabic"]]);
    expect(passesFor("ur", new Set(["eng", "urd"]))).toEqual([["urd"], ["eng"]]);
    // A second pass that brings a new alphabet stays.
    expect(passesFor("ur-Latn", bookworm)).toEqual([["eng"], ["urd", "Arabic"]]);
    expect(passesFor("en", bookworm)).toEqual([["rus", "eng"], ["urd", "Arabic"]]);
  });

  it("finds the Arabic-script model on this machine (Debian's tesseract-ocr-script-arab)", async () => {
    const installed = new Set((await installedLanguages("tesseract")) ?? []);
    expect(passesFor("ur", installed)[0]).toEqual(["urd", expect.stringMatching(/^(script\/)?Arabic$/)]);
  });
});
