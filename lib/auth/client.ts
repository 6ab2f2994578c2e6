import { apiKeyClient } from "@better-auth/api-key/client";
import { createAuthClient } from "better-auth/react";

// Same-origin: the browser client talks to /api/auth on whatever host served the page.
export const authClient = createAuthClient({ plugins: [apiKeyClient()] });
