import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { DASHBOARD_LANGUAGES } from "../../src/caseworkers/types.ts";
import { SIGNAL_IDS } from "../../src/engine/types.ts";
import { DASHBOARD_LOCALES } from "../../src/dashboard/routes.ts";

/*
 * The dashboard's words (src/dashboard/locales) get the same checks as the
 * helpline's (locales/, test/i18n/locales.test.ts): the same keys in every
 * language, the same {{variables}}, the plural forms each language needs; and
 * every key the page's code asks for exists.
 */

type Tree = { [key: string]: string | Tree };
const ROOT = join(import.meta.dirname, "..", "..");
const LOCALES = join(ROOT, "src", "dashboard", "locales");
const PUBLIC = join(ROOT, "src", "dashboard", "public");
const PLURAL = /_(zero|one|two|few|many|other)$/;

const tree = (lng: string) => JSON.parse(readFileSync(join(LOCALES, `${lng}.json`), "utf8")) as Tree;
function leaves(t: Tree, prefix = ""): [string, string][] {
  return Object.entries(t).flatMap(([k, v]) => (typeof v === "string" ? [[`${prefix}${k}`, v] as [string, string]] : leaves(v, `${prefix}${k}.`)));
}
const keys = (lng: string) => new Set(leaves(tree(lng)).map(([k]) => k.replace(PLURAL, "")));
const vars = (s: string) => new Set(s.match(/{{\s*\w+\s*}}/g) ?? []);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith(".js") ? [join(dir, e.name)] : []));
}
function sourcesOf(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".ts"))
    .map((e) => join(e.parentPath, e.name));
}
const code = sources(PUBLIC).map((file) => ({ file: relative(PUBLIC, file), text: readFileSync(file, "utf8") }));

describe("dashboard locales", () => {
  const english = keys("en");

  it("are one file per language an account can choose", () => {
    expect([...DASHBOARD_LOCALES].sort()).toEqual([...DASHBOARD_LANGUAGES].sort());
    expect(readdirSync(LOCALES).sort()).toEqual(DASHBOARD_LOCALES.map((l) => `${l}.json`).sort());
  });

  it.each(DASHBOARD_LOCALES)("%s has exactly the English keys", (lng) => {
    expect(keys(lng)).toEqual(english);
  });

  it.each(DASHBOARD_LOCALES)("%s keeps every {{variable}} of the English text", (lng) => {
    const en = new Map(leaves(tree("en")).map(([k, v]) => [k.replace(PLURAL, ""), v]));
    for (const [key, value] of leaves(tree(lng))) expect(vars(value), `${lng}: ${key}`).toEqual(vars(en.get(key.replace(PLURAL, ""))!));
  });

  it.each(DASHBOARD_LOCALES)("%s has every plural form its language needs", (lng) => {
    const categories = new Intl.PluralRules(lng).resolvedOptions().pluralCategories;
    const all = new Set(leaves(tree(lng)).map(([k]) => k));
    const plural = [...new Set(leaves(tree("en")).filter(([k]) => PLURAL.test(k)).map(([k]) => k.replace(PLURAL, "")))];
    expect(plural.length).toBeGreaterThan(5);
    for (const key of plural) for (const c of categories) expect(all.has(`${key}_${c}`), `${lng}: ${key}_${c}`).toBe(true);
  });

  it("leaves nothing in English in Russian but names that are the same in both", () => {
    const en = new Map(leaves(tree("en")));
    const same = leaves(tree("ru")).filter(([k, v]) => v === en.get(k) && /[a-z]{3}/i.test(v)).map(([k]) => k);
    expect(same.sort()).toEqual(["channel.telegram", "channel.whatsapp", "nav.exportMisp", "whatsapp.title"]);
  });

  it("leaves no English sentence in Urdu: what stays in Latin letters is names, codes and settings a caseworker types as they are", () => {
    const en = new Map(leaves(tree("en")));
    const same = leaves(tree("ur")).filter(([k, v]) => v === en.get(k) && /[a-z]{3}/i.test(v)).map(([k]) => k);
    expect(same.sort()).toEqual(["channel.telegram", "channel.whatsapp", "nav.exportMisp", "whatsapp.title"]);
    // Every other string is written in Urdu: once its names, codes and {{variables}} are taken out, no Latin word of three letters is left.
    const KEPT = /{{\s*\w+\s*}}|WhatsApp( Web)?|Telegram|MISP|BEOE|JSON|CSV|ZIP|SHA-256|manifest\.json|IOM|UTC|QR|README|WHATSAPP_WEB=on|instance|Connect WhatsApp|Settings|Linked devices|Link a device|offercheck|OEP 0417\/RWP|Margalla Crest/g;
    const latin = leaves(tree("ur"))
      .filter(([k]) => !same.includes(k))
      .filter(([, v]) => /[A-Za-z]{3}/.test(v.replace(KEPT, "")))
      .map(([k]) => k);
    expect(latin).toEqual([]);
    expect(leaves(tree("ur")).filter(([, v]) => /[\u0600-\u06FF]/.test(v)).length).toBeGreaterThan(380);
  });

  it("has every key the page's code and index.html ask for", () => {
    const used = new Set<string>();
    for (const { text } of code) for (const m of text.matchAll(/\bt\(\s*"([\w.]+)"/g)) used.add(m[1]!);
    const html = readFileSync(join(PUBLIC, "index.html"), "utf8");
    for (const m of html.matchAll(/data-i18n="([\w.]+)"/g)) used.add(m[1]!);
    for (const m of html.matchAll(/data-i18n-attr="([^"]+)"/g)) for (const pair of m[1]!.split(",")) used.add(pair.split(":")[1]!.trim());
    expect(used.size).toBeGreaterThan(150);
    expect([...used].filter((k) => !english.has(k))).toEqual([]);
  });

  it("labels every status, risk, language and signal the API sends, and every signal the engine can raise", async () => {
    const vocabulary = (await import(pathToFileURL(join(PUBLIC, "js", "vocabulary.js")).href)) as Record<string, string[]>;
    expect([...vocabulary.FLAGS!].sort()).toEqual([...SIGNAL_IDS].sort());
    const need = [
      ...vocabulary.STATUSES!.map((s) => `status.${s}`),
      ...Object.values(vocabulary.TRANSITIONS as unknown as Record<string, string[]>).flat().map((s) => `transition.${s}`),
      ...vocabulary.RISKS!.map((r) => `risk.${r}`),
      ...vocabulary.LANGUAGES!.map((l) => `lang.${l}`),
      ...vocabulary.FLAGS!.map((f) => `flag.${f}`),
      ...["fraud", "smuggling", "trafficking"].map((c) => `crime.${c}`),
      ...["telegram", "whatsapp", "web", "journal"].map((c) => `channel.${c}`),
      ...["PK", "KZ", "KG", "TJ", "UZ"].map((c) => `country.${c}`),
    ];
    expect(need.filter((k) => !english.has(k))).toEqual([]);
  });

  it("says every error the API can answer the dashboard with in the dashboard's words", () => {
    const codes = new Set<string>();
    const pattern = /(?:ApiError\(\d+,\s*|WorkflowError\(|\berror: |\bcode: )"([a-z_]+)"/g;
    for (const dir of ["api", "referrals"]) for (const file of sourcesOf(join(ROOT, "src", dir))) for (const m of readFileSync(file, "utf8").matchAll(pattern)) codes.add(m[1]!);
    // Answered only to what the dashboard has no page for: account management and registry import (admins, over the API), /metrics.
    for (const code of ["invalid", "invalid_csv", "exists", "unauthorized"]) codes.delete(code);
    // Answered only to platforms and partner instances, on the partner API (/api/v1), which the dashboard never calls.
    for (const code of ["invalid_key", "invalid_callback", "unsupported_media_type", "empty_batch", "too_large", "batch_running", "starting"]) codes.delete(code);
    expect(codes.size).toBeGreaterThan(15);
    expect([...codes].filter((code) => !english.has(`apiError.${code}`))).toEqual([]);
  });

  it("keeps every file of the page under 400 lines", () => {
    const files = readdirSync(PUBLIC, { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile() && /\.(js|css|html)$/.test(e.name))
      .map((e) => join(e.parentPath, e.name));
    const long = files.map((file) => [relative(PUBLIC, file), readFileSync(file, "utf8").split("\n").length] as const).filter(([, lines]) => lines > 400);
    expect(long).toEqual([]);
    expect(files.length).toBeGreaterThan(25);
  });
});
