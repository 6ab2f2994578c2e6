export const json = (data: unknown, status = 200) => Response.json(data, { status, headers: { "Cache-Control": "no-store" } });
export const noContent = () => new Response(null, { status: 204 });
