import type { Entities } from "./types.ts";

import type { Evidence } from "./types.ts";

export type SightingKind = "phone" | "handle" | "email" | "email_domain" | "url_domain" | "licence" | "brand";

export interface Sighting {
  kind: SightingKind;
  value: string;
  /** Where the ad shows it, to quote back when it was reported before. */
  evidence: Evidence;
}

/** Domains whose presence says nothing about who posted the ad. */
export interface SightingFilter {
  freeMailDomains: readonly string[];
  shorteners: readonly string[];
  messengerDomains: readonly string[];
}

const HANDLE_LINK = /^(?:https?:\/\/)?(?:t\.me|telegram\.me|instagram\.com|facebook\.com|wa\.me)\/([a-z0-9_.+]{3,64})/i;

/**
 * The scammer-side identities in an ad, normalised for linking: the same
 * number written "0300-0000111" and "+92 300 0000111" is one sighting.
 */
export function sightingsOf(entities: Entities, filter: SightingFilter): Sighting[] {
  const out = new Map<string, Sighting>();
  const add = (kind: SightingKind, value: string, evidence: Evidence) => {
    const v = value.trim().toLowerCase();
    const key = `${kind}:${v}`;
    if (v && !out.has(key)) out.set(key, { kind, value: v, evidence });
  };
  for (const p of entities.phones) add("phone", p.e164, p.evidence);
  for (const e of entities.emails) {
    add("email", e.address, e.evidence);
    if (!e.freeMail) add("email_domain", e.domain, e.evidence);
  }
  for (const u of entities.urls) {
    const handle = HANDLE_LINK.exec(u.url);
    if (handle && !handle[1]!.startsWith("+") && !/^joinchat/i.test(handle[1]!)) add("handle", `${u.domain}/${handle[1]}`, u.evidence);
    else if (!filter.shorteners.includes(u.domain) && !filter.messengerDomains.includes(u.domain)) add("url_domain", u.domain, u.evidence);
    else add("url_domain", u.url.replace(/^https?:\/\//i, ""), u.evidence);
  }
  for (const h of entities.handles) add("handle", h.handle, h.evidence);
  for (const l of entities.licences) add("licence", l.canonical, l.evidence);
  for (const b of entities.brands) add("brand", b.id, b.evidence);
  return [...out.values()];
}
