import net from "node:net";
import type { AddressInfo } from "node:net";
import { WebSocketServer, type WebSocket } from "ws";

/**
 * The WebSocket→TCP relay Neon runs in front of Postgres, in miniature: lets the Neon serverless
 * driver reach the local server in tests. `?address=host:port` names the target.
 */
export async function startNeonProxy(): Promise<{ port: number; close(): Promise<void> }> {
  const wss = new WebSocketServer({ port: 0, host: "127.0.0.1", path: "/v1" });
  const sockets = new Set<net.Socket>();
  wss.on("connection", (ws: WebSocket, request) => {
    const address = new URL(request.url ?? "", "http://x").searchParams.get("address") ?? "";
    const [host, port] = address.split(":");
    const tcp = net.connect(Number(port), host);
    sockets.add(tcp);
    const pending: Buffer[] = [];
    let connected = false;
    tcp.on("connect", () => {
      connected = true;
      for (const chunk of pending.splice(0)) tcp.write(chunk);
    });
    ws.on("message", (data: Buffer) => (connected ? tcp.write(data) : pending.push(data)));
    tcp.on("data", (data) => ws.readyState === ws.OPEN && ws.send(data));
    const end = () => {
      tcp.destroy();
      ws.close();
      sockets.delete(tcp);
    };
    tcp.on("close", end);
    tcp.on("error", end);
    ws.on("close", end);
    ws.on("error", end);
  });
  await new Promise<void>((resolve) => wss.on("listening", resolve));
  return {
    port: (wss.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        for (const client of wss.clients) client.terminate();
        wss.close(() => resolve());
      }),
  };
}
