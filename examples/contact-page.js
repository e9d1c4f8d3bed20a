// TEST sign-in (NARA_TEST_SIGNIN=1, as `npm start` sets): a token for Skatteverket's test person. A real page
// signs the patient in with BankID or Freja eID on its own server. Runs before nara.js.
const provider = document.getElementById('nara');
let session;
async function testToken() {
  if (session && Date.parse(session.expiresAt) - Date.now() > 60_000) return session.token;
  const response = await fetch('/v1/test-auth/token', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ personnummer: '19121212-1212' }),
  });
  // No TEST sign-in route (the in-memory test harness): the in-page test token.
  if (response.status === 404) return 'test:191212121212';
  if (!response.ok) return null;
  session = await response.json();
  return session.token;
}
provider.getToken = testToken;

// ?lang=en (or ar, fi, so): the widgets in that language (Arabic right to left); the page stays Swedish.
const lang = new URLSearchParams(location.search).get('lang');
if (['sv', 'en', 'ar', 'fi', 'so'].includes(lang)) provider.setAttribute('locale', lang);

// A shortcut without a link ("Boka tid", "Förnya recept", "Provsvar") opens its step of the journey.
const journey = document.querySelector('nara-care-journey');
document.addEventListener('nara-shortcut', async (event) => {
  await customElements.whenDefined('nara-care-journey');
  if (!journey.openService(event.detail.serviceId)) return;
  journey.scrollIntoView({ block: 'start', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
});
