CREATE TABLE "whatsapp_web_status" (
	"id" text PRIMARY KEY NOT NULL,
	"state" text NOT NULL,
	"qr" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
