import { createHash } from "node:crypto";
import { stringify } from "csv-stringify/sync";
import { strToU8, zipSync } from "fflate";
import type { TFunction } from "i18next";
import type { Evidence } from "./gather.ts";
import { summaryHtml } from "./summary-html.ts";

export interface ManifestEntry {
  path: string;
  bytes: number;
  sha256: string;
}

export interface Manifest {
  format: "offercheck-evidence/1";
  reference: string;
  generatedAt: string;
  generatedBy: string;
  files: ManifestEntry[];
}

const json = (value: unknown) => strToU8(`${JSON.stringify(value, null, 2)}\n`);
const safeName = (reference: string) => reference.replace(/[^A-Za-z0-9-]/g, "_");

/** The package's files other than the summary and the manifest, by path. */
function dataFiles(evidence: Evidence): Map<string, Uint8Array> {
  const { cluster: _cluster, events, ...referral } = evidence.referral;
  const files = new Map<string, Uint8Array>();
  for (const a of evidence.adverts) files.set(`adverts/${safeName(a.reference)}.txt`, strToU8(a.adText.endsWith("\n") ? a.adText : `${a.adText}\n`));
  files.set("referral.json", json(referral));
  files.set(
    "linked-referrals.json",
    json({
      links: evidence.referral.cluster.links,
      truncated: evidence.referral.cluster.truncated,
      // Members of countries this caseworker does not work are named by reference only, as on the referral page.
      members: evidence.referral.cluster.members,
      adverts: evidence.adverts.slice(1).map(({ adText: _text, ...a }) => a),
    }),
  );
  files.set(
    "sightings.csv",
    strToU8(
      stringify(
        evidence.sightings.map((s) => [s.reference, s.kind, s.value, s.source, s.seenAt.toISOString()]),
        { header: true, columns: ["reference", "kind", "value", "source", "seen_at"] },
      ),
    ),
  );
  if (referral.postings.length > 0) {
    // Watched channels' and groups' posts of this advert: where to find each one again.
    const rows = referral.postings.map((p) => [p.chatTitle, p.link ?? "", p.postedAt.toISOString()]);
    files.set("postings.csv", strToU8(stringify(rows, { header: true, columns: ["chat", "link", "posted_at"] })));
  }
  files.set("audit-trail.json", json(events));
  files.set("misp-event.json", json(evidence.misp));
  return files;
}

const sha256 = (data: Uint8Array) => createHash("sha256").update(data).digest("hex");

/**
 * The evidence package as a ZIP: the adverts' texts, the referral, the linked
 * referrals, every sighting, the audit trail, the MISP event, a summary in
 * the caseworker's language, and manifest.json with the SHA-256 of every
 * other file, so an investigator can show nothing was changed after download.
 */
export function evidenceZip(evidence: Evidence, t: TFunction, language: string): { zip: Uint8Array; manifest: Manifest } {
  const files = dataFiles(evidence);
  const paths = ["summary.html", ...files.keys(), "manifest.json"];
  files.set("summary.html", strToU8(summaryHtml(evidence, t, language, paths)));
  const manifest: Manifest = {
    format: "offercheck-evidence/1",
    reference: evidence.referral.reference,
    generatedAt: evidence.generatedAt.toISOString(),
    generatedBy: evidence.generatedBy,
    files: [...files].map(([path, data]) => ({ path, bytes: data.byteLength, sha256: sha256(data) })).sort((a, b) => a.path.localeCompare(b.path)),
  };
  const entries = Object.fromEntries([...files, ["manifest.json", json(manifest)] as const]);
  return { zip: zipSync(entries, { level: 6, mtime: evidence.generatedAt }), manifest };
}
