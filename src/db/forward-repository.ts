import { sql, type SQL } from "drizzle-orm";
import type { ForwardPiece, ForwardStore, TakenForward } from "../conversation/forward-store.ts";
import type { SessionState } from "../conversation/types.ts";
import type { Db } from "./client.ts";
import { conversationSessions, forwardBundles } from "./schema/index.ts";

/** A picture read for this long has failed without a word (its instance died): its forward is answered without it. */
const READING_GIVEN_UP_SECONDS = 120;
/** Senders whose forwards one sweep answers at most; the next sweep takes the rest. */
const SWEEP_BATCH = 50;

interface ForwardRow {
  id: string | number;
  sender_hash: string;
  channel: string;
  via: string;
  update_id: string;
  language_hint: string | null;
  album: string | null;
  pieces: ForwardPiece[];
  state: SessionState | null;
}

function takenOf(row: ForwardRow): TakenForward {
  return {
    id: Number(row.id),
    senderHash: row.sender_hash,
    channel: row.channel,
    via: row.via,
    updateId: row.update_id,
    ...(row.language_hint ? { languageHint: row.language_hint } : {}),
    ...(row.album ? { album: row.album } : {}),
    pieces: row.pieces,
    state: row.state ?? {},
  };
}

async function rowsOf(db: Db, query: SQL): Promise<TakenForward[]> {
  const result = (await db.execute(query)) as unknown as { rows: ForwardRow[] };
  return result.rows.map(takenOf);
}

/**
 * Due: its window has closed and no picture of it is still being read (or
 * that reading has been given up); or an instance took it and its lease has
 * lapsed without the forward being answered.
 */
const DUE = sql`((taken_until is null and due_at <= now() and (reading = 0 or due_at <= now() - make_interval(secs => ${READING_GIVEN_UP_SECONDS})))
  or taken_until <= now())`;

const list = (values: readonly string[]) => sql`(${sql.join(values.map((v) => sql`${v}`), sql`, `)})`;

/** The columns a taken forward is answered with, and its sender's session. */
const TAKEN = sql`id, sender_hash, channel, via, update_id, language_hint, album, pieces,
  (select state from ${conversationSessions} s where s.sender_hash = ${forwardBundles}.sender_hash) as state`;

/**
 * Postgres: one forward gathering per sender (a partial unique index), grown
 * and taken by single statements, so two instances never answer it both.
 * Due forwards are leased, not deleted, until their answer is out: an
 * instance that dies while answering leaves the lease to lapse.
 */
export function dbForwardStore(db: Db): ForwardStore {
  return {
    async addToForward(senderHash, head, pieces, windowMs, reading) {
      const result = (await db.execute(sql`
        insert into ${forwardBundles} as f (sender_hash, channel, via, update_id, language_hint, album, pieces, reading, due_at)
        values (${senderHash}, ${head.channel}, ${head.via}, ${head.updateId}, ${head.languageHint ?? null}, ${head.album ?? null},
                ${JSON.stringify(pieces)}::jsonb, ${Math.max(reading, 0)}, now() + make_interval(secs => ${windowMs / 1000}))
        on conflict (sender_hash) where taken_until is null do update set
          pieces = f.pieces || excluded.pieces,
          reading = greatest(f.reading + ${reading}, 0),
          album = coalesce(f.album, excluded.album),
          due_at = greatest(f.due_at, excluded.due_at)
        returning ceil(extract(epoch from (due_at - now())) * 1000)::int as due_in`)) as unknown as { rows: { due_in: number }[] };
      return Math.max(0, result.rows[0]!.due_in);
    },
    async takeForward(senderHash, otherThanAlbum) {
      const album = otherThanAlbum === undefined ? sql`` : sql`and album is not null and album <> ${otherThanAlbum}`;
      const [taken] = await rowsOf(db, sql`delete from ${forwardBundles} where sender_hash = ${senderHash} and taken_until is null ${album} returning ${TAKEN}`);
      return taken ?? null;
    },
    async dueForwardSenders(via) {
      const result = (await db.execute(sql`
        select distinct sender_hash from ${forwardBundles} where via in ${list(via)} and ${DUE} limit ${SWEEP_BATCH}`)) as unknown as { rows: { sender_hash: string }[] };
      return result.rows.map((r) => r.sender_hash);
    },
    async takeDueForwards(senderHash, via, leaseMs) {
      return rowsOf(db, sql`
        update ${forwardBundles} set taken_until = now() + make_interval(secs => ${leaseMs / 1000})
        where id in (select id from ${forwardBundles} where sender_hash = ${senderHash} and via in ${list(via)} and ${DUE} for update skip locked)
        returning ${TAKEN}`);
    },
    async forwardAnswered(id) {
      await db.execute(sql`delete from ${forwardBundles} where id = ${id}`);
    },
  };
}

/** Forgets forwards no instance could answer in a day (their channel is no longer set up): they hold advert text. */
export async function pruneForwards(db: Db): Promise<void> {
  await db.delete(forwardBundles).where(sql`${forwardBundles.createdAt} < now() - interval '1 day'`);
}
