import { asc, inArray } from "drizzle-orm";
import type { Caseworker } from "../../caseworkers/types.ts";
import type { Db } from "../../db/client.ts";
import { referralEvents, referrals, sightings } from "../../db/schema/index.ts";
import { referralDetail, type ReferralDetail } from "../detail.ts";
import { mispEvent, type MispEvent } from "../export-misp.ts";
import { REFERRAL_STATUSES } from "../status.ts";

/** One advert of the package: the referral's own or a linked one the caseworker may see. */
export interface EvidenceAdvert {
  reference: string;
  createdAt: Date;
  country: string | null;
  channel: string;
  language: string;
  risk: string;
  crime: string | null;
  status: string;
  adText: string;
}

/** A scammer-side identity seen in one of the package's adverts. */
export interface EvidenceSighting {
  reference: string;
  kind: string;
  value: string;
  source: string;
  seenAt: Date;
}

export interface Evidence {
  referral: ReferralDetail;
  /** The referral's advert first, then the linked ones oldest first. */
  adverts: EvidenceAdvert[];
  sightings: EvidenceSighting[];
  misp: MispEvent;
  generatedAt: Date;
  generatedBy: string;
}

/**
 * Everything an investigator gets about one referral and the referrals linked
 * to it that this caseworker may see. The download is written to the audit
 * trail first, so the package's own trail shows it. Throws not_found /
 * forbidden like the referral page.
 */
export async function gatherEvidence(db: Db, actor: Caseworker, id: string, now = new Date()): Promise<Evidence> {
  // The scope check comes before the audit row: a refused caseworker leaves no trace on a case they cannot see.
  const visible = await referralDetail(db, actor, id);
  await db.insert(referralEvents).values({ referralId: id, actorId: actor.id, action: "evidence_downloaded", fromStatus: visible.status, toStatus: visible.status });
  const referral = await referralDetail(db, actor, id);
  const ids = [id, ...referral.cluster.members.flatMap((m) => (m.visible && m.id ? [m.id] : []))];
  const rows = await db
    .select({
      id: referrals.id,
      reference: referrals.reference,
      createdAt: referrals.createdAt,
      country: referrals.country,
      channel: referrals.channel,
      language: referrals.language,
      risk: referrals.risk,
      crime: referrals.crime,
      status: referrals.status,
      adText: referrals.adText,
    })
    .from(referrals)
    .where(inArray(referrals.id, ids))
    .orderBy(asc(referrals.createdAt));
  const seen = await db
    .select({ referralId: sightings.referralId, kind: sightings.kind, value: sightings.value, source: sightings.source, seenAt: sightings.seenAt })
    .from(sightings)
    .where(inArray(sightings.referralId, ids))
    .orderBy(asc(sightings.seenAt), asc(sightings.id));
  const referenceOf = new Map(rows.map((r) => [r.id, r.reference]));
  const adverts = [...rows.filter((r) => r.id === id), ...rows.filter((r) => r.id !== id)].map(({ id: _id, ...advert }) => advert);
  return {
    referral,
    adverts,
    sightings: seen.map(({ referralId, ...s }) => ({ reference: referenceOf.get(referralId ?? "") ?? "", ...s })),
    // Every status: a package documents the case as it stands, rejected links included.
    misp: await mispEvent(db, actor, { ids, status: [...REFERRAL_STATUSES] }, now),
    generatedAt: now,
    generatedBy: actor.email,
  };
}
