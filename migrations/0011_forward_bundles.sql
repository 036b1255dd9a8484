CREATE TABLE "forward_bundles" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"sender_hash" text NOT NULL,
	"channel" text NOT NULL,
	"via" text NOT NULL,
	"update_id" text NOT NULL,
	"language_hint" text,
	"album" text,
	"pieces" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"reading" integer DEFAULT 0 NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"taken_until" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "forward_bundles_open_idx" ON "forward_bundles" USING btree ("sender_hash") WHERE "forward_bundles"."taken_until" is null;--> statement-breakpoint
CREATE INDEX "forward_bundles_due_idx" ON "forward_bundles" USING btree ("due_at");