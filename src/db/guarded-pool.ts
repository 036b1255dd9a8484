import pg from "pg";

/**
 * A pool whose checked-out clients go back (and are discarded) when their
 * connection ends, even if the code that took them never releases them.
 * drizzle-orm 0.45 sends a transaction's BEGIN before its try/finally: when
 * the server cuts the connection at that moment, the client was never
 * released, and after a few such cuts the pool had no clients left and
 * shutting down waited for ever.
 */
export class GuardedPool extends pg.Pool {
  override connect(): Promise<pg.PoolClient>;
  override connect(callback: (err: Error | undefined, client: pg.PoolClient | undefined, done: (release?: unknown) => void) => void): void;
  override connect(callback?: (err: Error | undefined, client: pg.PoolClient | undefined, done: (release?: unknown) => void) => void): Promise<pg.PoolClient> | void {
    // pool.query checks out with a callback and always releases: only the promise form is guarded.
    if (callback) return super.connect(callback);
    return super.connect().then(guard);
  }
}

function guard(client: pg.PoolClient): pg.PoolClient {
  const release = client.release.bind(client);
  let released = false;
  const onEnd = () => releaseOnce(new Error("the connection ended while the client was checked out"));
  const releaseOnce = (err?: Error | boolean) => {
    if (released) return;
    released = true;
    client.removeListener("end", onEnd);
    release(err);
  };
  client.once("end", onEnd);
  client.release = releaseOnce;
  return client;
}
