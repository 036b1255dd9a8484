import { sql } from "drizzle-orm";
import type { WhatsappLink } from "../api/routes/caseworker-whatsapp.ts";
import type { WhatsappWeb } from "../channels/whatsapp/web.ts";
import type { Db } from "../db/client.ts";
import { whatsappWebStatus } from "../db/schema/index.ts";

const ROW = "session";
/** A status not refreshed for this many ticks belongs to an instance that is gone. */
const STALE_TICKS = 5;
/**
 * An unchanged status is rewritten after this many ticks, only so readers can
 * tell the session is still alive: a heartbeat that fails is retried on the
 * next tick and still lands well inside STALE_TICKS.
 */
export const HEARTBEAT_TICKS = 2;

export interface SharedWhatsappLink extends WhatsappLink {
  stop(): void;
}

/**
 * The WhatsApp Web link as every instance sees it. The instance running the
 * session (`local()` defined) writes its state and QR code to Postgres when
 * they change, and unchanged every HEARTBEAT_TICKS ticks as a heartbeat; the
 * others read them, so an admin behind a load balancer can scan the code
 * whichever instance answers. A status gone stale means no
 * instance runs the session right now: "standby" until one takes it.
 */
export function sharedWhatsappLink(db: Db, local: () => WhatsappWeb | undefined, log: { warn(obj: object, msg: string): void }, everyMs = 2_000): SharedWhatsappLink {
  let seen: { state: string; qr: string | null } = { state: "standby", qr: null };
  /** What this instance last wrote, and the ticks since; undefined until written, or after another instance may have. */
  let written: { state: string; qr: string | null; ticksAgo: number } | undefined;

  async function tick() {
    const web = local();
    if (web) {
      const state = web.state();
      const qr = web.qr();
      if (written) written.ticksAgo += 1;
      if (written && written.state === state && written.qr === qr && written.ticksAgo < HEARTBEAT_TICKS) return;
      // The database's clock on insert and update alike: readers judge staleness by its now(), not by this instance's.
      await db
        .insert(whatsappWebStatus)
        .values({ id: ROW, state, qr, updatedAt: sql`now()` })
        .onConflictDoUpdate({ target: whatsappWebStatus.id, set: { state, qr, updatedAt: sql`now()` } });
      written = { state, qr, ticksAgo: 0 };
      return;
    }
    written = undefined;
    const result = (await db.execute(
      sql`select state, qr, updated_at > now() - make_interval(secs => ${(STALE_TICKS * everyMs) / 1000}) as fresh from ${whatsappWebStatus} where id = ${ROW}`,
    )) as unknown as { rows: { state: string; qr: string | null; fresh: boolean }[] };
    const row = result.rows[0];
    seen = row?.fresh ? { state: row.state, qr: row.qr } : { state: "standby", qr: null };
  }

  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    tick()
      .catch((error: unknown) => log.warn({ err: error }, "whatsapp web status not shared"))
      .finally(() => (running = false));
  }, everyMs);
  timer.unref();

  return {
    state: () => local()?.state() ?? seen.state,
    qr: () => {
      const web = local();
      return web ? web.qr() : seen.qr;
    },
    stop: () => clearInterval(timer),
  };
}
