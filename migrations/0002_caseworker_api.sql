CREATE TABLE "caseworker_sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"caseworker_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "login_failures" (
	"key" text PRIMARY KEY NOT NULL,
	"failures" integer DEFAULT 0 NOT NULL,
	"window_started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"locked_until" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "caseworker_sessions" ADD CONSTRAINT "caseworker_sessions_caseworker_id_caseworkers_id_fk" FOREIGN KEY ("caseworker_id") REFERENCES "public"."caseworkers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "caseworker_sessions_caseworker_idx" ON "caseworker_sessions" USING btree ("caseworker_id");--> statement-breakpoint
CREATE INDEX "caseworker_sessions_expires_idx" ON "caseworker_sessions" USING btree ("expires_at");