// The framework's floor for bench/api: a bare Next route handler running the same queries as
// Docket's GET/POST /api/v1/tasks for a fixed user, with no auth, validation or limiter.
import pg from "pg";

const pool = (globalThis.__benchPool ??= new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 }));
const userId = process.env.BENCH_USER_ID;

export async function GET() {
  const { rows } = await pool.query(
    "select * from tasks where user_id = $1 and deleted_at is null order by number limit 51",
    [userId],
  );
  return Response.json({ tasks: rows.slice(0, 50), next_cursor: null });
}

// The same single statement Docket runs to add a task.
const ADD = `with counter as (
  insert into task_counters (user_id, last_number) values ($1, 1)
  on conflict (user_id) do update set last_number = task_counters.last_number + 1 returning last_number)
insert into tasks (user_id, number, title, description) select $1, last_number, $2, '' from counter returning *`;

export async function POST(request) {
  const { title } = await request.json();
  const { rows } = await pool.query(ADD, [userId, title]);
  return Response.json(rows[0], { status: 201 });
}
