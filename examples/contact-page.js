// TEST SIGN-IN for trying Nära out: a real page signs the patient in with BankID or Freja eID on its
// own server and hands the widget a short-lived token. This test token is Skatteverket's test person.
// Runs before nara.js, so the provider has the token from its first request.
const provider = document.getElementById('nara');
provider.getToken = () => 'test:191212121212';

// ?lang=en shows the page's widgets in English (the page's own text stays Swedish).
const lang = new URLSearchParams(location.search).get('lang');
if (lang === 'en' || lang === 'sv') provider.setAttribute('locale', lang);
