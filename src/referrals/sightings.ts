import type { Entities } from "../engine/types.ts";

export type SightingKind = "phone" | "handle" | "email" | "email_domain" | "url_domain" | "licence" | "brand";

export interface Sighting {
  kind: SightingKind;
  value: string;
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
  const add = (kind: SightingKind, value: string) => {
    const v = value.trim().toLowerCase();
    if (v) out.set(`${kind}:${v}`, { kind, value: v });
  };
  for (const p of entities.phones) add("phone", p.e164);
  for (const e of entities.emails) {
    add("email", e.address);
    if (!e.freeMail) add("email_domain", e.domain);
  }
  for (const u of entities.urls) {
    const handle = HANDLE_LINK.exec(u.url);
    if (handle && !handle[1]!.startsWith("+") && !/^joinchat/i.test(handle[1]!)) add("handle", `${u.domain}/${handle[1]}`);
    else if (!filter.shorteners.includes(u.domain) && !filter.messengerDomains.includes(u.domain)) add("url_domain", u.domain);
    else add("url_domain", u.url.replace(/^https?:\/\//i, ""));
  }
  for (const h of entities.handles) add("handle", h.handle);
  for (const l of entities.licences) add("licence", l.canonical);
  for (const b of entities.brands) add("brand", b.id);
  return [...out.values()];
}
