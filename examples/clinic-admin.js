// Nära clinic settings: a clinic's admin changes which professions chat, the opening hours, the contact
// reasons offered, the booking schedule, staff phrases and forms, without code. The TEST sign-in stands in for SITHS; the element calls the admin API with the admin's token.
const $ = (id) => document.getElementById(id);
let token = null;

/** The admin API (`/v1/admin/clinics/{clinic}/…`) with the signed-in admin's token. */
const call = async (method, path, body) => {
  const response = await fetch(`/v1/admin/clinics${path ? `/${path}` : ""}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  const json = await response.json();
  if (!response.ok) throw Object.assign(new Error(json.detail ?? `HTTP ${response.status}`), { status: response.status, errors: json.errors });
  return json;
};
const api = {
  get: (clinic) => call('GET', `${clinic}/settings`),
  save: (clinic, change) => call('PATCH', `${clinic}/settings`, change),
  audit: (clinic) => call('GET', `${clinic}/audit`),
  // the reasons and forms by name, in the element's language
  catalogue: async (locale) => {
    const response = await fetch('/v1/admin/catalogue', { headers: { Authorization: `Bearer ${token}`, 'Accept-Language': locale } });
    if (!response.ok) throw Object.assign(new Error(`HTTP ${response.status}`), { status: response.status });
    return response.json();
  },
};

async function loadAdmins() {
  const response = await fetch('/v1/test-auth/identities');
  if (!response.ok) {
    $('sign-in-error').textContent = 'TEST-inloggningen är inte påslagen på servern (NARA_TEST_SIGNIN=1).';
    return;
  }
  const { admins = [] } = await response.json();
  for (const admin of admins) $('admin-id').append(new Option(`${admin.name} – ${admin.clinic ?? admin.region}`, admin.id));
}

$('sign-in-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  $('sign-in-error').textContent = '';
  const response = await fetch('/v1/test-auth/token', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ adminId: $('admin-id').value }) });
  const data = await response.json();
  if (!response.ok) {
    $('sign-in-error').textContent = data.detail ?? 'Inloggningen misslyckades';
    return;
  }
  token = data.token;
  $('who').textContent = data.admin.name;
  const { clinics } = await call('GET', '');
  const clinic = clinics[0];
  const settings = $('settings');
  settings.setAttribute('clinic', clinic.id);
  settings.setAttribute('clinic-name', clinic.name);
  settings.api = api;
  settings.hidden = false;
  $('sign-in').hidden = true;
});

void loadAdmins();
