// TEST SIGN-IN for trying Nära out: a real page signs the patient in with BankID or Freja eID on its
// own server and hands the widget a short-lived token. This test token is Skatteverket's test person.
// Runs before nara.js, so the provider has the token from its first request.
document.getElementById('nara').getToken = () => 'test:191212121212';
