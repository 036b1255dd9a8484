import type { Db } from "../db/client.ts";
import { verdictFeedback } from "../db/schema/index.ts";
import type { Verdict } from "../engine/types.ts";
import { referralCountry } from "./country.ts";

/** "This verdict is wrong": kept with the disputed verdict for a caseworker of the advert's country to review. */
export async function insertFeedback(
  db: Db,
  feedback: { channel: string; language: string; adText: string; verdict: Verdict; reporterHash: string | null; comment?: string },
): Promise<number> {
  const [row] = await db
    .insert(verdictFeedback)
    .values({
      channel: feedback.channel,
      language: feedback.language,
      adText: feedback.adText,
      verdict: feedback.verdict,
      reporterHash: feedback.reporterHash,
      comment: feedback.comment ?? null,
      country: referralCountry(feedback.verdict),
    })
    .returning({ id: verdictFeedback.id });
  return row!.id;
}
