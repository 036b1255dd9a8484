CREATE TABLE "caseworkers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"password_hash" text NOT NULL,
	"role" text DEFAULT 'caseworker' NOT NULL,
	"countries" text[] DEFAULT '{}'::text[] NOT NULL,
	"disabled" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "caseworkers_role_check" CHECK ("caseworkers"."role" in ('caseworker','admin'))
);
--> statement-breakpoint
CREATE TABLE "referral_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"referral_id" uuid NOT NULL,
	"actor_id" uuid,
	"action" text NOT NULL,
	"from_status" text,
	"to_status" text,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "referral_notes" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"referral_id" uuid NOT NULL,
	"author_id" uuid,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "referrals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"idempotency_key" text NOT NULL,
	"status" text DEFAULT 'new' NOT NULL,
	"urgency" text DEFAULT 'normal' NOT NULL,
	"country" text,
	"channel" text NOT NULL,
	"language" text NOT NULL,
	"ad_text" text NOT NULL,
	"risk" text NOT NULL,
	"score" real NOT NULL,
	"crime" text,
	"flags" text[] DEFAULT '{}'::text[] NOT NULL,
	"verdict" jsonb NOT NULL,
	"entities" jsonb NOT NULL,
	"reporter_answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"reporter_hash" text,
	"assignee_id" uuid,
	"claimed_at" timestamp with time zone,
	"claim_expires_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "referrals_status_check" CHECK ("referrals"."status" in ('new','claimed','in_review','referred','resolved','rejected')),
	CONSTRAINT "referrals_urgency_check" CHECK ("referrals"."urgency" in ('normal','urgent'))
);
--> statement-breakpoint
CREATE TABLE "verdict_feedback" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"channel" text NOT NULL,
	"language" text NOT NULL,
	"ad_text" text NOT NULL,
	"verdict" jsonb NOT NULL,
	"comment" text,
	"reporter_hash" text,
	"reviewed_at" timestamp with time zone,
	"reviewer_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "registry_operators" (
	"id" serial PRIMARY KEY NOT NULL,
	"key" text NOT NULL,
	"country" text NOT NULL,
	"registry" text NOT NULL,
	"licence_no" text,
	"licence_canonical" text,
	"name" text NOT NULL,
	"name_normalized" text NOT NULL,
	"status" text NOT NULL,
	"city" text,
	"website" text,
	"phones" text[] DEFAULT '{}'::text[] NOT NULL,
	"valid_until" date,
	"source_url" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "registry_operators_status_check" CHECK ("registry_operators"."status" in ('active','cancelled','expired','surrendered','suspended','invalid'))
);
--> statement-breakpoint
CREATE TABLE "sightings" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"value" text NOT NULL,
	"referral_id" uuid,
	"source" text NOT NULL,
	"risk" text NOT NULL,
	"seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sightings_kind_check" CHECK ("sightings"."kind" in ('phone','handle','email','email_domain','url_domain','licence','brand'))
);
--> statement-breakpoint
ALTER TABLE "referral_events" ADD CONSTRAINT "referral_events_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_events" ADD CONSTRAINT "referral_events_actor_id_caseworkers_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."caseworkers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_notes" ADD CONSTRAINT "referral_notes_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_notes" ADD CONSTRAINT "referral_notes_author_id_caseworkers_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."caseworkers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_assignee_id_caseworkers_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."caseworkers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verdict_feedback" ADD CONSTRAINT "verdict_feedback_reviewer_id_caseworkers_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."caseworkers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sightings" ADD CONSTRAINT "sightings_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "caseworkers_email_idx" ON "caseworkers" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "referral_events_referral_idx" ON "referral_events" USING btree ("referral_id","created_at");--> statement-breakpoint
CREATE INDEX "referral_notes_referral_idx" ON "referral_notes" USING btree ("referral_id");--> statement-breakpoint
CREATE UNIQUE INDEX "referrals_reference_idx" ON "referrals" USING btree ("reference");--> statement-breakpoint
CREATE UNIQUE INDEX "referrals_idempotency_idx" ON "referrals" USING btree ("idempotency_key");--> statement-breakpoint
CREATE INDEX "referrals_queue_idx" ON "referrals" USING btree ("status","urgency","created_at");--> statement-breakpoint
CREATE INDEX "referrals_reporter_idx" ON "referrals" USING btree ("reporter_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "registry_operators_key_idx" ON "registry_operators" USING btree ("key");--> statement-breakpoint
CREATE INDEX "registry_operators_licence_idx" ON "registry_operators" USING btree ("licence_canonical");--> statement-breakpoint
CREATE INDEX "registry_operators_name_idx" ON "registry_operators" USING btree ("name_normalized");--> statement-breakpoint
CREATE INDEX "sightings_entity_idx" ON "sightings" USING btree ("kind","value");--> statement-breakpoint
CREATE INDEX "sightings_referral_idx" ON "sightings" USING btree ("referral_id");