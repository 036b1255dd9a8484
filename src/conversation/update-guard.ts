import { sql } from "drizzle-orm";
import type { Db } from "../db/client.ts";
import { processedUpdates } from "../db/schema/index.ts";

/** Says once per key that an update is new; a redelivered update is then ignored. */
export interface UpdateGuard {
  firstTime(key: string): Promise<boolean>;
}

export function dbUpdateGuard(db: Db, onError: (error: unknown) => void, capacity = 50_000): UpdateGuard {
  // Keys seen while the database was unreachable, so an outage does not double-process either.
  const recent = new Set<string>();
  return {
    async firstTime(key) {
      try {
        const rows = await db.insert(processedUpdates).values({ key }).onConflictDoNothing().returning({ key: processedUpdates.key });
        return rows.length === 1 && !recent.has(key);
      } catch (error) {
        onError(error);
        if (recent.has(key)) return false;
        recent.add(key);
        if (recent.size > capacity) recent.delete(recent.values().next().value!);
        return true;
      }
    },
  };
}

/** Forgets processed keys older than `days`; a redelivery never comes that late. */
export async function pruneProcessedUpdates(db: Db, days = 7): Promise<void> {
  await db.delete(processedUpdates).where(sql`${processedUpdates.createdAt} < now() - make_interval(days => ${days})`);
}
