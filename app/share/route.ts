// GET /share — the installed app's share target: shared text opens as a quick add, unsaved.
import { NextResponse } from "next/server";

const MAX = 500;

export function GET(request: Request): Response {
  const params = new URL(request.url).searchParams;
  // Apps fill these differently: some put a link in `text`, some a page title in `title`.
  const parts = [params.get("title"), params.get("text"), params.get("url")].map((p) => p?.trim()).filter((p): p is string => !!p);
  const text = [...new Set(parts)].join(" ").replace(/\s+/g, " ").slice(0, MAX);
  const target = new URL("/", request.url);
  if (text) target.searchParams.set("add", text);
  return NextResponse.redirect(target, 303);
}
