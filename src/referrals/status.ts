export const REFERRAL_STATUSES = ["new", "claimed", "in_review", "referred", "resolved", "rejected"] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/** Statuses in which a referral is held by its assignee (until the claim expires). */
export const HELD: readonly ReferralStatus[] = ["claimed", "in_review"];
/** Statuses in which a referral is still in the queue: the rows referrals_claimable_idx covers. */
export const OPEN: readonly ReferralStatus[] = ["new", ...HELD];
/** Outcomes: the case left the queue. */
export const CLOSED: readonly ReferralStatus[] = ["referred", "resolved", "rejected"];

/**
 * The workflow: new → claimed → in_review → referred | resolved | rejected.
 * A held referral can be released back to new; a referred one resolved when
 * the partner reports back; a closed one reopened (admins).
 */
export const TRANSITIONS: Readonly<Record<ReferralStatus, readonly ReferralStatus[]>> = {
  new: ["claimed"],
  claimed: ["in_review", "referred", "resolved", "rejected", "new"],
  in_review: ["referred", "resolved", "rejected", "new"],
  referred: ["resolved", "new"],
  resolved: ["new"],
  rejected: ["new"],
};

/** An outcome, or undoing one, must say why: the audit trail is read by partners and supervisors. */
export function needsReason(from: ReferralStatus, to: ReferralStatus): boolean {
  return CLOSED.includes(to) || CLOSED.includes(from);
}
