import { sql } from "drizzle-orm";
import type { Db } from "../db/client.ts";
import { registryOperators, type NewRegistryOperatorRow, type RegistryOperatorRow } from "../db/schema/index.ts";
import { canonicalLicence } from "../engine/licence.ts";
import { coreName } from "../engine/names.ts";
import type { LicenceStatus, Operator } from "../engine/types.ts";
import { operatorKey } from "./row.ts";

function toRow(op: Operator): NewRegistryOperatorRow {
  return {
    key: operatorKey(op),
    country: op.country,
    registry: op.registry,
    licenceNo: op.licenceNo,
    licenceCanonical: op.licenceNo ? canonicalLicence(op.licenceNo) : null,
    name: op.name,
    nameNormalized: coreName(op.name),
    status: op.status,
    city: op.city,
    website: op.website,
    phones: op.phones,
    validUntil: op.validUntil,
    sourceUrl: op.sourceUrl,
  };
}

function fromRow(row: RegistryOperatorRow): Operator {
  return {
    country: row.country,
    registry: row.registry,
    licenceNo: row.licenceNo,
    name: row.name,
    status: row.status as LicenceStatus,
    city: row.city,
    website: row.website,
    phones: row.phones,
    validUntil: row.validUntil,
    sourceUrl: row.sourceUrl,
  };
}

export interface UpsertCounts {
  inserted: number;
  updated: number;
}

/**
 * Inserts new operators and updates known ones (same registry and licence),
 * so importing the same file twice changes nothing. A row whose fields did not
 * change is not rewritten.
 */
export async function upsertOperators(db: Db, operators: Operator[]): Promise<UpsertCounts> {
  if (operators.length === 0) return { inserted: 0, updated: 0 };
  // One statement cannot touch the same key twice: the last row of a file wins.
  const rows = [...new Map(operators.map((op) => [operatorKey(op), toRow(op)])).values()];
  const t = registryOperators;
  // The derived columns count too: a row imported before the way of reading names or licences changed is rewritten.
  const changed = sql`(${t.name}, ${t.status}, ${t.city}, ${t.website}, ${t.phones}, ${t.validUntil}, ${t.sourceUrl}, ${t.country}, ${t.nameNormalized}, ${t.licenceCanonical})
    is distinct from (excluded.name, excluded.status, excluded.city, excluded.website, excluded.phones, excluded.valid_until, excluded.source_url, excluded.country, excluded.name_normalized, excluded.licence_canonical)`;
  const result = await db
    .insert(t)
    .values(rows)
    .onConflictDoUpdate({
      target: t.key,
      set: {
        name: sql`excluded.name`,
        nameNormalized: sql`excluded.name_normalized`,
        status: sql`excluded.status`,
        city: sql`excluded.city`,
        website: sql`excluded.website`,
        phones: sql`excluded.phones`,
        validUntil: sql`excluded.valid_until`,
        sourceUrl: sql`excluded.source_url`,
        country: sql`excluded.country`,
        licenceNo: sql`excluded.licence_no`,
        licenceCanonical: sql`excluded.licence_canonical`,
        updatedAt: sql`now()`,
      },
      setWhere: changed,
    })
    .returning({ inserted: sql<boolean>`(xmax = 0)` });
  const inserted = result.filter((r) => r.inserted).length;
  return { inserted, updated: result.length - inserted };
}

export async function loadOperators(db: Db): Promise<Operator[]> {
  const rows = await db.select().from(registryOperators);
  return rows.map(fromRow);
}

export async function countOperators(db: Db): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(registryOperators);
  return row?.n ?? 0;
}
