// GET, POST /api/auth/* — Better Auth (sign-up, sign-in, sign-out, session).
import { getAuth } from "@/lib/auth";

async function handle(request: Request): Promise<Response> {
  return (await getAuth()).handler(request);
}

export { handle as GET, handle as POST };
