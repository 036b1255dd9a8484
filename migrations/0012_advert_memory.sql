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
ALTER TABLE "advert_cluster_referrals" ADD CONSTRAINT "advert_cluster_referrals_cluster_id_advert_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."advert_clusters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advert_cluster_referrals" ADD CONSTRAINT "advert_cluster_referrals_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "advert_cluster_referrals_referral_idx" ON "advert_cluster_referrals" USING btree ("referral_id");--> statement-breakpoint
CREATE INDEX "advert_clusters_last_seen_idx" ON "advert_clusters" USING btree ("last_seen");--> statement-breakpoint
CREATE INDEX "advert_clusters_sightings_idx" ON "advert_clusters" USING btree ("sightings" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "advert_sighting_keys_seen_idx" ON "advert_sighting_keys" USING btree ("seen_at");