// Nära staff console: the care team's side, built from <nara-staff-queue> and <nara-errand> inside a
// <nara-provider> that has the staff member's token. The TEST sign-in stands in for SITHS.
const $ = (id) => document.getElementById(id);
const professionNames = {
  secretary: 'Sekreterare', nurse: 'Sjuksköterska', doctor: 'Läkare', 'child-health-nurse': 'BVC-sjuksköterska',
  physiotherapist: 'Fysioterapeut', psychologist: 'Psykolog', counsellor: 'Kurator', midwife: 'Barnmorska', '1177-nurse': '1177-sjuksköterska',
};

let session = null; // { token, expiresAt, staff }
const provider = $('nara');

async function signIn(staffId) {
  const response = await fetch('/v1/test-auth/token', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ staffId }) });
  const data = await response.json();
  if (!response.ok) throw new Error(data.detail ?? 'Inloggningen misslyckades');
  session = { token: data.token, expiresAt: data.expiresAt, staff: data.staff };
}

/** The provider asks before every call; a token about to expire is renewed first. */
provider.getToken = async () => {
  if (session && Date.parse(session.expiresAt) - Date.now() < 60_000) await signIn(session.staff.id);
  return session?.token ?? null;
};

function showError(el, error) {
  el.textContent = error ? String(error.message ?? error) : '';
  el.hidden = !error;
}

async function loadIdentities() {
  try {
    const response = await fetch('/v1/test-auth/identities');
    if (!response.ok) throw new Error('TEST-inloggningen är inte påslagen på servern (NARA_TEST_SIGNIN=1).');
    const { staff } = await response.json();
    for (const member of staff) {
      const option = document.createElement('option');
      option.value = member.id;
      option.textContent = `${member.name} – ${professionNames[member.profession] ?? member.profession}, ${member.clinic}`;
      $('staff-id').append(option);
    }
  } catch (error) {
    showError($('sign-in-error'), error);
  }
}

async function loadForms() {
  const response = await fetch('/v1/staff/forms', { headers: { Authorization: `Bearer ${await provider.getToken()}` } });
  if (!response.ok) return;
  for (const form of (await response.json()).forms) {
    const option = document.createElement('option');
    option.value = form.id;
    option.textContent = form.title;
    $('start-form-id').append(option);
  }
}

/** Shows an errand, and keeps its id in the address so a reload comes back to it. */
function openErrand(id) {
  $('errand').conversation = id;
  history.replaceState(null, '', `#errand=${encodeURIComponent(id)}`);
}

$('sign-in-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  showError($('sign-in-error'), null);
  try {
    await signIn($('staff-id').value);
    $('who').textContent = `${session.staff.name} · ${professionNames[session.staff.profession] ?? session.staff.profession} · ${session.staff.clinic}`;
    $('sign-in').hidden = true;
    provider.hidden = false;
    // The queue starts following once there is someone signed in to follow it for.
    if (!$('queue')) {
      const queue = document.createElement('nara-staff-queue');
      queue.id = 'queue';
      $('queue-slot').replaceWith(queue);
    }
    const wanted = /^#errand=(.+)$/.exec(location.hash);
    if (wanted) openErrand(decodeURIComponent(wanted[1]));
    for (const retry of waitingForSignIn.splice(0)) retry();
    void loadForms();
  } catch (error) {
    showError($('sign-in-error'), error);
  }
});

// The session ended (the token was refused): sign in again, then the element tries again.
const waitingForSignIn = [];
provider.addEventListener('nara-auth-required', (event) => {
  waitingForSignIn.push(event.detail.retry);
  session = null;
  $('sign-in').hidden = false;
});

provider.addEventListener('nara-errand-select', (event) => openErrand(event.detail.conversationId));
provider.addEventListener('nara-errand-change', () => $('queue').setAttribute('selected', $('errand').conversation));

$('start-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = new FormData(event.target);
  const body = { patient: String(form.get('patient')).replace(/\D/g, ''), message: String(form.get('message')) };
  if (form.get('formId')) body.formId = String(form.get('formId'));
  $('start-status').textContent = 'Skickar …';
  try {
    const response = await fetch('/v1/staff/conversations', {
      method: 'POST',
      headers: { Authorization: `Bearer ${await provider.getToken()}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    const data = await response.json();
    if (!response.ok) throw new Error(data.errors?.[0]?.message ?? data.detail ?? `Servern svarade ${response.status}`);
    $('start-status').textContent = 'Skickat. Patienten ser det under Mina ärenden.';
    event.target.reset();
    openErrand(data.id);
  } catch (error) {
    $('start-status').textContent = `Det gick inte att skicka: ${error.message}`;
  }
});

void loadIdentities();
