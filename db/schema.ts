import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  customType,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { COLORS } from "../lib/colors";
import { MESSAGE_STATUSES } from "../lib/conversations/schemas";

/**
 * A fractional order key (fractional-indexing: "a0" < "a0V" < "a1"). It must sort bytewise, the
 * way the keys are made, whatever the database's collation: hence COLLATE "C".
 */
const orderKey = customType<{ data: string }>({ dataType: () => 'text COLLATE "C"' });
const paletteCheck = (column: unknown) => sql.raw(`${String((column as { name: string }).name)} in (${COLORS.map((c) => `'${c}'`).join(", ")})`);

// Better Auth's tables: its model names, camelCase keys for its adapter, snake_case columns.
export const user = pgTable("user", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  email: text("email").notNull().unique(),
  emailVerified: boolean("email_verified").notNull().default(false),
  image: text("image"),
  // IANA zone and BCP 47 locale from the browser at sign-up (null until known): what "today"
  // means for this user, and in which zone their floating due dates and times are instants.
  timezone: text("timezone"),
  locale: text("locale"),
  // The optional morning summary: the local time it comes at (HH:MM), null when off.
  morningSummaryTime: text("morning_summary_time"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export const session = pgTable(
  "session",
  {
    id: text("id").primaryKey(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    token: text("token").notNull().unique(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    ipAddress: text("ip_address"),
    userAgent: text("user_agent"),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
  },
  (t) => [index("session_user_id_idx").on(t.userId)],
);

export const account = pgTable(
  "account",
  {
    id: text("id").primaryKey(),
    accountId: text("account_id").notNull(),
    providerId: text("provider_id").notNull(),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    accessToken: text("access_token"),
    refreshToken: text("refresh_token"),
    idToken: text("id_token"),
    accessTokenExpiresAt: timestamp("access_token_expires_at", { withTimezone: true }),
    refreshTokenExpiresAt: timestamp("refresh_token_expires_at", { withTimezone: true }),
    scope: text("scope"),
    password: text("password"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("account_user_id_idx").on(t.userId)],
);

export const verification = pgTable(
  "verification",
  {
    id: text("id").primaryKey(),
    identifier: text("identifier").notNull(),
    value: text("value").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("verification_identifier_idx").on(t.identifier)],
);

// Better Auth's limiter store (storage: "database"): sign-up and its other endpoints.
export const rateLimit = pgTable("rateLimit", {
  id: text("id").primaryKey(),
  key: text("key").notNull().unique(),
  count: integer("count").notNull(),
  lastRequest: bigint("last_request", { mode: "number" }).notNull(),
});

// Better Auth's API key plugin (@better-auth/api-key): keys are stored hashed; the owner is referenceId.
export const apikey = pgTable(
  "apikey",
  {
    id: text("id").primaryKey(),
    configId: text("config_id").notNull().default("default"),
    name: text("name"),
    start: text("start"),
    referenceId: text("reference_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    prefix: text("prefix"),
    key: text("key").notNull(),
    refillInterval: integer("refill_interval"),
    refillAmount: integer("refill_amount"),
    lastRefillAt: timestamp("last_refill_at", { withTimezone: true }),
    enabled: boolean("enabled").default(true),
    rateLimitEnabled: boolean("rate_limit_enabled").default(true),
    rateLimitTimeWindow: integer("rate_limit_time_window"),
    rateLimitMax: integer("rate_limit_max"),
    requestCount: integer("request_count").default(0),
    remaining: integer("remaining"),
    lastRequest: timestamp("last_request", { withTimezone: true }),
    expiresAt: timestamp("expires_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    permissions: text("permissions"),
    metadata: text("metadata"),
  },
  (t) => [index("apikey_key_idx").on(t.key), index("apikey_reference_id_idx").on(t.referenceId)],
);

// Our own fixed-window counters (lib/rate-limit.ts): failed sign-ins, chat, API, MCP.
export const rateLimits = pgTable("rate_limits", {
  key: text("key").primaryKey(),
  windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
  count: integer("count").notNull(),
});

export const taskCounters = pgTable("task_counters", {
  userId: text("user_id")
    .primaryKey()
    .references(() => user.id, { onDelete: "cascade" }),
  lastNumber: integer("last_number").notNull().default(0),
});


export const lists = pgTable(
  "lists",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    color: text("color").notNull().default("gray"),
    position: orderKey("position").notNull(),
    inbox: boolean("inbox").notNull().default(false),
    archived: boolean("archived").notNull().default(false),
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Names are unique ignoring case among the lists outside the trash: a trashed list frees its name.
    uniqueIndex("lists_user_name_key").on(t.userId, sql`lower(${t.name})`).where(sql`${t.deletedAt} is null`),
    uniqueIndex("lists_user_inbox_key").on(t.userId).where(sql`${t.inbox}`),
    uniqueIndex("lists_user_position_key").on(t.userId, t.position),
    // Lets tasks reference (list, owner) together, so a task can never sit in another user's list.
    uniqueIndex("lists_id_user_key").on(t.id, t.userId),
    check("lists_name_length", sql`char_length(${t.name}) between 1 and 60`),
    check("lists_color_palette", paletteCheck(t.color)),
    check("lists_inbox_stays", sql`not ${t.inbox} or (${t.deletedAt} is null and not ${t.archived})`),
  ],
);

export const labels = pgTable(
  "labels",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    color: text("color").notNull().default("gray"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("labels_user_name_key").on(t.userId, sql`lower(${t.name})`),
    uniqueIndex("labels_id_user_key").on(t.id, t.userId),
    // Letters, digits, - and _ (checked in lib/labels/schemas.ts, Unicode-aware); here the length.
    check("labels_name_length", sql`char_length(${t.name}) between 1 and 40`),
    check("labels_color_palette", paletteCheck(t.color)),
  ],
);

export const tasks = pgTable(
  "tasks",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    number: integer("number").notNull(),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    completed: boolean("completed").notNull().default(false),
    completedAt: timestamp("completed_at", { withTimezone: true }),
    // Floating: a wall-clock date and time in the user's zone; due_at is that instant, derived.
    dueDate: date("due_date", { mode: "string" }),
    dueTime: text("due_time"),
    dueAt: timestamp("due_at", { withTimezone: true }),
    priority: smallint("priority").notNull().default(4),
    // Repeating: an RRULE for the date pattern (the time stays in due_time), how the next date is
    // counted, and the series' own start (moving one occurrence's date leaves the series alone).
    recurrenceRule: text("recurrence_rule"),
    recurrenceAnchor: text("recurrence_anchor", { enum: ["schedule", "completion"] }),
    recurrenceStart: date("recurrence_start", { mode: "string" }),
    /** Completed occurrences of a repeating task, newest first, at most 20: [{due_date, completed_at}]. */
    completedOccurrences: jsonb("completed_occurrences").notNull().default(sql`'[]'::jsonb`),
    listId: uuid("list_id").notNull(),
    /** Manual order within the list; never renumbered: a move writes one key between two others. */
    position: orderKey("position").notNull(),
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
    /** In the trash because its list was deleted: restoring the list brings it back. */
    trashedWithList: boolean("trashed_with_list").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("tasks_user_number_key").on(t.userId, t.number),
    // The live list: a user's tasks outside the trash, in number order.
    index("tasks_user_live_idx").on(t.userId, t.number).where(sql`${t.deletedAt} is null`),
    index("tasks_user_trash_idx").on(t.userId, t.deletedAt).where(sql`${t.deletedAt} is not null`),
    check("tasks_title_length", sql`char_length(${t.title}) between 1 and 200`),
    check("tasks_description_length", sql`char_length(${t.description}) <= 2000`),
    check("tasks_priority_range", sql`${t.priority} between 1 and 4`),
    check("tasks_due_time_shape", sql`${t.dueTime} ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'`),
    check("tasks_due_time_needs_date", sql`${t.dueTime} is null or ${t.dueDate} is not null`),
    check(
      "tasks_recurrence_whole",
      sql`(${t.recurrenceRule} is null and ${t.recurrenceAnchor} is null and ${t.recurrenceStart} is null) or (${t.recurrenceRule} is not null and ${t.recurrenceAnchor} is not null and ${t.recurrenceStart} is not null and ${t.dueDate} is not null)`,
    ),
    // Today, Upcoming and due filters: a user's live tasks by due date.
    index("tasks_user_due_idx").on(t.userId, t.dueDate).where(sql`${t.deletedAt} is null and ${t.dueDate} is not null`),
    foreignKey({ name: "tasks_list_owner_fk", columns: [t.listId, t.userId], foreignColumns: [lists.id, lists.userId] }),
    // A list's tasks in manual order; one key per slot, the trash included (restores keep their slot).
    uniqueIndex("tasks_list_position_key").on(t.listId, t.position),
    // Pending counts per list.
    index("tasks_list_pending_idx").on(t.listId).where(sql`${t.deletedAt} is null and not ${t.completed}`),
    uniqueIndex("tasks_id_user_key").on(t.id, t.userId),
    // Search (lib/tasks/search.ts): full text over title and description (English stems), and their
    // trigrams for substrings and typos. Without fastupdate, a new task is searchable at once and
    // searches never wade through a pending list.
    index("tasks_text_fts_idx").using("gin", sql`to_tsvector('english', ${t.title} || ' ' || ${t.description})`).with({ fastupdate: false }),
    index("tasks_text_trgm_idx").using("gin", sql`(${t.title} || ' ' || ${t.description}) gin_trgm_ops`).with({ fastupdate: false }),
  ],
);

export const taskLabels = pgTable(
  "task_labels",
  {
    taskId: uuid("task_id").notNull(),
    labelId: uuid("label_id").notNull(),
    userId: text("user_id").notNull(),
  },
  (t) => [
    primaryKey({ name: "task_labels_pkey", columns: [t.taskId, t.labelId] }),
    index("task_labels_label_idx").on(t.labelId),
    // Both sides belong to the same user, checked by the database itself.
    foreignKey({ name: "task_labels_task_fk", columns: [t.taskId, t.userId], foreignColumns: [tasks.id, tasks.userId] }).onDelete("cascade"),
    foreignKey({ name: "task_labels_label_fk", columns: [t.labelId, t.userId], foreignColumns: [labels.id, labels.userId] }).onDelete("cascade"),
  ],
);

export const conversations = pgTable(
  "conversations",
  {
    id: uuid("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("conversations_user_updated_idx").on(t.userId, t.updatedAt)],
);

export const messages = pgTable(
  "messages",
  {
    id: text("id").primaryKey(),
    conversationId: uuid("conversation_id")
      .notNull()
      .references(() => conversations.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    role: text("role", { enum: ["user", "assistant"] }).notNull(),
    content: text("content").notNull().default(""),
    parts: jsonb("parts").notNull().default(sql`'[]'::jsonb`),
    status: text("status", { enum: MESSAGE_STATUSES }).notNull().default("complete"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    // Insertion order: timestamps can tie within one transaction; this never does.
    seq: bigint("seq", { mode: "number" }).generatedAlwaysAsIdentity(),
  },
  (t) => [
    index("messages_conversation_created_idx").on(t.conversationId, t.createdAt),
    index("messages_conversation_seq_idx").on(t.conversationId, t.seq),
  ],
);

// A task's reminders: at or before its due time (an all-day task's count back from 09:00 local), or
// at an instant, which on a repeating task belongs to one occurrence only.
export const reminders = pgTable(
  "reminders",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    taskId: uuid("task_id")
      .notNull()
      .references(() => tasks.id, { onDelete: "cascade" }),
    beforeMinutes: integer("before_minutes"),
    at: timestamp("at", { withTimezone: true }),
    /** For an absolute reminder: the due date of the occurrence it belongs to. */
    occurrenceDate: date("occurrence_date", { mode: "string" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("reminders_task_idx").on(t.taskId),
    index("reminders_user_idx").on(t.userId),
    check("reminders_one_kind", sql`(${t.beforeMinutes} is null) <> (${t.at} is null)`),
    check("reminders_before_range", sql`${t.beforeMinutes} between 0 and 40320`),
  ],
);

// The delivery queue: one row per reminder occurrence, snooze, summary or test notification. A
// row's unique key makes its creation the claim, so racing instances create it once; delivery
// then runs under a lease (locked_until), retried with backoff.
export const deliveries = pgTable(
  "deliveries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    taskId: uuid("task_id").references(() => tasks.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: ["reminder", "snooze", "summary", "test"] }).notNull(),
    /** "reminder:<id>:<occurrence>", "summary:<user>:<date>", …: what makes a delivery the same one. */
    dedupeKey: text("dedupe_key").notNull().unique(),
    fireAt: timestamp("fire_at", { withTimezone: true }).notNull(),
    status: text("status", { enum: ["pending", "delivered", "missed", "failed"] }).notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull(),
    lockedUntil: timestamp("locked_until", { withTimezone: true }),
    /** Push subscriptions it already reached, so a retry sends only to the others. */
    sentTo: jsonb("sent_to").notNull().default(sql`'[]'::jsonb`),
    lastError: text("last_error"),
    deliveredAt: timestamp("delivered_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("deliveries_due_idx").on(t.nextAttemptAt).where(sql`${t.status} = 'pending'`),
    index("deliveries_task_idx").on(t.taskId),
    index("deliveries_user_idx").on(t.userId, t.createdAt),
  ],
);

// What the app's notification list shows: one per delivery (missed ones too).
export const notifications = pgTable(
  "notifications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    deliveryId: uuid("delivery_id")
      .unique()
      .references(() => deliveries.id, { onDelete: "set null" }),
    taskId: uuid("task_id").references(() => tasks.id, { onDelete: "set null" }),
    kind: text("kind", { enum: ["reminder", "snooze", "summary", "test"] }).notNull(),
    title: text("title").notNull(),
    body: text("body").notNull().default(""),
    missed: boolean("missed").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp("read_at", { withTimezone: true }),
  },
  (t) => [index("notifications_user_created_idx").on(t.userId, t.createdAt)],
);

// Browsers (devices) that receive Web Push for a user.
export const pushSubscriptions = pgTable(
  "push_subscriptions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    endpoint: text("endpoint").notNull().unique(),
    p256dh: text("p256dh").notNull(),
    auth: text("auth").notNull(),
    userAgent: text("user_agent"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastSuccessAt: timestamp("last_success_at", { withTimezone: true }),
  },
  (t) => [index("push_subscriptions_user_idx").on(t.userId)],
);

// A user's private calendar feed: the URL's token, stored hashed.
export const calendarFeeds = pgTable("calendar_feeds", {
  userId: text("user_id")
    .primaryKey()
    .references(() => user.id, { onDelete: "cascade" }),
  tokenHash: text("token_hash").notNull().unique(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export type TaskRow = typeof tasks.$inferSelect;
export type ListRow = typeof lists.$inferSelect;
export type LabelRow = typeof labels.$inferSelect;
export type MessageRow = typeof messages.$inferSelect;
export type ConversationRow = typeof conversations.$inferSelect;
