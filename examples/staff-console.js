// Nära staff console: the care team's side of a chat, against the reference server's /v1/staff API.
// Plain DOM, text only (never innerHTML): what patients write is shown as text.
const $ = (id) => document.getElementById(id);
const professionNames = {
  secretary: 'Sekreterare', nurse: 'Sjuksköterska', doctor: 'Läkare', 'child-health-nurse': 'BVC-sjuksköterska',
  physiotherapist: 'Fysioterapeut', psychologist: 'Psykolog', counsellor: 'Kurator', midwife: 'Barnmorska', '1177-nurse': '1177-sjuksköterska',
};
const statusNames = { queued: 'i kö', open: 'pågår', closed: 'avslutat' };
const time = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', dateStyle: 'short', timeStyle: 'short' });

let session = null; // { token, expiresAt, staff }
let current = null; // { id, stream: AbortController, lastSeq }

async function token() {
  if (session && Date.parse(session.expiresAt) - Date.now() < 60_000) await signIn(session.staff.id);
  return session?.token;
}

/** One API call; a problem+json answer becomes an Error with its detail. */
async function api(method, path, body) {
  const response = await fetch(path, {
    method,
    headers: { Authorization: `Bearer ${await token()}`, Accept: 'application/json', ...(body ? { 'Content-Type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  const data = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) throw new Error(data?.detail ?? `Servern svarade ${response.status}`);
  return data;
}

function showError(el, error) {
  el.textContent = error ? String(error.message ?? error) : '';
  el.hidden = !error;
}

async function signIn(staffId) {
  const response = await fetch('/v1/test-auth/token', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ staffId }) });
  const data = await response.json();
  if (!response.ok) throw new Error(data.detail ?? 'Inloggningen misslyckades');
  session = { token: data.token, expiresAt: data.expiresAt, staff: data.staff };
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

function renderQueue(conversations) {
  const list = $('queue');
  list.replaceChildren();
  for (const c of conversations) {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    if (current?.id === c.id) button.setAttribute('aria-current', 'true');
    const title = document.createElement('strong');
    title.textContent = `${professionNames[c.profession] ?? c.profession} · ${statusNames[c.status] ?? c.status}`;
    const detail = document.createElement('span');
    detail.textContent = ` ${c.patient.personnummer} · ${time.format(new Date(c.createdAt))}${c.preview ? ` · ”${c.preview}”` : ''}`;
    button.append(title, detail);
    button.addEventListener('click', () => open(c.id));
    item.append(button);
    list.append(item);
  }
  $('queue-status').textContent = conversations.length ? `${conversations.length} ärenden` : 'Inga ärenden just nu';
}

async function refreshQueue() {
  if (!session) return;
  try {
    const { conversations } = await api('GET', `/v1/staff/queue?scope=${$('queue-filter').value}`);
    renderQueue(conversations);
  } catch (error) {
    $('queue-status').textContent = `Kön kunde inte hämtas: ${error.message}`;
  }
}

function describe(event) {
  switch (event.type) {
    case 'message':
      return { cls: event.sender.kind === 'staff' ? 'staff' : event.sender.kind === 'system' ? 'notice' : 'patient',
        from: event.sender.kind === 'staff' ? `${event.sender.name} (${professionNames[event.sender.profession] ?? ''})` : event.sender.kind === 'patient' ? 'Patienten' : 'System',
        text: event.text + (event.attachments?.length ? `\n📎 ${event.attachments.map((a) => a.name).join(', ')}` : '') };
    case 'staff-joined': return { cls: 'notice', text: `${event.staff.name} tog ärendet.` };
    case 'handed-over': return { cls: 'notice', text: `Överlämnat från ${professionNames[event.from] ?? event.from} till ${professionNames[event.to] ?? event.to}.` };
    case 'form-sent': return { cls: 'notice', text: `Formulär skickat: ${event.questionnaire.title ?? event.requestId}` };
    case 'form-answered': return { cls: 'patient', from: 'Patienten', text: `Svarade på formuläret:\n${answers(event.response)}` };
    case 'video-invitation': return { cls: 'notice', text: `Inbjudan till videosamtal skickad: ${event.url}` };
    case 'queue': return { cls: 'notice', text: `Plats i kön: ${event.position}` };
    case 'closed': return { cls: 'notice', text: 'Ärendet är avslutat.' };
    default: return null;
  }
}

function answers(response) {
  const lines = [];
  const walk = (items = []) => {
    for (const item of items) {
      for (const answer of item.answer ?? []) {
        const value = Object.entries(answer).find(([key]) => key.startsWith('value'))?.[1];
        lines.push(`${item.text ?? item.linkId}: ${typeof value === 'object' ? value.display ?? value.code ?? JSON.stringify(value) : value}`);
        walk(answer.item);
      }
      walk(item.item);
    }
  };
  walk(response.item);
  return lines.join('\n');
}

function appendEvent(event) {
  const view = describe(event);
  if (!view) return;
  const item = document.createElement('li');
  item.className = view.cls;
  if (view.from) {
    const from = document.createElement('span');
    from.className = 'from';
    from.textContent = `${view.from} · ${time.format(new Date(event.at))}`;
    item.append(from);
  }
  item.append(document.createTextNode(view.text));
  $('events').append(item);
  item.scrollIntoView({ block: 'nearest' });
  if (event.type === 'closed') $('actions').hidden = true;
}

/** Follows the conversation's events over SSE (fetch, so the token goes in a header), resuming after the last seq. */
async function follow(id, controller) {
  while (!controller.signal.aborted) {
    try {
      const response = await fetch(`/v1/staff/conversations/${encodeURIComponent(id)}/events`, {
        headers: { Authorization: `Bearer ${await token()}`, Accept: 'text/event-stream', 'Last-Event-ID': String(current.lastSeq) },
        signal: controller.signal,
      });
      if (!response.ok) throw new Error(`status ${response.status}`);
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = block.split('\n').filter((l) => l.startsWith('data:')).map((l) => l.slice(5).trimStart()).join('\n');
          if (!data) continue;
          const event = JSON.parse(data);
          if (event.seq > current.lastSeq) {
            current.lastSeq = event.seq;
            appendEvent(event);
          }
        }
      }
    } catch (error) {
      if (controller.signal.aborted) return;
    }
    await new Promise((r) => setTimeout(r, 2000));
  }
}

async function open(id) {
  current?.stream.abort();
  current = { id, stream: new AbortController(), lastSeq: 0 };
  $('events').replaceChildren();
  showError($('action-error'), null);
  try {
    const c = await api('GET', `/v1/staff/conversations/${encodeURIComponent(id)}`);
    $('conversation-h').textContent = `Ärende med ${c.patient.personnummer}`;
    $('conversation-meta').textContent = `${professionNames[c.profession] ?? c.profession} · ${statusNames[c.status] ?? c.status} · startat ${time.format(new Date(c.createdAt))}`;
    $('actions').hidden = c.status === 'closed';
    $('take').hidden = c.status !== 'queued';
    void follow(id, current.stream);
    void refreshQueue();
  } catch (error) {
    showError($('action-error'), error);
  }
}

async function act(path, body) {
  if (!current) return;
  showError($('action-error'), null);
  try {
    const c = await api('POST', `/v1/staff/conversations/${encodeURIComponent(current.id)}/${path}`, body);
    if (c?.status) {
      $('take').hidden = c.status !== 'queued';
      $('conversation-meta').textContent = `${professionNames[c.profession] ?? c.profession} · ${statusNames[c.status] ?? c.status}`;
    }
    void refreshQueue();
    return true;
  } catch (error) {
    showError($('action-error'), error);
    return false;
  }
}

$('sign-in-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  showError($('sign-in-error'), null);
  try {
    await signIn($('staff-id').value);
    $('who').textContent = `${session.staff.name}, ${professionNames[session.staff.profession]} – ${session.staff.clinic}`;
    $('sign-in').hidden = true;
    $('workspace').hidden = false;
    const { forms } = await api('GET', '/v1/staff/forms');
    for (const form of forms) {
      const option = document.createElement('option');
      option.value = form.id;
      option.textContent = form.title;
      $('form-id').append(option);
    }
    await refreshQueue();
    setInterval(refreshQueue, 4000);
    $('queue-h').focus?.();
  } catch (error) {
    showError($('sign-in-error'), error);
  }
});
$('queue-filter').addEventListener('change', refreshQueue);
$('take').addEventListener('click', () => act('take'));
$('reply-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const text = $('reply').value;
  if (!text.trim()) return;
  // What was typed stays in the box until the server has it.
  if (await act('messages', { text })) $('reply').value = '';
});
$('handover-form').addEventListener('submit', (e) => {
  e.preventDefault();
  void act('handover', { to: $('handover-to').value });
});
$('form-form').addEventListener('submit', (e) => {
  e.preventDefault();
  void act('forms', { formId: $('form-id').value });
});
$('video').addEventListener('click', () => act('video', {}));
$('close').addEventListener('click', () => act('close'));
void loadIdentities();
