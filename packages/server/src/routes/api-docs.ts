import type { Context } from 'hono';

type Doc = { info: { title: string; description?: string; version: string }; paths: Record<string, Record<string, OperationDoc>> };
type OperationDoc = {
  operationId: string;
  summary: string;
  security?: unknown[];
  parameters: { name: string; in: string; required: boolean }[];
  requestBody?: { content: Record<string, { schema: unknown }> };
  responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
};

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}

// The document is built on first use (and only in processes that serve it), so the in-page demo never loads it.
let cached: Promise<Doc> | undefined;
const openApi = () => (cached ??= import('@nara/contract/openapi').then((m) => m.openApiDocument() as unknown as Doc));

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
code,pre{font-family:ui-monospace,monospace}pre{background:#f4f4f4;padding:.75rem;overflow:auto;max-height:24rem}
.op{border:1px solid #8a8a8a;border-radius:.5rem;padding:1rem;margin:1rem 0}.method{font-weight:700;text-transform:uppercase;margin-inline-end:.5rem}
.auth{color:#5b3000}details{margin:.5rem 0}`;

/** Renders the OpenAPI document as one readable page: no scripts, every value escaped. */
export function renderApiDocs(doc: Doc): string {
  const ops = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => {
      const params = op.parameters.map((p) => `<li><code>${escapeHtml(p.name)}</code> (${escapeHtml(p.in)}${p.required ? ', required' : ''})</li>`).join('');
      const body = op.requestBody ? Object.values(op.requestBody.content)[0]?.schema : undefined;
      const [status, response] = Object.entries(op.responses)[0] ?? [];
      const responseSchema = response?.content ? Object.values(response.content)[0]?.schema : undefined;
      const json = (label: string, value: unknown) =>
        value === undefined ? '' : `<details><summary>${escapeHtml(label)}</summary><pre>${escapeHtml(JSON.stringify(value, null, 2))}</pre></details>`;
      return `<section class="op" id="${escapeHtml(op.operationId)}" aria-labelledby="${escapeHtml(op.operationId)}-h">
<h2 id="${escapeHtml(op.operationId)}-h"><span class="method">${escapeHtml(method)}</span><code>${escapeHtml(path)}</code></h2>
<p>${escapeHtml(op.summary)}</p>${op.security ? '<p class="auth">Needs <code>Authorization: Bearer &lt;token&gt;</code>.</p>' : ''}
${params ? `<h3>Parameters</h3><ul>${params}</ul>` : ''}${json('Request body (JSON Schema)', body)}${json(`Response ${status ?? ''} (JSON Schema)`, responseSchema)}
</section>`;
    }),
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(doc.info.title)} — API</title><style>${STYLE}</style></head><body><main>
<h1>${escapeHtml(doc.info.title)} <small>${escapeHtml(doc.info.version)}</small></h1>
<p>${escapeHtml(doc.info.description ?? '')} Machine-readable: <a href="/v1/openapi.json">/v1/openapi.json</a>. Errors are <code>application/problem+json</code> with a stable <code>code</code>.</p>
${ops.join('\n')}</main></body></html>`;
}

export async function serveOpenApi(c: Context): Promise<Response> {
  c.header('Cache-Control', 'public, max-age=300');
  return c.json(await openApi());
}

export async function serveApiDocs(c: Context): Promise<Response> {
  c.header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
  c.header('Cache-Control', 'public, max-age=300');
  return c.html(renderApiDocs(await openApi()));
}
