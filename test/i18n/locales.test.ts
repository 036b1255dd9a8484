import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../src/engine/engine.ts";
import { createI18n, loadResources } from "../../src/i18n/index.ts";
import { renderVerdict } from "../../src/i18n/render-verdict.ts";
import { LANGUAGES, SIGNAL_IDS } from "../../src/engine/types.ts";
import { shippedEngine } from "../helpers/engine.ts";

type Tree = { [key: string]: string | Tree };

/** Leaf keys, with plural suffixes folded: `moreReasons_few` and `moreReasons_one` are one key. */
function keys(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === "string" ? [`${prefix}${k.replace(/_(zero|one|two|few|many|other)$/, "")}`] : keys(v, `${prefix}${k}.`),
  );
}

function leaves(tree: Tree, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === "string" ? [[`${prefix}${k}`, v] as [string, string]] : leaves(v, `${prefix}${k}.`)));
}

const resources = loadResources();
let engine: Engine;
beforeAll(async () => {
  engine = await shippedEngine();
});
const tree = (lng: string) => (resources[lng] as { translation: Tree }).translation;

describe("locales", () => {
  const english = new Set(keys(tree("en")));

  it.each(LANGUAGES)("%s has exactly the English keys", (lng) => {
    expect(new Set(keys(tree(lng)))).toEqual(english);
  });

  it.each(LANGUAGES)("%s keeps every {{variable}} of the English text", (lng) => {
    const en = new Map(leaves(tree("en")).map(([k, v]) => [k.replace(/_(zero|one|two|few|many|other)$/, ""), v]));
    for (const [key, value] of leaves(tree(lng))) {
      const vars = (s: string) => new Set(s.match(/{{\s*\w+\s*}}/g) ?? []);
      expect(vars(value), `${lng}: ${key}`).toEqual(vars(en.get(key.replace(/_(zero|one|two|few|many|other)$/, ""))!));
    }
  });

  it.each(LANGUAGES)("%s has the plural forms its language needs", (lng) => {
    const categories = new Intl.PluralRules(lng.split("-")[0]).resolvedOptions().pluralCategories;
    const verdict = tree(lng).verdict as Tree;
    for (const c of categories) expect(verdict[`moreReasons_${c}`], `${lng} moreReasons_${c}`).toBeTypeOf("string");
  });

  it("explains every signal the engine can raise", () => {
    for (const id of SIGNAL_IDS) expect(english.has(`signal.${id}`)).toBe(true);
  });

  it.each(["ru", "uz-Latn", "uz-Cyrl", "tg", "ky", "kk"])("explains signs to %s readers with Central Asian examples, not Pakistani jargon", (lng) => {
    // Only the Pakistani fee cap names Pakistan: it is raised only for a Pakistani advert.
    const signals = leaves(tree(lng).signal as Tree).filter(([key]) => key !== "fee_over_legal_cap");
    for (const [key, text] of signals) expect(text, `${lng} signal.${key}`).not.toMatch(/done base|dunki|the game|azad|hawala|хавал|protector|easypaisa|jazzcash/i);
  });

  it.each(LANGUAGES)("renders a full verdict in %s with no missing key", async (lng) => {
    const i18n = await createI18n(resources);
    const missing: string[] = [];
    i18n.on("missingKey", (_l, _ns, key) => missing.push(key));
    i18n.options.saveMissing = true;
    const verdict = engine.check(
      "URGENT!!! Dubai driver, visit visa, 100% visa, advance 50,000 via EasyPaisa, WhatsApp only 0300-0000111, OEP Licence 2291/RWP. Good looking girls age 18-25 for Cambodia online sales, dunki by road",
    );
    const text = renderVerdict(i18n.getFixedT(lng), verdict, { maxReasons: 3 });
    expect(missing).toEqual([]);
    expect(text).not.toMatch(/\b(signal|advice|registry|verdict|risk)\.[a-z]/);
    expect(text).toContain("2291/RWP");
  });
});
