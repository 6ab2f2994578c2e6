type Servers = "offline" | "openai" | "postgres" | "limits" | "fakeOpenai";
export const E2E_PORTS: Record<Servers, number>;
export const E2E_URLS: Record<Servers, string>;
