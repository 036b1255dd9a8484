import { inArray, sql } from "drizzle-orm";
import type { Caseworker } from "../caseworkers/types.ts";
import type { Db } from "../db/client.ts";
import { referrals, sightings } from "../db/schema/index.ts";
import { canSeeCountry } from "./access.ts";

/** Beyond this many linked referrals the cluster is cut (a brand or a big agency's licence can link hundreds). */
export const CLUSTER_LIMIT = 200;

export interface SharedValue {
  kind: string;
  value: string;
}

export interface ClusterMember {
  /** Null (with reference) for referrals of countries the caseworker does not work: they see that one exists, and what links it. */
  id: string | null;
  reference: string | null;
  visible: boolean;
  status: string;
  country: string | null;
  risk: string;
  createdAt: Date;
  /** This member's scammer-side values that other members of the cluster also carry. */
  shared: SharedValue[];
}

export interface Cluster {
  /** Referrals in the cluster, this one included. */
  size: number;
  truncated: boolean;
  /** The other referrals, oldest first. */
  members: ClusterMember[];
  /** Every value that links two or more referrals of the cluster, with how many carry it. */
  links: (SharedValue & { referrals: number })[];
}

/**
 * The referrals linked to one referral through reported sightings: sharing
 * a phone, handle, e-mail, domain, licence or brand with it, or with a
 * referral that does, and so on (a recursive query; UNION stops at rows
 * already found). Sightings from mere checks carry no referral and do not link.
 */
export async function clusterOf(db: Db, actor: Caseworker, referralId: string, limit = CLUSTER_LIMIT): Promise<Cluster> {
  const result = (await db.execute(sql`
    with recursive linked(id) as (
      select ${referralId}::uuid
      union
      select s2.referral_id
      from linked l
      join ${sightings} s1 on s1.referral_id = l.id and s1.source = 'report'
      join ${sightings} s2 on s2.kind = s1.kind and s2.value = s1.value and s2.source = 'report' and s2.referral_id is not null
    )
    select id from linked limit ${limit + 1}`)) as unknown as { rows: { id: string }[] };
  const truncated = result.rows.length > limit;
  const ids = result.rows.slice(0, limit).map((r) => r.id);
  if (ids.length <= 1) return { size: ids.length, truncated: false, members: [], links: [] };

  const seen = await db
    .select({ referralId: sightings.referralId, kind: sightings.kind, value: sightings.value })
    .from(sightings)
    .where(sql`${sightings.source} = 'report' and ${inArray(sightings.referralId, ids)}`);
  const carriers = new Map<string, Set<string>>();
  for (const s of seen) {
    const key = `${s.kind}\u0000${s.value}`;
    const set = carriers.get(key) ?? new Set<string>();
    set.add(s.referralId!);
    carriers.set(key, set);
  }
  // A link between referrals the caseworker may not see is another country's case: it is left out, and so
  // is a member reached only through such links. What they see is what ties their referral to others.
  const countryOf = new Map(
    (await db.select({ id: referrals.id, country: referrals.country }).from(referrals).where(inArray(referrals.id, ids))).map((r) => [r.id, r.country]),
  );
  const visibleId = (id: string) => id === referralId || canSeeCountry(actor, countryOf.get(id) ?? null);
  const sharedBy = new Map<string, SharedValue[]>();
  const links: Cluster["links"] = [];
  for (const [key, set] of carriers) {
    if (set.size < 2 || ![...set].some(visibleId)) continue;
    const [kind, value] = key.split("\u0000") as [string, string];
    links.push({ kind, value, referrals: set.size });
    for (const id of set) sharedBy.set(id, [...(sharedBy.get(id) ?? []), { kind, value }]);
  }
  links.sort((a, b) => b.referrals - a.referrals || a.kind.localeCompare(b.kind) || a.value.localeCompare(b.value));

  const rows = await db
    .select({ id: referrals.id, reference: referrals.reference, status: referrals.status, country: referrals.country, risk: referrals.risk, createdAt: referrals.createdAt })
    .from(referrals)
    .where(inArray(referrals.id, ids.filter((id) => id !== referralId && sharedBy.has(id))))
    .orderBy(referrals.createdAt);
  const members = rows.map((r): ClusterMember => {
    const visible = canSeeCountry(actor, r.country);
    return {
      id: visible ? r.id : null,
      reference: visible ? r.reference : null,
      visible,
      status: r.status,
      country: r.country,
      risk: r.risk,
      createdAt: r.createdAt,
      shared: sharedBy.get(r.id) ?? [],
    };
  });
  return { size: ids.length, truncated, members, links };
}
