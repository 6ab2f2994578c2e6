// GET, POST /api/auth/* — Better Auth (sign-up, sign-in, sign-out, session, API keys).
import { getAuth } from "@/lib/auth/session";
import { authEndpoint } from "@/lib/http/auth-endpoint";

const handle = authEndpoint(async (request) => (await getAuth()).handler(request));

export { handle as GET, handle as POST };
