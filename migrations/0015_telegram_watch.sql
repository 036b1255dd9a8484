CREATE TABLE "monitor_daily" (
	"source_id" bigint NOT NULL,
	"day" date NOT NULL,
	"checked" integer DEFAULT 0 NOT NULL,
	"risky" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "monitor_daily_pkey" PRIMARY KEY("source_id","day")
);
--> statement-breakpoint
CREATE TABLE "monitor_sightings" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"referral_id" uuid NOT NULL,
	"source_id" bigint NOT NULL,
	"message_id" bigint NOT NULL,
	"link" text,
	"chat_title" text NOT NULL,
	"posted_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monitor_sources" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"chat_id" bigint NOT NULL,
	"kind" text NOT NULL,
	"username" text,
	"title" text NOT NULL,
	"country" text,
	"reply" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "monitor_sources_kind_check" CHECK ("monitor_sources"."kind" in ('channel','group','supergroup'))
);
--> statement-breakpoint
ALTER TABLE "monitor_daily" ADD CONSTRAINT "monitor_daily_source_id_monitor_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."monitor_sources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitor_sightings" ADD CONSTRAINT "monitor_sightings_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitor_sightings" ADD CONSTRAINT "monitor_sightings_source_id_monitor_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."monitor_sources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "monitor_daily_day_idx" ON "monitor_daily" USING btree ("day");--> statement-breakpoint
CREATE UNIQUE INDEX "monitor_sightings_post_idx" ON "monitor_sightings" USING btree ("source_id","message_id");--> statement-breakpoint
CREATE INDEX "monitor_sightings_referral_idx" ON "monitor_sightings" USING btree ("referral_id","posted_at");--> statement-breakpoint
CREATE UNIQUE INDEX "monitor_sources_chat_idx" ON "monitor_sources" USING btree ("chat_id");