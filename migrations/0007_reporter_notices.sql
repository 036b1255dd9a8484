CREATE TABLE "reporter_notices" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"referral_id" uuid NOT NULL,
	"reporter_hash" text NOT NULL,
	"reference" text NOT NULL,
	"event" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"delivered_at" timestamp with time zone,
	CONSTRAINT "reporter_notices_event_check" CHECK ("reporter_notices"."event" in ('taken_up','referred','resolved','rejected'))
);
--> statement-breakpoint
ALTER TABLE "reporter_notices" ADD CONSTRAINT "reporter_notices_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "reporter_notices_event_idx" ON "reporter_notices" USING btree ("referral_id","event");--> statement-breakpoint
CREATE INDEX "reporter_notices_pending_idx" ON "reporter_notices" USING btree ("reporter_hash") WHERE "reporter_notices"."delivered_at" is null;