/**
 * How long a new connection may take: libpq's `connect_timeout` (seconds) when the URL gives one, else 5 s,
 * so that a report falls back to the journal within seconds when the server cannot be reached.
 * node-postgres reads the parameter only for its native driver, hence here.
 */
export function connectTimeoutMs(url: string): number {
  const seconds = Number(new URL(url).searchParams.get("connect_timeout") ?? "");
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 5_000;
}
