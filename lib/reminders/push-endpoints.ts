// Browsers' push services. A subscription's endpoint is a URL the server will call, chosen by the
// client: only these hosts are accepted, so no one can point Docket at an internal address.
const PUSH_SERVICE_HOSTS = [/^fcm\.googleapis\.com$/, /^updates\.push\.services\.mozilla\.com$/, /(^|\.)push\.apple\.com$/, /\.notify\.windows\.com$/, /^push\.services\.mozilla\.com$/];

/**
 * Whether Docket may deliver to this endpoint: https on a known push service, or a URL starting with
 * one of the prefixes in PUSH_TEST_ENDPOINTS (a local push service in tests, never set in production).
 */
export function isAllowedPushEndpoint(endpoint: string, extraPrefixes: string[] = []): boolean {
  if (extraPrefixes.some((prefix) => endpoint.startsWith(prefix))) return true;
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return false;
  }
  return url.protocol === "https:" && !url.port && !url.username && PUSH_SERVICE_HOSTS.some((host) => host.test(url.hostname));
}
