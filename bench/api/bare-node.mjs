// The absolute floor for bench/api: node:http + pg, the same queries, nothing else.
import http from "node:http";
import pg from "pg";

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
      const client = await pool.connect();
      try {
        await client.query("begin");
        const { rows } = await client.query(
          "insert into task_counters (user_id, last_number) values ($1, 1) on conflict (user_id) do update set last_number = task_counters.last_number + 1 returning last_number",
          [userId],
        );
        const inserted = await client.query("insert into tasks (user_id, number, title) values ($1, $2, $3) returning *", [userId, rows[0].last_number, title]);
        await client.query("commit");
        res.writeHead(201, { "content-type": "application/json" });
        res.end(JSON.stringify(inserted.rows[0]));
      } finally {
        client.release();
      }
    } catch {
      res.writeHead(500);
      res.end();
    }
  });
  return new Promise((resolve) =>
    server.listen(port, "127.0.0.1", () => resolve({ close: () => Promise.all([new Promise((r) => server.close(r)), pool.end()]) })),
  );
}
