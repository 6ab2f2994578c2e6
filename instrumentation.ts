// Runs once per server process before it serves (Next's instrumentation hook).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    await (await import("./lib/server-start")).startServer();
  }
}
