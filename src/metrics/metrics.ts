import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import type { ImageReader } from "../conversation/types.ts";

/** What the queue holds right now, read when Prometheus scrapes. */
export type QueueDepthReader = () => Promise<{ status: string; urgency: string; count: number }[]>;

/**
 * The helpline's Prometheus metrics, in a registry of their own (no global
 * default registry, so two apps in one process, as in tests, do not collide).
 * Labels are closed sets — channel, risk, language, status — never anything a
 * user typed or who they are.
 */
export function createMetrics(queueDepth?: QueueDepthReader) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "offercheck_" });
  const registers = [registry];
  const metrics = {
    registry,
    updates: new Counter({ name: "offercheck_updates_total", help: "Messages received from users, by channel", labelNames: ["channel"], registers }),
    verdicts: new Counter({ name: "offercheck_verdicts_total", help: "Job adverts checked, by risk level and language", labelNames: ["risk", "language"], registers }),
    reports: new Counter({
      name: "offercheck_reports_total",
      help: "Reports filed, by channel, urgency and where they went (database, or the outage journal)",
      labelNames: ["channel", "urgency", "stored"],
      registers,
    }),
    errors: new Counter({ name: "offercheck_errors_total", help: "Failures answered with an apology or a 5xx, by where", labelNames: ["where"], registers }),
    claimLatency: new Histogram({
      name: "offercheck_claim_latency_seconds",
      help: "Age of a referral when a caseworker claims it (how long reports wait in the queue)",
      buckets: [60, 300, 900, 1800, 3600, 4 * 3600, 12 * 3600, 24 * 3600, 3 * 24 * 3600, 7 * 24 * 3600],
      registers,
    }),
    ocrSeconds: new Histogram({
      name: "offercheck_ocr_seconds",
      help: "Reading a picture of an advert, by outcome",
      labelNames: ["outcome"],
      buckets: [0.25, 0.5, 1, 2, 4, 8, 15, 30],
      registers,
    }),
    httpSeconds: new Histogram({
      name: "offercheck_http_request_duration_seconds",
      help: "HTTP requests, by method, route pattern and status code",
      labelNames: ["method", "route", "status"],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers,
    }),
  };
  if (queueDepth) {
    new Gauge({
      name: "offercheck_queue_depth",
      help: "Open referrals (new, claimed, in review), by status and urgency",
      labelNames: ["status", "urgency"],
      registers,
      async collect() {
        this.reset();
        // Without the database the gauge stays empty; the scrape still brings every other metric, when they matter most.
        const rows = await queueDepth().catch(() => []);
        for (const row of rows) this.set({ status: row.status, urgency: row.urgency }, row.count);
      },
    });
  }
  return metrics;
}

export type Metrics = ReturnType<typeof createMetrics>;

/** The picture reader, timed by outcome (read, partial, or why nothing came out). */
export function timedImageReader(reader: ImageReader, metrics: Metrics): ImageReader {
  return {
    maxBytes: reader.maxBytes,
    async read(image, language) {
      const end = metrics.ocrSeconds.startTimer();
      try {
        const reading = await reader.read(image, language);
        end({ outcome: "failure" in reading ? reading.failure : reading.partial ? "partial" : "read" });
        return reading;
      } catch (error) {
        end({ outcome: "error" });
        throw error;
      }
    },
  };
}
