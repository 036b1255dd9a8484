CREATE TABLE "feed_subscriptions" (
	"name" text PRIMARY KEY NOT NULL,
	"url" text NOT NULL,
	"etag" text,
	"last_modified" text,
	"checked_at" timestamp with time zone,
	"merged_at" timestamp with time zone,
	"indicators" integer,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "remote_sightings" (
	"source" text NOT NULL,
	"kind" text NOT NULL,
	"value" text NOT NULL,
	"country" text,
	"reports" integer NOT NULL,
	"first_seen" timestamp with time zone NOT NULL,
	"last_seen" timestamp with time zone NOT NULL,
	CONSTRAINT "remote_sightings_source_kind_value_pk" PRIMARY KEY("source","kind","value")
);
--> statement-breakpoint
ALTER TABLE "remote_sightings" ADD CONSTRAINT "remote_sightings_source_feed_subscriptions_name_fk" FOREIGN KEY ("source") REFERENCES "public"."feed_subscriptions"("name") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "remote_sightings_entity_idx" ON "remote_sightings" USING btree ("kind","value");