import "server-only";
import { CLIENT_ADDRESS_HEADER } from "@/lib/auth/config";
import { INTERNAL_HEADER_PREFIX } from "./client-address";
import { publicEndpoint } from "./boundary";

/**
 * Better Auth's routes behind the boundary: a server-made request id, the body under the API cap,
 * and the one client address the limits trust. Every `x-docket-*` header a client sent is dropped
 * before Better Auth sees the request, then the verified address is written.
 */
export function authEndpoint(handler: (request: Request) => Promise<Response>) {
  return publicEndpoint(async ({ request, address, text }) => {
    const headers = new Headers();
    for (const [name, value] of request.headers) {
      if (!name.startsWith(INTERNAL_HEADER_PREFIX) && name !== "content-length" && name !== "transfer-encoding") headers.set(name, value);
    }
    if (address) headers.set(CLIENT_ADDRESS_HEADER, address);
    const hasBody = request.method !== "GET" && request.method !== "HEAD";
    const body = hasBody ? await text() : undefined;
    return handler(new Request(request.url, { method: request.method, headers, body, signal: request.signal }));
  });
}
