// The framework's floor for bench/api: a bare Next route handler running the same queries as
// Docket's GET/POST /api/v1/tasks for a fixed user, with no auth, validation or limiter.
import { generateKeyBetween } from "fractional-indexing";
import pg from "pg";

const pool = (globalThis.__benchPool ??= new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 }));
const userId = process.env.BENCH_USER_ID;

// The list with each task's labels, as Docket selects it.
const LIST = `select t.*, coalesce((select array_agg(l.name) from task_labels tl join labels l on l.id = tl.label_id where tl.task_id = t.id), '{}') as labels
from tasks t where t.user_id = $1 and t.deleted_at is null order by t.number limit 51`;

export async function GET() {
  const { rows } = await pool.query(LIST, [userId]);
  return Response.json({ tasks: rows.slice(0, 50), next_cursor: null });
}

// What Docket does to add a task: in a transaction, lock the Inbox row, read the last position,
// insert with the next number (one statement with the counter) and the next key.
const INBOX = "select id from lists where user_id = $1 and inbox and deleted_at is null for no key update";
const LAST = "select max(position) as key from tasks where user_id = $1 and list_id = $2";
const ADD = `with counter as (
  insert into task_counters (user_id, last_number) values ($1, 1)
  on conflict (user_id) do update set last_number = task_counters.last_number + 1 returning last_number)
insert into tasks (user_id, number, title, description, list_id, position) select $1, last_number, $2, '', $3, $4 from counter returning *`;

export async function POST(request) {
  const { title } = await request.json();
  const client = await pool.connect();
  try {
    await client.query("begin");
    const { rows: [inbox] } = await client.query(INBOX, [userId]);
    const { rows: [last] } = await client.query(LAST, [userId, inbox.id]);
    const { rows } = await client.query(ADD, [userId, title, inbox.id, generateKeyBetween(last.key, null)]);
    await client.query("commit");
    return Response.json(rows[0], { status: 201 });
  } catch (error) {
    await client.query("rollback").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
