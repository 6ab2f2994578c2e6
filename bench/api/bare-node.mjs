// The absolute floor for bench/api: node:http + pg, the same queries, nothing else.
import http from "node:http";
import pg from "pg";

// The same single statement Docket runs to add a task.
const ADD = `with counter as (
  insert into task_counters (user_id, last_number) values ($1, 1)
  on conflict (user_id) do update set last_number = task_counters.last_number + 1 returning last_number)
insert into tasks (user_id, number, title, description) select $1, last_number, $2, '' from counter returning *`;

export function startBareServer(port, databaseUrl, userId) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  const server = http.createServer(async (req, res) => {
    try {
      if (req.method === "GET") {
        const { rows } = await pool.query("select * from tasks where user_id = $1 and deleted_at is null order by number limit 51", [userId]);
        res.writeHead(200, { "content-type": "application/json" });
        return res.end(JSON.stringify({ tasks: rows.slice(0, 50), next_cursor: null }));
      }
      let body = "";
      for await (const chunk of req) body += chunk;
      const { title } = JSON.parse(body);
      const { rows } = await pool.query(ADD, [userId, title]);
      res.writeHead(201, { "content-type": "application/json" });
      res.end(JSON.stringify(rows[0]));
    } catch {
      res.writeHead(500);
      res.end();
    }
  });
  return new Promise((resolve) =>
    server.listen(port, "127.0.0.1", () => resolve({ close: () => Promise.all([new Promise((r) => server.close(r)), pool.end()]) })),
  );
}
