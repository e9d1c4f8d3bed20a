import type { Context } from 'hono';
import { HttpProblem, testPatients } from '@nara/server';

const escape = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** The address to send the browser back to: only http(s), never a script or data URL. */
export function returnAddress(value: unknown): URL {
  if (typeof value !== 'string') throw new HttpProblem(422, 'invalid', 'return is missing');
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new HttpProblem(422, 'invalid', 'return is not an absolute URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new HttpProblem(422, 'invalid', 'return must be an http(s) URL');
  return url;
}

/** The page that plays the host's BankID / Freja eID page: one button per made-up test person. No script, no style. */
export function signInPage(c: Context, warning: string): Response {
  const back = returnAddress(c.req.query('return'));
  const state = c.req.query('state') ?? '';
  const people = testPatients
    .filter((p) => Number(p.personnummer.slice(0, 4)) < new Date().getFullYear() - 17)
    .map(
      (p) => `<li><form method="post" action="sign-in"><input type="hidden" name="return" value="${escape(back.href)}"><input type="hidden" name="state" value="${escape(state)}">
<button name="personnummer" value="${escape(p.personnummer)}">Logga in som ${escape(p.name)} (${escape(p.personnummer.slice(0, 8))}-${escape(p.personnummer.slice(8))})</button></form></li>`,
    )
    .join('\n');
  return c.html(`<!doctype html>
<html lang="sv">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>TEST-inloggning – Nära</title></head>
<body>
<main>
<h1>TEST-inloggning</h1>
<p><strong>Påhittade testpersoner.</strong> Här skulle vårdcentralens inloggning med BankID eller Freja eID finnas. ${escape(warning)}</p>
<p>Du skickas sedan tillbaka till <code>${escape(back.origin)}</code>.</p>
<ul>
${people}
</ul>
<p><a href="${escape(back.href)}">Avbryt och gå tillbaka</a></p>
</main>
</body>
</html>`);
}

/** Where the chosen test person goes: back to `return` with the token in the fragment (never sent to a server). */
export function returnWithToken(back: URL, token: string, expiresAt: string, state: string): Response {
  const params = new URLSearchParams(back.hash.replace(/^#/, ''));
  params.set('nara-token', token);
  params.set('nara-expires', expiresAt);
  // the state the widget sent: it accepts only the answer to its own sign-in
  params.set('nara-state', state);
  back.hash = params.toString();
  return new Response(null, { status: 303, headers: { Location: back.href, 'Cache-Control': 'no-store' } });
}
