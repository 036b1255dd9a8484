import { randomUUID } from "node:crypto";
import { and, eq, sql, type SQL } from "drizzle-orm";
import type { Caseworker } from "../caseworkers/types.ts";
import type { Db } from "../db/client.ts";
import { referrals, sightings } from "../db/schema/index.ts";
import { filterCondition, type ReferralFilter } from "./filters.ts";

export interface MispAttribute {
  uuid: string;
  type: "phone-number" | "email-src" | "domain" | "url" | "text";
  category: string;
  value: string;
  to_ids: boolean;
  distribution: string;
  comment: string;
  first_seen: string;
  last_seen: string;
}

export interface MispEvent {
  Event: {
    uuid: string;
    info: string;
    date: string;
    timestamp: string;
    published: boolean;
    /** 0: your organisation only. Sharing wider is a decision for a person in MISP, not for an export. */
    distribution: string;
    threat_level_id: string;
    analysis: string;
    Tag: { name: string }[];
    Attribute: MispAttribute[];
  };
}

/**
 * MISP type, category and IDS flag per sighting kind, following MISP's
 * describeTypes: phones and licence numbers as financial-fraud context,
 * addresses and links as indicators. Brands are the victims of
 * impersonation, not the scammer's, and are not exported.
 */
const MAPPING: Record<string, { type: MispAttribute["type"]; category: string; to_ids: boolean; what: string } | undefined> = {
  phone: { type: "phone-number", category: "Financial fraud", to_ids: false, what: "phone number in job ads" },
  email: { type: "email-src", category: "Social network", to_ids: true, what: "contact e-mail in job ads" },
  email_domain: { type: "domain", category: "Network activity", to_ids: true, what: "e-mail domain of job ads" },
  url_domain: { type: "domain", category: "Network activity", to_ids: true, what: "website of job ads" },
  handle: { type: "text", category: "Social network", to_ids: false, what: "messenger handle in job ads" },
  licence: { type: "text", category: "Other", to_ids: false, what: "recruiter licence number cited in job ads" },
};

/** References listed in one attribute's comment. */
const MAX_REFERENCES = 20;

const CRIME_TAGS: Record<string, string[]> = {
  fraud: ['offercheck:crime="recruitment-fraud"', 'circl:incident-classification="scam"'],
  smuggling: ['offercheck:crime="migrant-smuggling"'],
  trafficking: ['offercheck:crime="human-trafficking"'],
};

/**
 * One MISP event with the scammer-side indicators of the filtered referrals,
 * each value once, with how many referrals carried it and when. Rejected
 * referrals (not a scam after all) are left out unless the filter asks for
 * them. Nothing about reporters is exported.
 */
export async function mispEvent(db: Db, actor: Caseworker, filter: ReferralFilter, now = new Date()): Promise<MispEvent> {
  const where: SQL = and(filterCondition(actor, filter), filter.status?.length ? undefined : sql`${referrals.status} <> 'rejected'`) ?? sql`true`;
  const seen = await db
    .select({
      kind: sightings.kind,
      value: sightings.value,
      referrals: sql<number>`count(distinct ${referrals.id})::int`,
      references: sql<string[]>`array_agg(distinct ${referrals.reference} order by ${referrals.reference})`,
      first: sql<Date>`min(${referrals.createdAt})`.mapWith(referrals.createdAt),
      last: sql<Date>`max(${referrals.createdAt})`.mapWith(referrals.createdAt),
    })
    .from(sightings)
    .innerJoin(referrals, eq(referrals.id, sightings.referralId))
    .where(and(where, sql`${sightings.source} = 'report'`))
    .groupBy(sightings.kind, sightings.value)
    .orderBy(sightings.kind, sightings.value);
  const urls = (await db.execute(sql`
    select u->>'url' as value, count(distinct r.id)::int as referrals, array_agg(distinct r.reference order by r.reference) as refs,
      min(r.created_at) as first, max(r.created_at) as last
    from ${referrals} r, jsonb_array_elements(r.entities->'urls') u
    where r.id in (select ${referrals.id} from ${referrals} where ${where})
    group by 1 order by 1`)) as unknown as { rows: { value: string; referrals: number; refs: string[]; first: string | Date; last: string | Date }[] };
  const crimes = await db.selectDistinct({ crime: referrals.crime }).from(referrals).where(where);

  const attribute = (type: MispAttribute["type"], category: string, to_ids: boolean, value: string, comment: string, first: Date, last: Date): MispAttribute => ({
    uuid: randomUUID(),
    type,
    category,
    value,
    to_ids,
    distribution: "5",
    comment,
    first_seen: first.toISOString(),
    last_seen: last.toISOString(),
  });
  // The references lead an analyst in MISP back to the referrals in offercheck; a long list is cut short.
  const reported = (n: number, refs: string[]) =>
    `reported in ${n} referral${n === 1 ? "" : "s"}: ${refs.slice(0, MAX_REFERENCES).join(", ")}${refs.length > MAX_REFERENCES ? ", …" : ""}`;
  const attributes: MispAttribute[] = [];
  for (const s of seen) {
    const m = MAPPING[s.kind];
    if (!m) continue;
    // A shortener or messenger link is kept whole in url_domain ("bit.ly/x"): it is a URL, not a domain.
    const type = m.type === "domain" && s.value.includes("/") ? "url" : m.type;
    attributes.push(attribute(type, m.category, m.to_ids, s.value, `${m.what}, ${reported(s.referrals, s.references)}`, s.first, s.last));
  }
  for (const u of urls.rows) {
    if (!u.value) continue;
    attributes.push(attribute("url", "Network activity", true, u.value, `link in job ads, ${reported(Number(u.referrals), u.refs)}`, new Date(u.first), new Date(u.last)));
  }
  const referralCount = await db.select({ n: sql<number>`count(*)::int` }).from(referrals).where(where);
  const tags = ["tlp:amber", ...crimes.flatMap((c) => (c.crime ? (CRIME_TAGS[c.crime] ?? []) : []))];
  return {
    Event: {
      uuid: randomUUID(),
      info: `offercheck: scammer-side indicators from ${referralCount[0]?.n ?? 0} jobseeker referrals`,
      date: now.toISOString().slice(0, 10),
      timestamp: String(Math.floor(now.getTime() / 1000)),
      published: false,
      distribution: "0",
      threat_level_id: "2",
      analysis: "1",
      Tag: [...new Set(tags)].map((name) => ({ name })),
      Attribute: attributes,
    },
  };
}
