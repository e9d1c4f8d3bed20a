// Test helper: one request to the server app, as a client would make it, and its answer decoded.

/** Anything with the app's `fetch` (the hono app, or the Node server's). */
export interface Fetches {
  fetch(request: Request): Response | Promise<Response>;
}

/**
 * Calls `method path` on the app with an optional bearer token and JSON body (a string is sent as it is),
 * and answers the status, the Content-Type and the body: parsed JSON for a JSON type, text for a `text/`
 * type, bytes otherwise, and undefined when there is none.
 */
export async function callApp(app: Fetches, method: string, path: string, token?: string, body?: unknown, headers: Record<string, string> = {}) {
  const response = await app.fetch(
    new Request(`https://nara.test${path}`, {
      method,
      headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}), ...headers },
      ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
    }),
  );
  const type = response.headers.get('Content-Type') ?? '';
  const bytes = new Uint8Array(await response.arrayBuffer());
  const text = () => new TextDecoder().decode(bytes);
  // each test knows the shape it asked for
  const decoded: any = bytes.length === 0 ? undefined : type.includes('json') ? JSON.parse(text()) : type.startsWith('text/') ? text() : bytes;
  return { status: response.status, type, body: decoded };
}
