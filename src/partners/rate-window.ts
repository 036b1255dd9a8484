import { sql } from "drizzle-orm";
import type { Db } from "../db/client.ts";
import { apiKeyRateWindows } from "../db/schema/index.ts";

/**
 * Counts a request of the key in its current one-minute window and answers
 * how many seconds remain of the window when the key is over its limit
 * (null within it). In the database, so the limit holds however many
 * instances a load balancer spreads the partner over.
 */
export async function hitRateWindow(db: Db, apiKeyId: string, perMinute: number): Promise<number | null> {
  const result = (await db.execute(sql`
    insert into ${apiKeyRateWindows} as w (api_key_id, window_start, hits) values (${apiKeyId}, now(), 1)
    on conflict (api_key_id) do update set
      window_start = case when w.window_start <= now() - interval '1 minute' then now() else w.window_start end,
      hits = case when w.window_start <= now() - interval '1 minute' then 1 else w.hits + 1 end
    returning hits, ceil(extract(epoch from (window_start + interval '1 minute' - now())))::int as retry_after`)) as unknown as {
    rows: { hits: number; retry_after: number }[];
  };
  const row = result.rows[0]!;
  return row.hits > perMinute ? Math.max(1, row.retry_after) : null;
}
