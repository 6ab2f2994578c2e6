-- Lists, labels, manual order and search (DESIGN §8). Upgrades live data: every user gets an
-- Inbox, and every task goes into its owner's Inbox in number order.
-- pg_trgm: typo-tolerant search. PGlite loads it in db/client.ts (a bare CREATE EXTENSION fails there).
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE TABLE "lists" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"name" text NOT NULL,
	"color" text DEFAULT 'gray' NOT NULL,
	"position" text COLLATE "C" NOT NULL,
	"inbox" boolean DEFAULT false NOT NULL,
	"archived" boolean DEFAULT false NOT NULL,
	"deleted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "lists_name_length" CHECK (char_length("lists"."name") between 1 and 60),
	CONSTRAINT "lists_color_palette" CHECK (color in ('gray', 'red', 'orange', 'yellow', 'green', 'teal', 'blue', 'indigo', 'purple', 'pink')),
	CONSTRAINT "lists_inbox_stays" CHECK (not "lists"."inbox" or ("lists"."deleted_at" is null and not "lists"."archived"))
);
--> statement-breakpoint
CREATE TABLE "labels" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"name" text NOT NULL,
	"color" text DEFAULT 'gray' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "labels_name_length" CHECK (char_length("labels"."name") between 1 and 40),
	CONSTRAINT "labels_color_palette" CHECK (color in ('gray', 'red', 'orange', 'yellow', 'green', 'teal', 'blue', 'indigo', 'purple', 'pink'))
);
--> statement-breakpoint
CREATE TABLE "task_labels" (
	"task_id" uuid NOT NULL,
	"label_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	CONSTRAINT "task_labels_pkey" PRIMARY KEY("task_id","label_id")
);
--> statement-breakpoint
ALTER TABLE "lists" ADD CONSTRAINT "lists_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "labels" ADD CONSTRAINT "labels_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "lists_user_name_key" ON "lists" USING btree ("user_id",lower("name")) WHERE "lists"."deleted_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "lists_user_inbox_key" ON "lists" USING btree ("user_id") WHERE "lists"."inbox";--> statement-breakpoint
CREATE UNIQUE INDEX "lists_user_position_key" ON "lists" USING btree ("user_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "lists_id_user_key" ON "lists" USING btree ("id","user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "labels_user_name_key" ON "labels" USING btree ("user_id",lower("name"));--> statement-breakpoint
CREATE UNIQUE INDEX "labels_id_user_key" ON "labels" USING btree ("id","user_id");--> statement-breakpoint
-- Backfill: an Inbox for every user, first in their list order.
INSERT INTO "lists" ("user_id", "name", "position", "inbox") SELECT "id", 'Inbox', 'a0', true FROM "user";--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "list_id" uuid;--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "position" text COLLATE "C";--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "trashed_with_list" boolean DEFAULT false NOT NULL;--> statement-breakpoint
-- Every task into its owner's Inbox; positions are the keys fractional-indexing makes one after
-- another from the start ("a0" … "az", "b00" … "bzz", "c000" …), in task number order.
UPDATE "tasks" SET "list_id" = "ranked"."list_id", "position" = "ranked"."position"
FROM (
  SELECT "id", "list_id", case
    when n < 62 then 'a' || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', (n)::int + 1, 1)
    when n < 3906 then 'b' || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', ((n - 62) / 62)::int + 1, 1) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', ((n - 62) % 62)::int + 1, 1)
    when n < 242234 then 'c' || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', ((n - 3906) / 3844)::int + 1, 1) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', ((n - 3906) / 62 % 62)::int + 1, 1) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', ((n - 3906) % 62)::int + 1, 1)
    else 'd' || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', ((n - 242234) / 238328)::int + 1, 1) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', ((n - 242234) / 3844 % 62)::int + 1, 1) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', ((n - 242234) / 62 % 62)::int + 1, 1) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', ((n - 242234) % 62)::int + 1, 1)
  end AS "position"
  FROM (
    SELECT t."id", l."id" AS "list_id", row_number() OVER (PARTITION BY t."user_id" ORDER BY t."number") - 1 AS n
    FROM "tasks" t JOIN "lists" l ON l."user_id" = t."user_id" AND l."inbox"
  ) "numbered"
) "ranked"
WHERE "tasks"."id" = "ranked"."id";--> statement-breakpoint
ALTER TABLE "tasks" ALTER COLUMN "list_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "tasks" ALTER COLUMN "position" SET NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "tasks_id_user_key" ON "tasks" USING btree ("id","user_id");--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_list_owner_fk" FOREIGN KEY ("list_id","user_id") REFERENCES "public"."lists"("id","user_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "tasks_list_position_key" ON "tasks" USING btree ("list_id","position");--> statement-breakpoint
CREATE INDEX "tasks_list_pending_idx" ON "tasks" USING btree ("list_id") WHERE "tasks"."deleted_at" is null and not "tasks"."completed";--> statement-breakpoint
ALTER TABLE "task_labels" ADD CONSTRAINT "task_labels_task_fk" FOREIGN KEY ("task_id","user_id") REFERENCES "public"."tasks"("id","user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_labels" ADD CONSTRAINT "task_labels_label_fk" FOREIGN KEY ("label_id","user_id") REFERENCES "public"."labels"("id","user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "task_labels_label_idx" ON "task_labels" USING btree ("label_id");--> statement-breakpoint
-- Search (lib/tasks/search.ts): full text over title and description (English stems), and their
-- trigrams for substrings and typos. Without fastupdate a new task is searchable at once, and
-- searches never wade through a pending list.
CREATE INDEX "tasks_text_fts_idx" ON "tasks" USING gin (to_tsvector('english', "title" || ' ' || "description")) WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "tasks_text_trgm_idx" ON "tasks" USING gin (("title" || ' ' || "description") gin_trgm_ops) WITH (fastupdate=false);--> statement-breakpoint
-- Planning a search evaluates its conditions on the sampled values of these expressions (100 by
-- default, about 2 ms a query); 10 tell a common pattern from a rare one as well, in about 0.3 ms.
ALTER INDEX "tasks_text_trgm_idx" ALTER COLUMN 1 SET STATISTICS 10;--> statement-breakpoint
ALTER INDEX "tasks_text_fts_idx" ALTER COLUMN 1 SET STATISTICS 10;
