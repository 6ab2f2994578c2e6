type Servers = "offline" | "openai" | "postgres" | "limits" | "fakeOpenai" | "pushService";
export const E2E_PORTS: Record<Servers, number>;
export const E2E_URLS: Record<Servers, string>;
