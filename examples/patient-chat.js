// TEST SIGN-IN for trying Nära out (NARA_TEST_SIGNIN=1, as `npm start` sets): the reference server
// issues a short-lived token for Skatteverket's test person. A real page signs the patient in with
// BankID or Freja eID on its own server. Runs before nara.js, so the provider has the token at once.
let session;
async function testToken() {
  if (session && Date.parse(session.expiresAt) - Date.now() > 60_000) return session.token;
  const response = await fetch('/v1/test-auth/token', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ personnummer: '19121212-1212' }),
  });
  if (!response.ok) return null;
  session = await response.json();
  return session.token;
}
document.getElementById('nara').getToken = testToken;

// The conversation id lives in the address (not in storage), so a reload comes back to the same chat.
const chat = document.getElementById('chat');
const fromHash = new URLSearchParams(location.hash.slice(1)).get('conversation');
if (fromHash) chat.setAttribute('conversation', fromHash);
chat.addEventListener('nara-conversation', (event) => {
  history.replaceState(null, '', `#conversation=${encodeURIComponent(event.detail.conversationId)}`);
});
