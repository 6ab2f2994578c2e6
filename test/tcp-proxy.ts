import net from "node:net";

/**
 * A TCP relay in front of a database, to make it go away in tests: `down()` closes the port and
 * cuts every connection, `up()` listens again on the same port; `stall()` keeps connections open
 * but holds every byte (a hung server) until `resume()`.
 */
export async function startTcpProxy(targetPort: number, targetHost = "127.0.0.1") {
  const sockets = new Set<net.Socket>();
  const held: (() => void)[] = [];
  let stalled = false;
  let server: net.Server | undefined;
  let port = 0;

  function relay(from: net.Socket, to: net.Socket) {
    from.on("data", (chunk) => (stalled ? held.push(() => to.write(chunk)) : to.write(chunk)));
  }

  async function up() {
    server = net.createServer((client) => {
      const upstream = net.connect(targetPort, targetHost);
      for (const s of [client, upstream]) {
        sockets.add(s);
        s.on("close", () => sockets.delete(s));
        s.on("error", () => s.destroy());
      }
      relay(client, upstream);
      relay(upstream, client);
      client.on("close", () => upstream.destroy());
      upstream.on("close", () => client.destroy());
    });
    await new Promise<void>((resolve, reject) => {
      server!.once("error", reject);
      server!.listen(port, "127.0.0.1", resolve);
    });
    port = (server.address() as net.AddressInfo).port;
  }

  async function down() {
    for (const s of sockets) s.destroy();
    held.length = 0;
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    server = undefined;
  }

  await up();
  return {
    port,
    up,
    down,
    stall: () => void (stalled = true),
    resume() {
      stalled = false;
      for (const send of held.splice(0)) send();
    },
  };
}
