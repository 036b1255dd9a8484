import { sql } from "drizzle-orm";
import type { Db } from "../../src/db/client.ts";

/** Every row of every table in the public schema, as JSON text: what a privacy test searches. */
export async function dumpAllTables(db: Db): Promise<string> {
  const tables = (await db.execute(
    sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
  )) as unknown as { rows: { table_name: string }[] };
  const dumps: string[] = [];
  for (const { table_name } of tables.rows) {
    const rows = (await db.execute(sql`select row_to_json(t)::text as row from ${sql.identifier(table_name)} t`)) as unknown as { rows: { row: string }[] };
    dumps.push(...rows.rows.map((r) => `${table_name}: ${r.row}`));
  }
  return dumps.join("\n");
}
