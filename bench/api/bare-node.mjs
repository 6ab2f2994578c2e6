// The absolute floor for bench/api: node:http + pg, the same queries, nothing else.
import http from "node:http";
import { generateKeyBetween } from "fractional-indexing";
import pg from "pg";

// The statements Docket runs to list tasks (with their labels) and to add one: in a transaction,
// lock the Inbox row, read the last position, insert with the next number and the next key.
export const LIST = `select t.*, coalesce((select array_agg(l.name) from task_labels tl join labels l on l.id = tl.label_id where tl.task_id = t.id), '{}') as labels
from tasks t where t.user_id = $1 and t.deleted_at is null order by t.number limit 51`;
const INBOX = "select id from lists where user_id = $1 and inbox and deleted_at is null for no key update";
const LAST = "select max(position) as key from tasks where user_id = $1 and list_id = $2";
const ADD = `with counter as (
  insert into task_counters (user_id, last_number) values ($1, 1)
  on conflict (user_id) do update set last_number = task_counters.last_number + 1 returning last_number)
insert into tasks (user_id, number, title, description, list_id, position) select $1, last_number, $2, '', $3, $4 from counter returning *`;

export async function addTask(pool, userId, title) {
  const client = await pool.connect();
  try {
    await client.query("begin");
    const { rows: [inbox] } = await client.query(INBOX, [userId]);
    const { rows: [last] } = await client.query(LAST, [userId, inbox.id]);
    const { rows } = await client.query(ADD, [userId, title, inbox.id, generateKeyBetween(last.key, null)]);
    await client.query("commit");
    return rows[0];
  } catch (error) {
    await client.query("rollback").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

export function startBareServer(port, databaseUrl, userId) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  const server = http.createServer(async (req, res) => {
    try {
      if (req.method === "GET") {
        const { rows } = await pool.query(LIST, [userId]);
        res.writeHead(200, { "content-type": "application/json" });
        return res.end(JSON.stringify({ tasks: rows.slice(0, 50), next_cursor: null }));
      }
      let body = "";
      for await (const chunk of req) body += chunk;
      const { title } = JSON.parse(body);
      const row = await addTask(pool, userId, title);
      res.writeHead(201, { "content-type": "application/json" });
      res.end(JSON.stringify(row));
    } catch {
      res.writeHead(500);
      res.end();
    }
  });
  return new Promise((resolve) =>
    server.listen(port, "127.0.0.1", () => resolve({ close: () => Promise.all([new Promise((r) => server.close(r)), pool.end()]) })),
  );
}
