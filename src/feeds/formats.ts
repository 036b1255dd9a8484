import { createHash } from "node:crypto";
import { stringify } from "csv-stringify/sync";
import type { FeedDocument, FeedIndicator } from "./document.ts";

/** One row per identity: what a spreadsheet or a blocklist importer reads. */
export function feedCsv(feed: FeedDocument): string {
  const rows = [
    ...feed.indicators.map((i) => [i.kind, i.value, i.reports, i.firstSeen, i.lastSeen, "", "indicator"]),
    ...feed.misusedIdentities.map((m) => [m.kind, m.value, m.reports, m.since, m.lastSeen, m.countries.join(" "), "misused_identity"]),
  ];
  return stringify(rows, { header: true, columns: ["kind", "value", "reports", "first_seen", "last_seen", "countries", "section"] });
}

/** STIX's namespace for deterministic identifiers of cyber-observables (STIX 2.1, 2.9). */
const SCO_NAMESPACE = "00abedb4-aa42-466c-9c01-fed23315a9b7";

/** UUIDv5 (RFC 9562) of `name` in `namespace`: the same identity gets the same id on every instance, so bundles merge. */
function uuidV5(namespace: string, name: string): string {
  const bytes = createHash("sha1").update(Buffer.from(namespace.replace(/-/g, ""), "hex")).update(name, "utf8").digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** STIX patterns quote with single quotes; a quote or backslash in a value is escaped. */
const quoted = (value: string) => `'${value.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;

/**
 * The observable behind an indicator where STIX has one (e-mail address,
 * domain name), else a pattern on a custom property: STIX has no phone-number
 * or messenger-handle object, and user-account fits a handle only loosely.
 */
function patternOf(i: FeedIndicator): string {
  switch (i.kind) {
    case "email":
      return `[email-addr:value = ${quoted(i.value)}]`;
    case "email_domain":
      return `[email-addr:value LIKE ${quoted(`%@${i.value}`)}]`;
    case "url_domain":
      return i.value.includes("/") ? `[url:value LIKE ${quoted(`%${i.value}%`)}]` : `[domain-name:value = ${quoted(i.value)}]`;
    case "handle":
      return `[user-account:account_login = ${quoted(i.value.replace(/^@/, ""))}]`;
    case "phone":
      return `[x-offercheck-phone:value = ${quoted(i.value)}]`;
    case "licence":
      return `[x-offercheck-licence:value = ${quoted(i.value)}]`;
  }
}

const DESCRIPTIONS: Record<FeedIndicator["kind"], string> = {
  phone: "Phone number in fake job adverts",
  handle: "Messenger handle in fake job adverts",
  email: "Contact e-mail in fake job adverts",
  email_domain: "E-mail domain of fake job adverts",
  url_domain: "Website of fake job adverts",
  licence: "Recruiter licence number cited in fake job adverts",
};

/** TLP:AMBER marking definition (STIX 2.1, 7.2.1.4): the same id everywhere. */
const TLP_AMBER = "marking-definition--f88d31f6-486f-44da-b317-01333bde0b82";

/**
 * A STIX 2.1 bundle: the publisher as an identity, each scammer-side identity
 * as an indicator (pattern, first/last seen, report count), each misused
 * company or licence as an identity it is noted against, marked TLP:AMBER.
 */
export function feedStix(feed: FeedDocument): object {
  const created = feed.generatedAt;
  const publisher = `identity--${uuidV5(SCO_NAMESPACE, `offercheck-publisher:${feed.publisher.name}`)}`;
  const common = { spec_version: "2.1", created, modified: created, created_by_ref: publisher, object_marking_refs: [TLP_AMBER] };
  const indicators = feed.indicators.map((i) => ({
    type: "indicator",
    id: `indicator--${uuidV5(SCO_NAMESPACE, `offercheck:${i.kind}:${i.value}`)}`,
    ...common,
    name: `${DESCRIPTIONS[i.kind]}: ${i.value}`,
    description: `${DESCRIPTIONS[i.kind]}, named in ${i.reports} jobseeker report(s) to ${feed.publisher.name}.`,
    indicator_types: ["malicious-activity"],
    pattern: patternOf(i),
    pattern_type: "stix",
    pattern_version: "2.1",
    valid_from: i.firstSeen,
    labels: ["recruitment-fraud", `offercheck-kind-${i.kind.replace(/_/g, "-")}`],
    x_offercheck_reports: i.reports,
    x_offercheck_last_seen: i.lastSeen,
  }));
  const identities = feed.misusedIdentities.map((m) => ({
    type: "identity",
    id: `identity--${uuidV5(SCO_NAMESPACE, `offercheck-misused:${m.kind}:${m.value}`)}`,
    ...common,
    name: m.value,
    identity_class: "organization",
    description: `Named in ${m.reports} fake job advert report(s) since ${m.since.slice(0, 10)} (${m.countries.join(", ") || "country unknown"}): impersonated, not involved.`,
    labels: ["impersonated", `offercheck-kind-${m.kind}`],
    x_offercheck_reports: m.reports,
    x_offercheck_countries: m.countries,
    x_offercheck_last_seen: m.lastSeen,
  }));
  return {
    type: "bundle",
    id: `bundle--${uuidV5(SCO_NAMESPACE, `offercheck-bundle:${feed.publisher.name}:${feed.generatedAt}`)}`,
    objects: [
      { type: "identity", id: publisher, spec_version: "2.1", created, modified: created, name: feed.publisher.name, identity_class: "organization", ...(feed.publisher.country ? { x_offercheck_country: feed.publisher.country } : {}) },
      ...indicators,
      ...identities,
    ],
  };
}
