CREATE TABLE "advert_bands" (
	"key" integer NOT NULL,
	"cluster_id" bigint NOT NULL,
	CONSTRAINT "advert_bands_pkey" PRIMARY KEY("key","cluster_id")
);
--> statement-breakpoint
CREATE TABLE "advert_cluster_referrals" (
	"cluster_id" bigint NOT NULL,
	"referral_id" uuid NOT NULL,
	CONSTRAINT "advert_cluster_referrals_pkey" PRIMARY KEY("cluster_id","referral_id")
);
--> statement-breakpoint
CREATE TABLE "advert_clusters" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"signature" integer[] NOT NULL,
	"bands" integer[] NOT NULL,
	"sightings" integer DEFAULT 0 NOT NULL,
	"reported" integer DEFAULT 0 NOT NULL,
	"countries" text[] DEFAULT '{}'::text[] NOT NULL,
	"sources" text[] DEFAULT '{}'::text[] NOT NULL,
	"first_seen" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "advert_sighting_keys" (
	"key_hash" text PRIMARY KEY NOT NULL,
	"seen_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "api_key_rate_windows" (
	"api_key_id" uuid PRIMARY KEY NOT NULL,
	"window_start" timestamp with time zone DEFAULT now() NOT NULL,
	"hits" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "api_keys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"key_hash" text NOT NULL,
	"countries" text[] DEFAULT '{}'::text[] NOT NULL,
	"rate_per_minute" integer DEFAULT 60 NOT NULL,
	"revoked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "api_keys_rate_check" CHECK ("api_keys"."rate_per_minute" > 0)
);
--> statement-breakpoint
CREATE TABLE "scan_batch_items" (
	"batch_id" uuid NOT NULL,
	"idx" integer NOT NULL,
	"input" jsonb,
	"result" jsonb,
	CONSTRAINT "scan_batch_items_batch_id_idx_pk" PRIMARY KEY("batch_id","idx"),
	CONSTRAINT "scan_batch_items_state_check" CHECK (("scan_batch_items"."input" is null) <> ("scan_batch_items"."result" is null))
);
--> statement-breakpoint
CREATE TABLE "scan_batches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"api_key_id" uuid NOT NULL,
	"status" text DEFAULT 'receiving' NOT NULL,
	"total" integer DEFAULT 0 NOT NULL,
	"done" integer DEFAULT 0 NOT NULL,
	"errors" integer DEFAULT 0 NOT NULL,
	"callback_url" text,
	"callback_secret" text,
	"callback_state" text,
	"finished_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "scan_batches_status_check" CHECK ("scan_batches"."status" in ('receiving','running','done')),
	CONSTRAINT "scan_batches_callback_check" CHECK ("scan_batches"."callback_state" is null or "scan_batches"."callback_state" in ('pending','sent','failed'))
);
--> statement-breakpoint
ALTER TABLE "advert_cluster_referrals" ADD CONSTRAINT "advert_cluster_referrals_cluster_id_advert_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."advert_clusters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advert_cluster_referrals" ADD CONSTRAINT "advert_cluster_referrals_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_key_rate_windows" ADD CONSTRAINT "api_key_rate_windows_api_key_id_api_keys_id_fk" FOREIGN KEY ("api_key_id") REFERENCES "public"."api_keys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scan_batch_items" ADD CONSTRAINT "scan_batch_items_batch_id_scan_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."scan_batches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scan_batches" ADD CONSTRAINT "scan_batches_api_key_id_api_keys_id_fk" FOREIGN KEY ("api_key_id") REFERENCES "public"."api_keys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "advert_cluster_referrals_referral_idx" ON "advert_cluster_referrals" USING btree ("referral_id");--> statement-breakpoint
CREATE INDEX "advert_clusters_last_seen_idx" ON "advert_clusters" USING btree ("last_seen");--> statement-breakpoint
CREATE INDEX "advert_clusters_sightings_idx" ON "advert_clusters" USING btree ("sightings" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "advert_sighting_keys_seen_idx" ON "advert_sighting_keys" USING btree ("seen_at");--> statement-breakpoint
CREATE UNIQUE INDEX "api_keys_key_hash_idx" ON "api_keys" USING btree ("key_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "api_keys_active_name_idx" ON "api_keys" USING btree (lower("name")) WHERE "api_keys"."revoked_at" is null;--> statement-breakpoint
CREATE INDEX "scan_batches_key_idx" ON "scan_batches" USING btree ("api_key_id");