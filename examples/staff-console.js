// Nära staff console: the care team's side, built from <nara-staff-queue> and <nara-errand> inside a
// <nara-provider> that has the staff member's token. The TEST sign-in stands in for SITHS.
const $ = (id) => document.getElementById(id);
const names = {
  sv: {
    secretary: 'Sekreterare', nurse: 'Sjuksköterska', doctor: 'Läkare', 'child-health-nurse': 'BVC-sjuksköterska',
    physiotherapist: 'Fysioterapeut', psychologist: 'Psykolog', counsellor: 'Kurator', midwife: 'Barnmorska', '1177-nurse': '1177-sjuksköterska',
  },
  en: {
    secretary: 'Secretary', nurse: 'Nurse', doctor: 'Doctor', 'child-health-nurse': 'Child-health nurse',
    physiotherapist: 'Physiotherapist', psychologist: 'Psychologist', counsellor: 'Counsellor', midwife: 'Midwife', '1177-nurse': '1177 nurse',
  },
};
// The page's own words; the Nära elements bring theirs (the provider's `locale` tells them which).
const texts = {
  sv: {
    title: 'Personalvy – Nära', product: 'Nära · personalvy', language: 'Språk', notSignedIn: 'Inte inloggad', heading: 'Personalvy',
    signInHeading: 'Logga in som personal', staff: 'Personal', signIn: 'Logga in',
    testNote: 'TEST-inloggning. Påhittade personer för att prova Nära. En riktig mottagning loggar in personal med SITHS eller liknande och ger sidan en token.',
    startContact: 'Starta en kontakt med en patient', personnummer: 'Personnummer (12 siffror)', message: 'Meddelande',
    withForm: 'Skicka med ett formulär', noForm: 'Inget formulär', sendToPatient: 'Skicka till patienten',
    sending: 'Skickar …', sent: 'Skickat. Patienten ser det under Mina ärenden.', notSent: 'Det gick inte att skicka:',
    noTestSignIn: 'TEST-inloggningen är inte påslagen på servern (NARA_TEST_SIGNIN=1).', signInFailed: 'Inloggningen misslyckades', answered: 'Servern svarade',
  },
  en: {
    title: 'Staff view – Nära', product: 'Nära · staff view', language: 'Language', notSignedIn: 'Not signed in', heading: 'Staff view',
    signInHeading: 'Sign in as staff', staff: 'Staff member', signIn: 'Sign in',
    testNote: 'TEST sign-in. Made-up people to try Nära with. A real clinic signs staff in with SITHS or similar and gives the page a token.',
    startContact: 'Start a contact with a patient', personnummer: 'Personal identity number (12 digits)', message: 'Message',
    withForm: 'Send a form with it', noForm: 'No form', sendToPatient: 'Send to the patient',
    sending: 'Sending …', sent: 'Sent. The patient finds it under My errands.', notSent: 'Could not send:',
    noTestSignIn: 'The TEST sign-in is not switched on on the server (NARA_TEST_SIGNIN=1).', signInFailed: 'Sign-in failed', answered: 'The server answered',
  },
};
let lang = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'sv';
const t = (key) => texts[lang][key];
const professionName = (p) => names[lang][p] ?? p;

/** Shows the page in `next` (sv or en): its own words, the elements' (through the provider) and `lang` on <html>. */
function setLanguage(next) {
  lang = next;
  document.documentElement.lang = lang;
  for (const el of document.querySelectorAll('[data-text]')) el.textContent = t(el.dataset.text);
  $('language').value = lang;
  $('nara').setAttribute('locale', lang);
  for (const option of $('staff-id').options) if (option.dataset.profession) option.textContent = staffLabel(option.dataset);
  if (session) showWho();
}
const staffLabel = (member) => `${member.name} – ${professionName(member.profession)}, ${member.clinic}`;
const showWho = () => ($('who').textContent = `${session.staff.name} · ${professionName(session.staff.profession)} · ${session.staff.clinic}`);

let session = null; // { token, expiresAt, staff }
const provider = $('nara');

async function signIn(staffId) {
  const response = await fetch('/v1/test-auth/token', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ staffId }) });
  const data = await response.json();
  if (!response.ok) throw new Error(data.detail ?? t('signInFailed'));
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
    if (!response.ok) throw new Error(t('noTestSignIn'));
    const { staff } = await response.json();
    for (const member of staff) {
      const option = document.createElement('option');
      option.value = member.id;
      Object.assign(option.dataset, { name: member.name, profession: member.profession, clinic: member.clinic });
      option.textContent = staffLabel(member);
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
    showWho();
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
  $('start-status').textContent = t('sending');
  try {
    const response = await fetch('/v1/staff/conversations', {
      method: 'POST',
      headers: { Authorization: `Bearer ${await provider.getToken()}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    const data = await response.json();
    if (!response.ok) throw new Error(data.errors?.[0]?.message ?? data.detail ?? `${t('answered')} ${response.status}`);
    $('start-status').textContent = t('sent');
    event.target.reset();
    openErrand(data.id);
  } catch (error) {
    $('start-status').textContent = `${t('notSent')} ${error.message}`;
  }
});

$('language').addEventListener('change', (event) => {
  setLanguage(event.target.value);
  const url = new URL(location.href);
  url.searchParams.set('lang', lang);
  history.replaceState(history.state, '', url);
});
setLanguage(lang);
void loadIdentities();
