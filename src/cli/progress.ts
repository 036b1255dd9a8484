import cliProgress from "cli-progress";

export interface Progress {
  /** `bytes` of the input read so far, `ads` scanned. */
  update(bytes: number, ads: number): void;
  stop(): void;
}

/** Plain lines when stderr is not a terminal (a log, CI): one every so often, not a redrawn bar. */
const PLAIN_EVERY_MS = 5_000;

/** A progress bar over the input's bytes on a terminal, plain lines otherwise; always on stderr. */
export function progressOnStderr(totalBytes: number): Progress {
  const started = Date.now();
  const rate = (ads: number) => Math.round(ads / Math.max(0.001, (Date.now() - started) / 1000));
  if (process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar(
      { stream: process.stderr, format: "{bar} {percentage}% | {ads} adverts | {rate} ads/s | ETA {eta_formatted}", hideCursor: true, etaBuffer: 50 },
      cliProgress.Presets.shades_classic,
    );
    bar.start(Math.max(1, totalBytes), 0, { ads: 0, rate: 0 });
    return {
      update: (bytes, ads) => bar.update(bytes, { ads, rate: rate(ads) }),
      stop: () => bar.stop(),
    };
  }
  let last = started;
  return {
    update(bytes, ads) {
      if (Date.now() - last < PLAIN_EVERY_MS) return;
      last = Date.now();
      process.stderr.write(`scanned ${ads} adverts (${Math.floor((100 * bytes) / Math.max(1, totalBytes))}%, ${rate(ads)} ads/s)\n`);
    },
    stop() {},
  };
}
